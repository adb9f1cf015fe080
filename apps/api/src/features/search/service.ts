import type { DB } from '@nk/db';
import type {
  FacetValue,
  OrganisationKind,
  SearchHit,
  SearchHitType,
  SearchMatch,
  SearchQuery,
  SearchResult,
} from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { type Catalogue, catalogueAt, currentCatalogue } from '../../lib/catalogue';
import { todayInSweden } from '../../lib/dates';
import { KeptAnswers, versionsNow } from '../../lib/kept-answers';
import { findPeople } from '../people/repository';
import { forCaller, toPerson } from '../people/service';
import { findPosts } from '../posts/repository';
import { toPost } from '../posts/service';
import * as catalogueMatches from './catalogue-matches';
import { matchRanges, type ParsedQuery, parseQuery } from './query-text';
import type {
  Candidate,
  HeldPost,
  PersonTopic,
  PostCandidate,
  PrefixDrive,
  Scope,
  Words,
} from './repository';
import * as repository from './repository';

const matchNames: SearchMatch[] = ['exact', 'prefix', 'substring', 'fuzzy'];

interface Ranked {
  type: SearchHitType;
  id: string;
  tier: number;
  similarity: number;
  /** Order among hits of the same tier and likeness: Swedish order (byte-wise). */
  order: string;
  /** People: holds a post on the date. */
  current?: boolean;
}

/**
 * Where each kind of hit goes among hits that matched equally well: people who hold a post
 * first (the directory is for finding someone to call), then the catalogue, then former holders.
 */
function typeRank(hit: Ranked): number {
  switch (hit.type) {
    case 'person':
      return hit.current ? 0 : 5;
    case 'role':
      return 1;
    case 'organisation':
      return 2;
    case 'post':
      return 3;
    case 'network':
      return 4;
  }
}

const byRelevance = (a: Ranked, b: Ranked) =>
  a.tier - b.tier ||
  typeRank(a) - typeRank(b) ||
  b.similarity - a.similarity ||
  (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

/** Which kinds of hit a filter can apply to; the others are left out when it is set. */
function kindsFor(query: SearchQuery, parsed: ParsedQuery): Set<SearchHitType> {
  const kinds = new Set<SearchHitType>(['person', 'organisation', 'post', 'role', 'network']);
  if (parsed.kind === 'phone' || parsed.kind === 'email') return new Set(['person']);
  if (query.role) {
    kinds.delete('organisation');
    kinds.delete('network');
  }
  if (query.organisation || query.municipality || query.network) kinds.delete('role');
  if (query.topic) {
    kinds.delete('organisation');
    kinds.delete('post');
    kinds.delete('role');
  }
  if (query.type) return new Set([...kinds].filter((k) => k === query.type));
  return kinds;
}

/** The filters of a search (or an export of one) resolved to ids: organisation trees and so on. */
export function scopeOf(
  catalogue: Catalogue,
  access: Access,
  query: Pick<
    SearchQuery,
    'organisation' | 'municipality' | 'role' | 'network' | 'topic' | 'former'
  >,
  asOf: string,
): Scope {
  const organisations =
    query.organisation || query.municipality
      ? catalogue.organisationsWithin(query.organisation, query.municipality)
      : undefined;
  return {
    asOf,
    former: query.former ?? false,
    isAdmin: access.isAdmin,
    inside: [...access.inside],
    ...(query.role && { role: query.role }),
    ...(organisations && { organisations }),
    ...(query.network && { networks: catalogue.networksBelow(query.network) }),
    ...(query.topic && { topic: query.topic }),
  };
}

const ranked = (type: SearchHitType, candidates: Candidate[]): Ranked[] =>
  candidates.map((c) => ({
    type,
    id: c.id,
    tier: Number(c.tier),
    similarity: Number(c.similarity),
    order: c.sort_key,
  }));

/** Stage one for people: prefixes of given and family names, then words inside names. */
async function peopleStageOne(
  db: Kysely<DB>,
  parsed: ParsedQuery,
  words: Words,
  scope: Scope,
  limit: number,
): Promise<Candidate[]> {
  if (parsed.kind === 'phone') return repository.peopleByPhone(db, parsed.digits, scope);
  if (parsed.kind === 'email') return repository.peopleByEmail(db, parsed.text, scope);
  const drives: PrefixDrive[] =
    words.length === 0
      ? [{ column: 'search_family', prefix: '' }]
      : [
          // Any word may be the family name (`lindqvist anna`, `anna lindqvist`) ...
          ...words.map((prefix): PrefixDrive => ({ column: 'search_family', prefix })),
          // ... the first one the given name, and all of them the name as written.
          { column: 'search_name', prefix: words[0] as string },
          ...(words.length > 1
            ? [{ column: 'search_name', prefix: words.join(' ') } as PrefixDrive]
            : []),
        ];
  const best = new Map<string, Candidate>();
  for (const candidate of await repository.peopleByPrefixes(db, words, scope, drives)) {
    const known = best.get(candidate.id);
    if (!known || Number(candidate.tier) < Number(known.tier)) best.set(candidate.id, candidate);
  }
  const found = [...best.values()];
  if (found.length >= limit) return found;
  const ids = found.map((c) => c.id);
  return [...found, ...(await repository.peopleContaining(db, words, scope, ids))];
}

/**
 * Stage two: each typed word replaced by the nearest words of the names vocabulary, then the
 * people with those names; likeness is how near their name's words are to what was typed.
 */
async function peopleNear(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  except: string[],
): Promise<Candidate[]> {
  if (!words.some((w) => w.length >= 3)) return [];
  const alternatives = await Promise.all(
    words.map(async (word) => ({
      word,
      nearest: word.length >= 3 ? await repository.nearestNameWords(db, word) : null,
    })),
  );
  if (alternatives.some((a) => a.nearest?.length === 0)) return [];
  const people = await repository.peopleWithNameWords(
    db,
    alternatives.map(({ word, nearest }) => ({
      word,
      nearest: nearest?.map((n) => n.word) ?? null,
    })),
    scope,
    except,
  );
  return people.map((person) => {
    const own = person.search_name.split(/[ -]+/);
    const likeness = alternatives.map(({ word, nearest }) => {
      if (!nearest) return own.some((w) => w.startsWith(word)) ? 1 : 0;
      return Math.max(0, ...nearest.filter((n) => own.includes(n.word)).map((n) => n.similarity));
    });
    return { ...person, similarity: likeness.reduce((a, b) => a + b, 0) / likeness.length };
  });
}

type RoleMatch = Candidate & { matched?: number[] };
type PostMatch = PostCandidate & Candidate;

/**
 * Posts are the seats of the roles that matched the most words, in organisations matched by the
 * rest: `nvk flen` is the närvårdskoordinator post in Flen. Without words, the posts the filters
 * alone select (when they ask for posts).
 */
async function postsOfRoles(
  db: Kysely<DB>,
  catalogue: Catalogue,
  words: Words,
  scope: Scope,
  roles: RoleMatch[],
): Promise<PostMatch[]> {
  if (words.length === 0) {
    if (!(scope.role || scope.organisations || scope.networks)) return [];
    const posts = await repository.postsOf(db, catalogue, [], [], scope);
    return posts.map((p) => ({ ...p, tier: 0, similarity: 0 }));
  }
  if (roles.length === 0) return [];
  const best = Math.max(...roles.map((r) => r.matched?.length ?? words.length));
  const leading = roles.filter((r) => (r.matched?.length ?? words.length) === best);
  const matched = new Set(leading[0]?.matched ?? words.map((_, i) => i));
  const rest = words.filter((_, i) => !matched.has(i));
  const organisationsPerWord = rest.map((w) =>
    catalogueMatches.organisationsStartingWith(catalogue, w),
  );
  if (organisationsPerWord.some((ids) => ids.length === 0)) return [];
  const tierOfRole = new Map(leading.map((r) => [r.id, Number(r.tier)]));
  const posts = await repository.postsOf(
    db,
    catalogue,
    leading.map((r) => r.id),
    organisationsPerWord,
    scope,
  );
  return posts.map((p) => ({
    ...p,
    tier: rest.length === 0 ? (tierOfRole.get(p.role_id) ?? 1) : 1,
    similarity: 0,
  }));
}

const kindOrder = (kind: string) => (kind === 'holder' ? 0 : kind === 'interim' ? 1 : 2);

/** A person's posts as profiles list them: holders before interims and deputies, by role. */
const byKindAndRole = (catalogue: Catalogue) => (a: HeldPost, b: HeldPost) => {
  const roleA = catalogue.roles.get(a.role_id)?.sort_key ?? '';
  const roleB = catalogue.roles.get(b.role_id)?.sort_key ?? '';
  return kindOrder(a.kind) - kindOrder(b.kind) || (roleA < roleB ? -1 : roleA > roleB ? 1 : 0);
};

/** Roles matched by every word are role hits (the others may still seat a post). */
const roleHits = (roles: RoleMatch[], words: Words) =>
  roles.filter((r) => !r.matched || r.matched.length === words.length);

/**
 * Searches people, organisations, roles, posts and networks at once; see DESIGN §3.1. Stage one
 * (exact words, prefixes, words inside) runs for every kind asked for; stage two (near misses by
 * trigram likeness) only when stage one found less than a page, as it can only add hits that
 * rank below all of stage one's.
 */
export async function search(
  db: Kysely<DB>,
  access: Access,
  query: SearchQuery,
): Promise<SearchResult> {
  const begun = begin(query);
  if ('result' in begun) return begun.result;
  return workOut(db, access, query, begun, await currentCatalogue(db));
}

/**
 * Searches, kept: the answer as JSON made by `toJson`, given again while the catalogue, the
 * placements and the people stand still (`kept-answers.ts`) to callers shown the same of
 * everyone (`Access.insideKey`). A search asked again costs only reading those numbers, which
 * requests at the same moment share. At most 2,000 answers and 24 MB of them: a typical answer
 * is 17 KB, and a day's searches of a network's coordinators repeat the same few hundred names
 * and places.
 */
export async function keptSearch(
  db: Kysely<DB>,
  access: Access,
  query: SearchQuery,
  toJson: (result: SearchResult) => string,
): Promise<Buffer> {
  const begun = begin(query);
  if ('result' in begun) return Buffer.from(toJson(begun.result));
  const key = JSON.stringify([
    access.insideKey,
    begun.asOf,
    begun.limit,
    query.q,
    query.type ?? null,
    query.role ?? null,
    query.organisation ?? null,
    query.network ?? null,
    query.municipality ?? null,
    query.topic ?? null,
    query.former ?? false,
  ]);
  const versions = await versionsNow(db);
  return keptSearches.answer(db, versions, key, async () =>
    Buffer.from(
      toJson(await workOut(db, access, query, begun, await catalogueAt(db, versions.catalogue))),
    ),
  );
}

const keptSearches = new KeptAnswers({
  most: 2000,
  weightOf: (answer) => (answer as Buffer).byteLength,
  mostWeight: 24 * 1024 * 1024,
});

interface Begun {
  asOf: string;
  limit: number;
  parsed: ParsedQuery;
  text: string;
}

/** What a search knows before it asks the database anything, or its whole answer when empty. */
function begin(query: SearchQuery): Begun | { result: SearchResult } {
  const asOf = query.asOf ?? todayInSweden();
  const limit = query.limit ?? 20;
  const parsed = parseQuery(query.q);
  const filtered = Boolean(
    query.role || query.organisation || query.network || query.municipality || query.topic,
  );
  const text = parsed.kind === 'empty' ? '' : parsed.text;
  if (parsed.kind === 'empty' && !filtered) return { result: emptyResult(text, asOf) };
  return { asOf, limit, parsed, text };
}

/** The search worked out over `catalogue`, read at the numbers asked before it or later. */
async function workOut(
  db: Kysely<DB>,
  access: Access,
  query: SearchQuery,
  { asOf, limit, parsed, text }: Begun,
  catalogue: Catalogue,
): Promise<SearchResult> {
  const words = await repository.foldWords(db, parsed.kind === 'words' ? parsed.words : []);
  if (parsed.kind === 'words' && words.length === 0) return emptyResult(text, asOf);
  const kinds = kindsFor(query, parsed);
  const scope = scopeOf(catalogue, access, query, asOf);

  const wantsRoles = kinds.has('role') || kinds.has('post');
  let roles: RoleMatch[] = wantsRoles ? catalogueMatches.rolesByWords(catalogue, words, scope) : [];
  let organisations = kinds.has('organisation')
    ? catalogueMatches.organisationsByWords(catalogue, words, scope)
    : [];
  const networks = kinds.has('network')
    ? catalogueMatches.networksByWords(catalogue, words, scope)
    : [];
  let [people, posts] = await Promise.all([
    kinds.has('person') ? peopleStageOne(db, parsed, words, scope, limit) : [],
    kinds.has('post') ? postsOfRoles(db, catalogue, words, scope, roles) : [],
  ]);

  const stageOne =
    people.length +
    organisations.length +
    (kinds.has('role') ? roleHits(roles, words).length : 0) +
    posts.length +
    networks.length;
  if (parsed.kind === 'words' && stageOne < limit) {
    const [nearPeople, nearOrganisations, nearRoles] = await Promise.all([
      kinds.has('person')
        ? peopleNear(
            db,
            words,
            scope,
            people.map((p) => p.id),
          )
        : [],
      kinds.has('organisation') && organisations.length < 3
        ? repository.organisationsByLikeness(
            db,
            words,
            scope,
            organisations.map((o) => o.id),
          )
        : [],
      wantsRoles && roles.length === 0 ? repository.rolesByLikeness(db, words, scope) : [],
    ]);
    people = [...people, ...nearPeople];
    organisations = [...organisations, ...nearOrganisations];
    if (nearRoles.length > 0) {
      roles = nearRoles;
      if (kinds.has('post')) posts = await postsOfRoles(db, catalogue, words, scope, roles);
    }
  }
  const roleCandidates = kinds.has('role') ? roleHits(roles, words) : [];

  const { held, topics } = await repository.heldPostsAndTopics(
    db,
    people.map((p) => p.id),
    asOf,
  );
  held.sort(byKindAndRole(catalogue));
  const holding = new Set(held.map((h) => h.person_id));
  const all = [
    ...ranked('person', people).map((r) => ({ ...r, current: holding.has(r.id) })),
    ...ranked('organisation', organisations),
    ...ranked('role', roleCandidates),
    ...ranked('post', posts),
    ...ranked('network', networks),
  ].sort(byRelevance);
  const top = all.slice(0, limit);

  const found = { people, organisations, posts, networks, roles: roleCandidates };
  const rows = await loadRows(db, top, asOf);
  const items = toHits(access, catalogue, top, held, words, parsed, rows);
  const facets = countFacets(catalogue, found, held, topics);
  const capped = [people, organisations, posts].some((c) => c.length >= repository.candidateLimit);
  return { q: text, asOf, items, facets, capped };
}

function emptyResult(q: string, asOf: string): SearchResult {
  return {
    q,
    asOf,
    items: [],
    facets: { type: [], role: [], organisation: [], network: [], municipality: [], topic: [] },
    capped: false,
  };
}

const idsOf = (hits: Ranked[], type: SearchHitType) =>
  hits.filter((h) => h.type === type).map((h) => h.id);

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));

/** The people and posts behind the hits shown; the catalogue's entries are in memory. */
async function loadRows(db: Kysely<DB>, top: Ranked[], asOf: string) {
  const [people, posts] = await Promise.all([
    findPeople(db, idsOf(top, 'person')),
    findPosts(db, idsOf(top, 'post'), asOf),
  ]);
  return { people: byId(people), posts: byId(posts) };
}

type Rows = Awaited<ReturnType<typeof loadRows>>;

function toHits(
  access: Access,
  catalogue: Catalogue,
  top: Ranked[],
  held: HeldPost[],
  words: Words,
  parsed: ParsedQuery,
  rows: Rows,
): SearchHit[] {
  const { people: peopleById, posts: postsById } = rows;
  const highlight = (field: string, value: string | null | undefined, anywhere = true) => {
    if (!value) return [];
    const ranges = matchRanges(value, words, anywhere);
    return ranges.length > 0 ? [{ field, value, ranges }] : [];
  };

  return top.flatMap((hit): SearchHit[] => {
    const match = matchNames[hit.tier] ?? 'fuzzy';
    const base = { type: hit.type, id: hit.id, match };
    switch (hit.type) {
      case 'person': {
        const row = peopleById.get(hit.id);
        if (!row) return [];
        const person = forCaller(access, toPerson(row));
        const name = `${person.givenName} ${person.familyName}`;
        const highlights =
          parsed.kind === 'phone'
            ? [
                ...phoneHighlight('phone', person.phone, parsed.digits),
                ...phoneHighlight('mobile', person.mobile, parsed.digits),
              ]
            : parsed.kind === 'email'
              ? [{ field: 'email', value: person.email ?? '', ranges: [[0, parsed.text.length]] }]
              : highlight('name', name);
        const currentPosts = held
          .filter((h) => h.person_id === hit.id)
          .flatMap((h) => {
            const role = catalogue.roles.get(h.role_id);
            const organisation = catalogue.organisations.get(h.organisation_id);
            if (!role || !organisation) return [];
            return [
              {
                postId: h.post_id,
                kind: h.kind,
                role: { id: role.id, key: role.key, nameSv: role.name_sv, nameEn: role.name_en },
                organisation: {
                  id: organisation.id,
                  name: organisation.name,
                  shortName: organisation.short_name,
                  kind: organisation.kind as OrganisationKind,
                },
              },
            ];
          });
        return [
          {
            ...base,
            label: name,
            highlights: highlights as SearchHit['highlights'],
            person: { ...person, currentPosts },
          },
        ];
      }
      case 'post': {
        const row = postsById.get(hit.id);
        if (!row) return [];
        const post = toPost(access, row);
        const label = `${post.role.nameSv}, ${post.organisation.name}`;
        return [
          {
            ...base,
            label,
            highlights: [
              ...highlight('role', post.role.nameSv, false),
              ...highlight('organisation', post.organisation.name, false),
            ],
            post,
          },
        ];
      }
      case 'organisation': {
        const row = catalogue.organisations.get(hit.id);
        if (!row) return [];
        return [
          {
            ...base,
            label: row.name,
            highlights: highlight('name', row.name),
            organisation: {
              id: row.id,
              name: row.name,
              shortName: row.short_name,
              kind: row.kind as OrganisationKind,
              municipalityCode: row.municipality_code,
              parentName: catalogue.parentName(row.id),
            },
          },
        ];
      }
      case 'role': {
        const row = catalogue.roles.get(hit.id);
        if (!row) return [];
        const synonym = row.synonyms.find((s) => matchRanges(s, words, false).length > 0);
        return [
          {
            ...base,
            label: row.name_sv,
            highlights: [
              ...highlight('name', row.name_sv, false),
              ...(synonym ? highlight('synonym', synonym, false) : []),
            ],
            role: {
              id: row.id,
              key: row.key,
              nameSv: row.name_sv,
              nameEn: row.name_en,
              synonyms: row.synonyms,
            },
          },
        ];
      }
      default: {
        // 'network', the last kind
        const row = catalogue.networks.get(hit.id);
        if (!row) return [];
        return [
          {
            ...base,
            label: row.name,
            highlights: highlight('name', row.name),
            network: { id: row.id, name: row.name, kind: row.kind },
          },
        ];
      }
    }
  });
}

/** The digits typed, found in a number however it is written (`+46 70-123 45 67`). */
function phoneHighlight(field: string, value: string | null, digits: string) {
  if (!value) return [];
  let national = '';
  let origin: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (/\d/.test(value[i] as string)) {
      national += value[i];
      origin.push(i);
    }
  }
  const country = /^\s*(\+|00)46/.exec(value);
  if (country) {
    const skip = country[1] === '+' ? 2 : 4;
    national = `0${national.slice(skip)}`;
    origin = [origin[0] as number, ...origin.slice(skip)];
  }
  const first = origin[0];
  const last = origin[digits.length - 1];
  if (!national.startsWith(digits) || first === undefined || last === undefined) return [];
  return [{ field, value, ranges: [[first, last + 1]] as [number, number][] }];
}

interface FacetInput {
  people: Candidate[];
  organisations: Candidate[];
  posts: PostCandidate[];
  networks: Candidate[];
  roles: Candidate[];
}

/** The distinct members (`person:…`, `post:…`, …) counted under each value of one facet. */
class Tally {
  readonly #members = new Map<string, Set<string>>();

  add(value: string | null | undefined, member: string): void {
    if (!value) return;
    const members = this.#members.get(value);
    if (members) members.add(member);
    else this.#members.set(value, new Set([member]));
  }

  /** The 20 values counted most, with their labels, ties in Swedish order. */
  values(labelOf: (value: string) => string | undefined): FacetValue[] {
    return [...this.#members]
      .map(([value, members]) => ({ value, label: labelOf(value) ?? value, count: members.size }))
      .sort((a, b) => b.count - a.count || swedish.compare(a.label, b.label))
      .slice(0, 20);
  }
}

const swedish = new Intl.Collator('sv');

const singular = {
  people: 'person',
  organisations: 'organisation',
  posts: 'post',
  networks: 'network',
  roles: 'role',
} as const;

/** Counts among the candidates, so the numbers agree with what refining would find. */
function countFacets(
  catalogue: Catalogue,
  found: FacetInput,
  held: HeldPost[],
  topics: PersonTopic[],
) {
  const types = new Tally();
  for (const [kind, list] of Object.entries(found) as [keyof FacetInput, Candidate[]][]) {
    for (const { id } of list) types.add(singular[kind], id);
  }
  const role = new Tally();
  const organisation = new Tally();
  const network = new Tally();
  const municipality = new Tally();
  const municipalityNames = new Map<string, string>();
  const inOrganisation = (id: string | null | undefined, member: string) => {
    if (!id) return;
    organisation.add(id, member);
    const place = catalogue.municipalityOf(id);
    if (!place) return;
    municipality.add(place.code, member);
    municipalityNames.set(place.code, place.name);
  };
  for (const h of held) {
    const member = `person:${h.person_id}`;
    role.add(h.role_id, member);
    network.add(h.network_id, member);
  }
  for (const p of found.people) inOrganisation(p.organisation_id, `person:${p.id}`);
  for (const p of found.posts) {
    const member = `post:${p.id}`;
    role.add(p.role_id, member);
    network.add(p.network_id, member);
    inOrganisation(p.organisation_id, member);
  }
  for (const o of found.organisations) inOrganisation(o.id, `organisation:${o.id}`);
  for (const n of found.networks) network.add(n.id, `network:${n.id}`);
  const topic = new Tally();
  const topicNames = new Map<string, string>();
  for (const t of topics) {
    topic.add(t.topic_id, t.person_id);
    topicNames.set(t.topic_id, t.name_sv);
  }
  const nameIn = (entries: ReadonlyMap<string, { name: string }>) => (id: string) =>
    entries.get(id)?.name;
  return {
    type: types.values(() => undefined),
    role: role.values((id) => catalogue.roles.get(id)?.name_sv),
    organisation: organisation.values(nameIn(catalogue.organisations)),
    network: network.values(nameIn(catalogue.networks)),
    municipality: municipality.values((code) => municipalityNames.get(code)),
    topic: topic.values((id) => topicNames.get(id)),
  };
}
