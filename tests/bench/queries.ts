import { unitNames } from '../../packages/db/src/seed/swedish-names';
import { pick, shuffled } from './random';
import type { Sample, SampledPerson } from './sample';

/**
 * The B3 search mix: what people type into the box, drawn from the generated directory. Many
 * different queries so that no single answer sits warm in a cache, in roughly the share a
 * directory sees them: mostly names typed letter by letter, then full names, numbers, roles.
 */
const queryKinds = [
  'prefix',
  'full name',
  'folded',
  'typo',
  'phone',
  'e-mail',
  'role',
  'organisation',
  'with filters',
] as const;
export type QueryKind = (typeof queryKinds)[number];

export interface BenchQuery {
  kind: QueryKind;
  q: string;
  /** Extra query-string filters, e.g. `municipality=0484`. */
  filters?: string;
}

/** People each query kind is drawn from. */
const PEOPLE_PER_KIND = 40;
/** Share of the queries repeated with a filter. */
const FILTERED_SHARE = 0.2;

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/æ/g, 'ae')
    .toLowerCase();

const hasDiacritics = (text: string) => fold(text) !== text.toLowerCase();

/** Letter by letter, from two letters on, as a search box sends them. */
function typedPrefixes(person: SampledPerson): string[] {
  const family = person.familyName.toLowerCase();
  const prefixes = [2, 3, 4, 5].filter((n) => n < family.length).map((n) => family.slice(0, n));
  return [...prefixes, `${person.givenName.toLowerCase()} ${family.slice(0, 2)}`];
}

function fullNames(person: SampledPerson): string[] {
  return [
    `${person.givenName} ${person.familyName}`,
    `${person.familyName.toLowerCase()} ${person.givenName.toLowerCase()}`,
  ];
}

/** Names with å, ä, ö, é, ü or ø typed without them, as most keyboards abroad do. */
function foldedNames(person: SampledPerson): string[] {
  const name = `${person.givenName} ${person.familyName}`;
  if (!hasDiacritics(name)) return [];
  return [fold(person.familyName), fold(name)];
}

/** One slip of the finger: a letter dropped, two swapped, or one wrong. */
function typo(word: string, random: () => number): string | undefined {
  if (word.length < 5) return undefined;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const edits = [
    () => word.slice(0, at) + word.slice(at + 1),
    () => word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2),
    () =>
      word.slice(0, at) + (/[aeiouyåäö]/i.test(word[at] ?? '') ? 'e' : 'a') + word.slice(at + 1),
  ];
  return pick(edits, random)().toLowerCase();
}

/** A number in the ways people write it: as stored, bare digits, +46, and a prefix. */
function phoneForms(person: SampledPerson): string[] {
  const number = person.mobile ?? person.phone;
  if (!number) return [];
  const digits = number.replace(/\D/g, '');
  return [number, digits, `+46${digits.slice(1)}`, number.slice(0, 9).trim()];
}

function emailForms(person: SampledPerson): string[] {
  if (!person.email) return [];
  return [person.email, `${person.email.split('@')[0]}@`];
}

function roleQueries(sample: Sample): string[] {
  return sample.roles.flatMap((role) => [
    role.nameSv.toLowerCase(),
    fold(role.nameSv).slice(0, 8),
    ...role.synonyms,
  ]);
}

function organisationQueries(sample: Sample): string[] {
  const municipalities = sample.municipalities.flatMap((m) => [m.name, fold(m.name).slice(0, 6)]);
  return [...municipalities, ...unitNames.map((unit) => fold(unit))];
}

/** A filter a user would add in the side panel: type, municipality, role, organisation, network. */
function randomFilter(sample: Sample, random: () => number): string {
  const choices = [
    () => 'type=person',
    () => `municipality=${pick(sample.municipalities, random).code}`,
    () => `role=${pick(sample.roles, random).id}`,
    () => `organisation=${pick(sample.municipalities, random).id}`,
    () => `network=${pick(sample.networks, random).id}`,
    () => 'former=true',
  ];
  return pick(choices, random)();
}

function personQueries(people: SampledPerson[], random: () => number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const add = (kind: QueryKind, qs: (string | undefined)[]) => {
    for (const q of qs) if (q) queries.push({ kind, q });
  };
  for (const person of people) {
    add('prefix', typedPrefixes(person));
    add('full name', fullNames(person));
    add('folded', foldedNames(person));
    add('typo', [typo(person.familyName, random)]);
    add('phone', phoneForms(person));
    add('e-mail', emailForms(person));
  }
  return queries;
}

/** The whole mix, shuffled; a fifth of it again with a filter. */
export function searchMix(sample: Sample, random: () => number): BenchQuery[] {
  const plain = [
    ...personQueries(sample.people.slice(0, PEOPLE_PER_KIND), random),
    ...roleQueries(sample).map((q): BenchQuery => ({ kind: 'role', q })),
    ...organisationQueries(sample).map((q): BenchQuery => ({ kind: 'organisation', q })),
  ];
  const filtered = shuffled(plain, random)
    .slice(0, Math.round(plain.length * FILTERED_SHARE))
    .map(
      (query): BenchQuery => ({
        kind: 'with filters',
        q: query.q,
        filters: randomFilter(sample, random),
      }),
    );
  return shuffled([...plain, ...filtered], random);
}

export function searchPath(query: BenchQuery): string {
  const filters = query.filters ? `&${query.filters}` : '';
  return `/api/v1/search?q=${encodeURIComponent(query.q)}${filters}`;
}

/** `240 queries: 80 prefix, 40 full name, …` for the table's note. */
export function describeMix(queries: BenchQuery[]): string {
  const parts = queryKinds
    .map((kind) => [kind, queries.filter((q) => q.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`);
  return `${queries.length} queries: ${parts.join(', ')}`;
}
