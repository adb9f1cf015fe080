import { type Catalogue, type CatalogueOrganisation, inKeyOrder } from '../../lib/catalogue';
import { type Candidate, candidateLimit, type Scope, type Words } from './repository';
import { spaced, TextIndex } from './text-index';

/**
 * Stage one of search over the catalogue (organisations, roles, networks), answered from the
 * copy each instance keeps in memory: the same rules the people's SQL applies to `search_name`,
 * on texts folded the same way, so a word matches a place exactly as it matches a name.
 */

// A folded text with hyphens as spaces, padded, so ' word ' finds a whole word.
const padded = (text: string) => ` ${spaced(text)} `;
const wholeWord = (text: string, word: string) => padded(text).includes(` ${spaced(word)} `);
const wordPrefix = (text: string, word: string) => padded(text).includes(` ${spaced(word)}`);

/** A word of three letters or more anywhere in the text; a shorter one must start a word. */
const matches = (text: string, word: string) =>
  word.length >= 3 ? text.includes(word) : wordPrefix(text, word);

/** 0 when every word is a whole word of the text, 1 when every word starts one, else 2. */
function tierOf(text: string, words: Words): number {
  if (words.every((w) => wholeWord(text, w))) return 0;
  if (words.every((w) => wordPrefix(text, w))) return 1;
  return 2;
}

const byTier = (a: Candidate, b: Candidate) => a.tier - b.tier || inKeyOrder(a, b);

/** Every word matched, best tier first: the hits of one kind of catalogue entry. */
function byWords<T extends { id: string; sort_key: string }>(
  entries: Iterable<T>,
  textOf: (entry: T) => string,
  words: Words,
): Candidate[] {
  const found: Candidate[] = [];
  for (const entry of entries) {
    const text = textOf(entry);
    if (!words.every((w) => matches(text, w))) continue;
    const tier = words.length === 0 ? 0 : tierOf(text, words);
    found.push({ id: entry.id, sort_key: entry.sort_key, tier, similarity: 0 });
  }
  return found.sort(byTier).slice(0, candidateLimit);
}

/** The catalogue's current organisations, and an index of their folded names. */
interface CurrentOrganisations {
  all: CatalogueOrganisation[];
  index: TextIndex<CatalogueOrganisation>;
}

function currentOrganisations(catalogue: Catalogue): CurrentOrganisations {
  const all = [...catalogue.organisations.values()].filter((o) => !o.archived);
  return { all, index: new TextIndex(all, (o) => o.search_name) };
}

/**
 * The organisations that may hold every word: found through an index of their folded names,
 * made once per catalogue, rather than by reading tens of thousands of names per search.
 */
function organisationsWithWords(catalogue: Catalogue, words: Words) {
  const current = catalogue.derived(currentOrganisations);
  return current.index.candidates(words) ?? current.all;
}

export function organisationsByWords(catalogue: Catalogue, words: Words, scope: Scope) {
  const within = scope.organisations && new Set(scope.organisations);
  const members =
    scope.networks &&
    new Set(
      scope.networks.flatMap((id) => [...(catalogue.networks.get(id)?.organisation_ids ?? [])]),
    );
  const allowed = organisationsWithWords(catalogue, words).filter(
    (o) => (!within || within.has(o.id)) && (!members || members.has(o.id)),
  );
  return byWords(allowed, (o) => o.search_name, words);
}

export function networksByWords(catalogue: Catalogue, words: Words, scope: Scope) {
  const within = scope.networks && new Set(scope.networks);
  const organisations = scope.organisations && new Set(scope.organisations);
  const allowed = [...catalogue.networks.values()].filter(
    (n) =>
      !n.archived &&
      (!within || within.has(n.id)) &&
      (!organisations || [...n.organisation_ids].some((id) => organisations.has(id))) &&
      (!scope.topic || n.topic_ids.has(scope.topic)),
  );
  return byWords(allowed, (n) => n.search_name, words);
}

export interface RoleCandidate extends Candidate {
  /** The words this role matched (a post needs the others matched by its organisation). */
  matched: number[];
}

/** Roles matched by any of the words (by name, key or a synonym such as `nvk` or `SSK`). */
export function rolesByWords(catalogue: Catalogue, words: Words, scope: Scope): RoleCandidate[] {
  if (words.length === 0) return [];
  const found: RoleCandidate[] = [];
  for (const role of catalogue.roles.values()) {
    if (role.archived || (scope.role && role.id !== scope.role)) continue;
    const matched = words.flatMap((w, i) => (wordPrefix(role.search_text, w) ? [i] : []));
    if (matched.length === 0) continue;
    const tier = tierOf(role.search_text, words);
    found.push({ id: role.id, sort_key: role.sort_key, tier, similarity: 0, matched });
  }
  return found.sort((a, b) => b.matched.length - a.matched.length || byTier(a, b));
}

/** Organisations whose name has a word starting with the folded word (for "nvk flen"). */
export function organisationsStartingWith(catalogue: Catalogue, word: string): string[] {
  return organisationsWithWords(catalogue, [word])
    .filter((o) => wordPrefix(o.search_name, word))
    .map((o) => o.id);
}
