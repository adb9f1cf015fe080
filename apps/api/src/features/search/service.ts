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
import { todayInSweden } from '../../lib/dates';
import { findPeople } from '../people/repository';
import { forCaller, toPerson } from '../people/service';
import { findPosts } from '../posts/repository';
import { toPost } from '../posts/service';
import { matchRanges, type ParsedQuery, parseQuery } from './query-text';
import type { Candidate, HeldPost, PostCandidate, PrefixDrive, Scope, Words } from './repository';
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
export async function scopeOf(
  db: Kysely<DB>,
  access: Access,
  query: Pick<
    SearchQuery,
    'organisation' | 'municipality' | 'role' | 'network' | 'topic' | 'former'
  >,
  asOf: string,
): Promise<Scope> {
  let organisations: string[] | undefined;
  if (query.organisation) {
    organisations = await repository.organisationTrees(
      db,
      repository.organisationIs(query.organisation),
    );
  }
  if (query.municipality) {
    const inMunicipality = await repository.organisationTrees(
      db,
      repository.organisationInMunicipality(query.municipality),
    );
    organisations = organisations
      ? organisations.filter((id) => inMunicipality.includes(id))
      : inMunicipality;
  }
  return {
    asOf,
    former: query.former ?? false,
    isAdmin: access.isAdmin,
    inside: [...access.inside],
    ...(query.role && { role: query.role }),
    ...(organisations && { organisations }),
    ...(query.network && { networks: await repository.networkTree(db, query.network) }),
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

async function findPeopleCandidates(
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
  let found = [...best.values()];
  if (found.length < limit) {
    const ids = found.map((c) => c.id);
    found = [...found, ...(await repository.peopleContaining(db, words, scope, ids))];
  }
  if (found.length < limit) {
    found = [
      ...found,
      ...(await peopleNear(
        db,
        words,
        scope,
        found.map((c) => c.id),
      )),
    ];
  }
  return found;
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

async function findOrganisationCandidates(db: Kysely<DB>, words: Words, scope: Scope) {
  const found = await repository.organisationsByWords(db, words, scope);
  if (found.length >= 3 || words.length === 0) return found;
  const near = await repository.organisationsByLikeness(
    db,
    words,
    scope,
    found.map((c) => c.id),
  );
  return [...found, ...near];
}

/**
 * Roles matched by every word are role hits. Posts are the seats of the roles that matched the
 * most words, in organisations matched by the rest: `nvk flen` is the närvårdskoordinator post
 * in Flen. Without a role word there are no post hits, unless filters alone ask for posts.
 */
async function findRolesAndPosts(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  kinds: Set<SearchHitType>,
): Promise<{ roles: Candidate[]; posts: (PostCandidate & Candidate)[] }> {
  if (words.length === 0) {
    const filtered = scope.role || scope.organisations || scope.networks;
    const posts = kinds.has('post') && filtered ? await repository.postsOf(db, [], [], scope) : [];
    return { roles: [], posts: posts.map((p) => ({ ...p, tier: 0, similarity: 0 })) };
  }
  let roles: (Candidate & { matched?: number[] })[] = await repository.rolesByWords(
    db,
    words,
    scope,
  );
  if (roles.length === 0) roles = await repository.rolesByLikeness(db, words, scope);
  const roleHits = roles.filter((r) => !r.matched || r.matched.length === words.length);
  if (!kinds.has('post') || roles.length === 0) return { roles: roleHits, posts: [] };

  const best = Math.max(...roles.map((r) => r.matched?.length ?? words.length));
  const leading = roles.filter((r) => (r.matched?.length ?? words.length) === best);
  const matched = new Set(leading[0]?.matched ?? words.map((_, i) => i));
  const rest = words.filter((_, i) => !matched.has(i));
  const organisationsPerWord = await Promise.all(
    rest.map((w) => repository.organisationsStartingWith(db, w)),
  );
  if (organisationsPerWord.some((ids) => ids.length === 0)) return { roles: roleHits, posts: [] };
  const tierOfRole = new Map(leading.map((r) => [r.id, Number(r.tier)]));
  const posts = await repository.postsOf(
    db,
    leading.map((r) => r.id),
    organisationsPerWord,
    scope,
  );
  return {
    roles: roleHits,
    posts: posts.map((p) => ({
      ...p,
      tier: rest.length === 0 ? (tierOfRole.get(p.role_id) ?? 1) : 1,
      similarity: 0,
    })),
  };
}

/** Searches people, organisations, roles, posts and networks at once; see DESIGN §3.1. */
export async function search(
  db: Kysely<DB>,
  access: Access,
  query: SearchQuery,
): Promise<SearchResult> {
  const asOf = query.asOf ?? todayInSweden();
  const limit = query.limit ?? 20;
  const parsed = parseQuery(query.q);
  const filtered = Boolean(
    query.role || query.organisation || query.network || query.municipality || query.topic,
  );
  const text = parsed.kind === 'empty' ? '' : parsed.text;
  if (parsed.kind === 'empty' && !filtered) return emptyResult(text, asOf);

  const kinds = kindsFor(query, parsed);
  const scope = await scopeOf(db, access, query, asOf);
  const words = parsed.kind === 'words' ? await repository.foldWords(db, parsed.words) : [];
  if (parsed.kind === 'words' && words.length === 0) return emptyResult(text, asOf);

  const [people, organisations, rolesAndPosts, networks] = await Promise.all([
    kinds.has('person') ? findPeopleCandidates(db, parsed, words, scope, limit) : [],
    kinds.has('organisation') ? findOrganisationCandidates(db, words, scope) : [],
    kinds.has('role') || kinds.has('post')
      ? findRolesAndPosts(db, words, scope, kinds)
      : { roles: [], posts: [] },
    kinds.has('network') ? repository.networksByWords(db, words, scope) : [],
  ]);
  const roles = kinds.has('role') ? rolesAndPosts.roles : [];
  const posts = rolesAndPosts.posts;

  const held = await repository.postsHeldBy(
    db,
    people.map((p) => p.id),
    asOf,
  );
  const holding = new Set(held.map((h) => h.person_id));
  const all = [
    ...ranked('person', people).map((r) => ({ ...r, current: holding.has(r.id) })),
    ...ranked('organisation', organisations),
    ...ranked('role', roles),
    ...ranked('post', posts),
    ...ranked('network', networks),
  ].sort(byRelevance);
  const top = all.slice(0, limit);

  const found = { people, organisations, posts, networks, roles };
  const entries = organisationEntries(found);
  const rows = await loadRows(db, top, found, entries, held, asOf);
  const items = toHits(access, top, held, words, parsed, rows);
  const facets = countFacets(found, entries, held, rows);
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

/** Where each organisation among the candidates counts in the facets: `[id, member]`. */
function organisationEntries(found: FacetInput): [string, string][] {
  return [
    ...found.people.map((p) => [p.organisation_id as string, `person:${p.id}`] as [string, string]),
    ...found.posts.map((p) => [p.organisation_id, `post:${p.id}`] as [string, string]),
    ...found.organisations.map((o) => [o.id, `organisation:${o.id}`] as [string, string]),
  ];
}

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
const union = (...lists: string[][]) => [...new Set(lists.flat())];

/**
 * The rows behind the hits shown and the facets' labels, fetched once for both: an
 * organisation, role or network that is a hit and a facet value is asked for once.
 */
async function loadRows(
  db: Kysely<DB>,
  top: Ranked[],
  found: FacetInput,
  entries: [string, string][],
  held: HeldPost[],
  asOf: string,
) {
  const facetOrganisations = union(entries.map(([id]) => id));
  const heldRoles = new Set(held.map((h) => h.role_id));
  const [people, posts, organisations, roles, networks, municipalities, topics] = await Promise.all(
    [
      findPeople(db, idsOf(top, 'person')),
      findPosts(db, idsOf(top, 'post'), asOf),
      repository.organisationsById(db, union(idsOf(top, 'organisation'), facetOrganisations)),
      repository.rolesById(
        db,
        union(
          idsOf(top, 'role'),
          found.posts.map((p) => p.role_id).filter((id) => !heldRoles.has(id)),
        ),
      ),
      repository.networksById(
        db,
        union(
          idsOf(top, 'network'),
          held.flatMap((h) => (h.network_id ? [h.network_id] : [])),
          found.posts.flatMap((p) => (p.network_id ? [p.network_id] : [])),
          found.networks.map((n) => n.id),
        ),
      ),
      repository.municipalitiesOf(db, facetOrganisations),
      repository.topicsOf(
        db,
        found.people.map((p) => p.id),
      ),
    ],
  );
  return {
    people: byId(people),
    posts: byId(posts),
    organisations: byId(organisations),
    roles: byId(roles),
    networks: byId(networks),
    municipalities,
    topics,
  };
}

type Rows = Awaited<ReturnType<typeof loadRows>>;

function toHits(
  access: Access,
  top: Ranked[],
  held: HeldPost[],
  words: Words,
  parsed: ParsedQuery,
  rows: Rows,
): SearchHit[] {
  const {
    people: peopleById,
    posts: postsById,
    organisations: organisationsById,
    roles: rolesById,
    networks: networksById,
  } = rows;
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
          .map((h) => ({
            postId: h.post_id,
            kind: h.kind,
            role: {
              id: h.role_id,
              key: h.role_key,
              nameSv: h.role_name_sv,
              nameEn: h.role_name_en,
            },
            organisation: {
              id: h.organisation_id,
              name: h.organisation_name,
              shortName: h.organisation_short_name,
              kind: h.organisation_kind as OrganisationKind,
            },
          }));
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
        const row = organisationsById.get(hit.id);
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
              parentName: row.parent_name,
            },
          },
        ];
      }
      case 'role': {
        const row = rolesById.get(hit.id);
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
        const row = networksById.get(hit.id);
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

function tally(entries: Iterable<[string, string]>): Map<string, Set<string>> {
  const counts = new Map<string, Set<string>>();
  for (const [value, member] of entries) {
    const members = counts.get(value) ?? new Set<string>();
    members.add(member);
    counts.set(value, members);
  }
  return counts;
}

function facetValues(counts: Map<string, Set<string>>, labels: Map<string, string>): FacetValue[] {
  return [...counts]
    .map(([value, members]) => ({ value, label: labels.get(value) ?? value, count: members.size }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'sv'))
    .slice(0, 20);
}

/** Counts among the candidates, so the numbers agree with what refining would find. */
function countFacets(found: FacetInput, entries: [string, string][], held: HeldPost[], rows: Rows) {
  const { municipalities, topics } = rows;
  const roleLabels = new Map(held.map((h) => [h.role_id, h.role_name_sv]));
  for (const role of rows.roles.values()) roleLabels.set(role.id, role.name_sv);
  const municipalityOf = new Map(municipalities.map((m) => [m.organisation_id, m]));

  const types = new Map<string, Set<string>>();
  for (const [type, list] of Object.entries(found) as [string, Candidate[]][]) {
    const singular = {
      people: 'person',
      organisations: 'organisation',
      posts: 'post',
      networks: 'network',
      roles: 'role',
    }[type] as string;
    if (list.length > 0) types.set(singular, new Set(list.map((c) => c.id)));
  }
  const typeLabels = new Map<string, string>();
  return {
    type: facetValues(types, typeLabels),
    role: facetValues(
      tally([
        ...held.map((h) => [h.role_id, `person:${h.person_id}`] as [string, string]),
        ...found.posts.map((p) => [p.role_id, `post:${p.id}`] as [string, string]),
      ]),
      roleLabels,
    ),
    organisation: facetValues(
      tally(entries),
      new Map([...rows.organisations.values()].map((o) => [o.id, o.name])),
    ),
    network: facetValues(
      tally([
        ...held.flatMap((h) =>
          h.network_id ? [[h.network_id, `person:${h.person_id}`] as [string, string]] : [],
        ),
        ...found.posts.flatMap((p) =>
          p.network_id ? [[p.network_id, `post:${p.id}`] as [string, string]] : [],
        ),
        ...found.networks.map((n) => [n.id, `network:${n.id}`] as [string, string]),
      ]),
      new Map([...rows.networks.values()].map((n) => [n.id, n.name])),
    ),
    municipality: facetValues(
      tally(
        entries.flatMap(([id, member]) => {
          const municipality = municipalityOf.get(id);
          return municipality ? [[municipality.code, member] as [string, string]] : [];
        }),
      ),
      new Map(municipalities.map((m) => [m.code, m.name])),
    ),
    topic: facetValues(
      tally(topics.map((t) => [t.topic_id, t.person_id] as [string, string])),
      new Map(topics.map((t) => [t.topic_id, t.name_sv])),
    ),
  };
}
