import type { DB } from '@nk/db';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type Catalogue, foldedRoleText } from '../../lib/catalogue';
import { escapeLike, prefixEnd } from './query-text';

/**
 * All SQL of search. Every query here is stage one or two of the plan in DESIGN §3.1:
 * 1. candidates from indexed prefix ranges (B-tree, any length) and substrings (trigram GIN, three
 *    letters or more), ranked by how well every word matched and cut to a few hundred;
 * 2. only when stage one finds too little, typo-tolerant trigram similarity on the same index.
 * Both stages return ids, tiers and sort keys only; the hits shown are loaded afterwards.
 */

/** Folded words (lower-case ASCII, as the `search_name` columns hold them). */
export type Words = string[];

export interface Candidate {
  id: string;
  /** Swedish order among equals (byte-wise comparable). */
  sort_key: string;
  /** People: the employer; posts: the organisation. */
  organisation_id?: string;
  /** 0 exact words, 1 word prefixes, 2 inside a word, 3 near miss. */
  tier: number;
  similarity: number;
}

/** What the caller's filters reduce each kind of hit to, resolved to ids beforehand. */
export interface Scope {
  asOf: string;
  former: boolean;
  isAdmin: boolean;
  /** Organisations whose restricted numbers the caller may search by. */
  inside: string[];
  role?: string;
  /** The organisation filter (or municipality) with everything below it. */
  organisations?: readonly string[];
  /** The network filter with its sub-networks. */
  networks?: readonly string[];
  topic?: string;
}

export const candidateLimit = 100;

/**
 * How many matching rows a stage reads, in whatever order its indexes give them, before it puts
 * them in Swedish order and keeps the first `candidateLimit`. Asking the database for the first
 * rows in `sort_key` order directly lets it walk the whole sort index filtering by name, which
 * at a million people takes seconds for a name late in the alphabet (sort keys follow names).
 */
const candidatePool = 1000;

/**
 * `columns` of the people `matching` that the filters allow: at most `candidatePool` read, the
 * first sorted. Filters that ask what people hold are tested on at most `scanLimit` matching
 * rows, as in the prefix stage, never weighed by the planner against the name match.
 */
const inSwedishOrder = (
  columns: RawBuilder<unknown>,
  matching: RawBuilder<boolean>,
  scope: Scope,
) => {
  const people = filtersByHolding(scope)
    ? sql`(SELECT p.* FROM people p WHERE ${matching} LIMIT ${scanLimit}) p
        WHERE ${peopleFilters(scope)}`
    : sql`people p WHERE ${peopleFilters(scope)} AND ${matching}`;
  return sql`
    SELECT * FROM (SELECT ${columns} FROM ${people} LIMIT ${candidatePool}) c
    ORDER BY c.sort_key, c.id
    LIMIT ${candidateLimit}`;
};

/**
 * The typed words folded as the `search_name` columns hold them (`nk_fold`: unaccent, then lower
 * case), blank ones left out. unaccent changes nothing in ASCII, so words all in ASCII are only
 * put in lower case here; others ask the database.
 */
export async function foldWords(db: Kysely<DB>, words: string[]): Promise<Words> {
  if (words.every((word) => /^[\x20-\x7e]*$/.test(word))) {
    return words.map((word) => word.toLowerCase()).filter((w) => w.trim() !== '');
  }
  const { rows } = await sql<{ words: string[] }>`
    SELECT ARRAY(SELECT nk_fold(w) FROM unnest(${words}::text[]) WITH ORDINALITY AS t(w, n)
      ORDER BY n) AS words`.execute(db);
  return (rows[0]?.words ?? []).filter((w) => w.trim() !== '');
}

// `w` below is a column's folded text with hyphens as spaces, padded, so ' word ' finds a word.
const padded = (column: RawBuilder<string>) =>
  sql<string>`(' ' || translate(${column}, '-', ' ') || ' ')`;
const asWords = (word: string) => escapeLike(word.replace(/-/g, ' '));
const wholeWord = (column: RawBuilder<string>, word: string) =>
  sql<boolean>`${padded(column)} LIKE ${`% ${asWords(word)} %`}`;
const wordPrefix = (column: RawBuilder<string>, word: string) =>
  sql<boolean>`${padded(column)} LIKE ${`% ${asWords(word)}%`}`;
const inside = (column: RawBuilder<string>, word: string) =>
  sql<boolean>`${column} LIKE ${`%${escapeLike(word)}%`}`;
/**
 * `wordPrefix` written on the column itself, so that its trigram index can use a short word too
 * (`anders ar`: the people with `anders` inside the name and a word starting `ar`, rather than
 * every Andersson tested row by row). The three forms are the three places a word starts; a
 * word with a hyphen in it is left to `wordPrefix`.
 */
const startsAWord = (column: RawBuilder<string>, word: string) => {
  if (word.includes('-')) return wordPrefix(column, word);
  const w = escapeLike(word);
  return sql<boolean>`(${column} LIKE ${`${w}%`} OR ${column} LIKE ${`% ${w}%`}
    OR ${column} LIKE ${`%-${w}%`})`;
};
/**
 * `column` starts with `prefix`, written as the range of its B-tree index ("C" order). A
 * `LIKE 'prefix%'` serves only a plan made for its value: once PostgreSQL keeps a generic plan
 * for a named statement, it cannot read the pattern as a range and walks the whole index (1.1 s
 * at a million people for a prefix no one has). `pattern` picks the operators of a
 * `text_pattern_ops` index.
 */
export const startsWith = (column: RawBuilder<unknown>, prefix: string, pattern = false) => {
  const [from, before] = pattern ? [sql`~>=~`, sql`~<~`] : [sql`>=`, sql`<`];
  const end = prefixEnd(prefix);
  return end === undefined
    ? sql<boolean>`${column} ${from} ${prefix}`
    : sql<boolean>`(${column} ${from} ${prefix} AND ${column} ${before} ${end})`;
};
const all = (parts: RawBuilder<boolean>[]) =>
  parts.length === 0 ? sql<boolean>`true` : sql<boolean>`(${sql.join(parts, sql` AND `)})`;
const any = (parts: RawBuilder<boolean>[]) =>
  parts.length === 0 ? sql<boolean>`false` : sql<boolean>`(${sql.join(parts, sql` OR `)})`;

/** 0 when every word is a whole word of the text, 1 when every word starts one, else 2. */
const tierOf = (column: RawBuilder<string>, words: Words) =>
  sql<number>`CASE WHEN ${all(words.map((w) => wholeWord(column, w)))} THEN 0
    WHEN ${all(words.map((w) => wordPrefix(column, w)))} THEN 1 ELSE 2 END`;

/** Trigram similarity needs three letters; shorter words must start a word instead. */
const fuzzyWords = (words: Words) => words.filter((w) => w.length >= 3);

/** The assignment under `alias` runs on `asOf` (or, with `former`, had begun by then). */
export const current = (alias: string, asOf: string, former: boolean) =>
  former
    ? sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf}::date`
    : sql<boolean>`${sql.ref(`${alias}.valid_from`)} <= ${asOf}::date
        AND (${sql.ref(`${alias}.valid_to`)} IS NULL OR ${sql.ref(`${alias}.valid_to`)} >= ${asOf}::date)`;

/**
 * `column` is one of `ids` (an organisation tree: a municipality's is 1,700 ids at a million
 * people), tested against a hash of them made once per statement. `= ANY(array)` compares with
 * each id in turn once PostgreSQL keeps a generic plan for the named statement, which took a
 * name range's 2,000 rows 29 ms against 12 ms; planned for the values instead, the array's
 * selectivity took 6 ms to work out. `IS TRUE` keeps the test a filter rather than a join.
 * For a list tested row by row; ids an index is read by stay `isOneOf` (`@nk/db`).
 */
const isAmong = (column: RawBuilder<unknown>, ids: readonly string[]) =>
  sql<boolean>`(${column} IN (SELECT unnest(${uuidArray(ids)}::uuid[]))) IS TRUE`;

/** Id lists written as PostgreSQL reads a uuid[] (`{…,…}`), each list once. */
const writtenLists = new WeakMap<readonly string[], string>();

/**
 * `ids` as the text of a uuid[]: a filter's list (resolved once per catalogue, so the same list
 * comes back) is written once, where `pg` would write and escape its 1,700 ids for every
 * parameter of every statement. Ids are uuids, checked where they come in, so none needs quotes.
 */
function uuidArray(ids: readonly string[]): string {
  let text = writtenLists.get(ids);
  if (text === undefined) {
    text = `{${ids.join(',')}}`;
    writtenLists.set(ids, text);
  }
  return text;
}

// People

const personName = sql<string>`p.search_name`;

/** The people a search's filters allow: also what an export of the search selects from. */
export function peopleFilters(scope: Scope): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql`p.erased_at IS NULL`];
  if (!scope.former) parts.push(sql`p.archived_at IS NULL`);
  if (!scope.isAdmin) parts.push(sql`NOT p.protected`);
  // OFFSET 0 keeps each test to the person's own assignments: under the OR of the organisation
  // filter PostgreSQL would otherwise build a hash of every current assignment of a whole
  // municipality (87 ms at 100k people) to test the few hundred people a name range gives.
  const holds = (condition: RawBuilder<boolean>) => sql<boolean>`EXISTS (
    SELECT 1 FROM assignments a JOIN posts po ON po.id = a.post_id
    WHERE a.person_id = p.id AND ${current('a', scope.asOf, scope.former)} AND ${condition}
    OFFSET 0)`;
  if (scope.role) parts.push(holds(sql`po.role_id = ${scope.role}`));
  if (scope.organisations) {
    parts.push(sql`(${isAmong(sql`p.organisation_id`, scope.organisations)}
      OR ${holds(isAmong(sql`po.organisation_id`, scope.organisations))})`);
  }
  if (scope.networks) parts.push(holds(sql`po.network_id = ANY(${scope.networks}::uuid[])`));
  if (scope.topic) {
    parts.push(sql`EXISTS (SELECT 1 FROM person_topics pt
      WHERE pt.person_id = p.id AND pt.topic_id = ${scope.topic})`);
  }
  return all(parts);
}

/** One index range of a near-miss stage, read in the order of `column`. */
interface NameRange {
  column: RawBuilder<unknown>;
  where: RawBuilder<boolean>;
}

/** What the name indexes carry of each person: all that search's name stages test and return. */
const namesCarried = sql`p.id, p.organisation_id, p.sort_key, p.search_name, p.search_family,
  p.erased_at, p.archived_at, p.protected`;

/** How many rows of one index range a prefix stage reads at most, whatever its words leave. */
const scanLimit = 2000;

/** Where a prefix stage starts: a range of the given-name-first or the family-name index. */
export interface PrefixDrive {
  column: 'search_name' | 'search_family';
  prefix: string;
}

/**
 * Stage one: people in index ranges (`anna%` of the names, `lind%` of the family names) whose
 * name has, for every word, a word starting with it; tier 0 when they are whole words. Each
 * range is read in index order and at most `scanLimit` rows of it, so a common first word with
 * a rare second (`anna lindqvist`) costs a bounded walk; another drive (the family names from
 * `lindqvist`) finds those people directly. Without words: the first people by family name that
 * the filters allow. All drives go to the database as one statement; a person found by several
 * comes once per drive.
 *
 * A single word is matched by every row of its ranges, so without filters a drive reads only the
 * rows it keeps: with `scanLimit` the planner, expecting the word test to drop most rows, would
 * rather fetch a common prefix's whole range and sort it than walk the index and stop after a
 * page. Filters are tested on the rows read; people they leave out beyond the range's first
 * `scanLimit` rows are found by the next stage, words inside names.
 */
export async function peopleByPrefixes(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  drives: PrefixDrive[],
) {
  const { rows } = await sql<Candidate>`${sql.join(
    drives.map((drive) => sql`(${prefixDrive(words, scope, drive)})`),
    sql` UNION ALL `,
  )}`.execute(db);
  return rows;
}

/** Filters that ask what people hold or follow: tested row by row, after the range is read. */
const filtersByHolding = (scope: Scope) =>
  Boolean(scope.role || scope.organisations || scope.networks || scope.topic);

function prefixDrive(words: Words, scope: Scope, drive: PrefixDrive) {
  if (words.length === 0) {
    return sql`
      SELECT p.id, p.organisation_id, p.sort_key, 0 AS tier, 0 AS similarity FROM people p
      WHERE ${peopleFilters(scope)} ORDER BY p.search_family, p.id
      LIMIT ${candidateLimit}`;
  }
  const column = sql.ref(`p.${drive.column}`);
  const read = words.length === 1 && !filtersByHolding(scope) ? candidateLimit : scanLimit;
  // The range alone is read in index order (a LIMIT fences the filters out): left to weigh a
  // filter such as "holds this role" against the range, the planner may scan the whole table.
  return sql`
    SELECT p.id, p.organisation_id, p.sort_key, ${tierOf(sql`p.search_name`, words)} AS tier,
      0 AS similarity
    FROM (
      SELECT p.id, p.organisation_id, p.sort_key, p.search_name, p.erased_at, p.archived_at,
        p.protected
      FROM people p
      WHERE ${startsWith(column, drive.prefix)}
      ORDER BY ${column}, p.id
      LIMIT ${read}
    ) p
    WHERE ${peopleFilters(scope)} AND ${all(words.map((w) => wordPrefix(sql`p.search_name`, w)))}
    LIMIT ${candidateLimit}`;
}

/**
 * Still stage one, when prefixes found too little: words inside the name (a second given name,
 * the second half of `Nyström-Åberg`, `qvist` in Sjöqvist). Trigram GIN, three letters or more.
 */
export async function peopleContaining(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  except: string[],
) {
  if (fuzzyWords(words).length === 0) return [];
  const matches = words.map((w) =>
    w.length >= 3 ? inside(personName, w) : startsAWord(personName, w),
  );
  const { rows } = await sql<Candidate>`
    SELECT c.*, ${tierOf(sql`c.search_name`, words)} AS tier FROM (${inSwedishOrder(
      sql`p.id, p.organisation_id, p.sort_key, p.search_name, 0 AS similarity`,
      sql`${all(matches)} AND p.id <> ALL(${except}::uuid[])`,
      scope,
    )}) c`.execute(db);
  return rows;
}

/** Stage two: the name words nearest each typed word (`johanson` → johansson, johanzon). */
export async function nearestNameWords(db: Kysely<DB>, word: string) {
  const { rows } = await sql<{ word: string; similarity: number }>`
    SELECT word, similarity(word, ${word}) AS similarity
    FROM search_words
    WHERE word % ${word} AND similarity(word, ${word}) >= 0.45
    ORDER BY similarity DESC, word
    LIMIT 3`.execute(db);
  return rows;
}

/**
 * People whose name has, for every typed word, one of its nearest name words (or, for a short
 * word, a word starting with it). `similarity` is worked out by the caller from `search_name`.
 */
export async function peopleWithNameWords(
  db: Kysely<DB>,
  alternatives: NameAlternatives,
  scope: Scope,
  except: string[],
) {
  const { rows } = await nameWordsQuery(alternatives, scope, except).execute(db);
  // Someone in two of the ranges (Anna Sundberg found from `anna` and from `sundberg`) comes once.
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/** Each typed word with the nearest name words found for it (none for a short word). */
export type NameAlternatives = { word: string; nearest: string[] | null }[];

/** The statement of `peopleWithNameWords`. */
export function nameWordsQuery(alternatives: NameAlternatives, scope: Scope, except: string[]) {
  const family = sql.ref('p.search_family');
  const name = sql.ref('p.search_name');
  const ranges = alternatives.map(({ word, nearest }): NameRange[] =>
    nearest
      ? nearest.flatMap((w) => [
          { column: family, where: sql<boolean>`p.search_family = ${w}` },
          { column: name, where: startsWith(name, `${w} `) },
          { column: family, where: startsWith(family, `${w}-`) },
        ])
      : [
          { column: name, where: startsWith(name, word) },
          { column: family, where: startsWith(family, word) },
        ],
  );
  const matches = all(ranges.map((word) => any(word.map((range) => range.where))));
  // Every range of every word is read in index order, at most `scanLimit` rows of each, from an
  // index that carries all the columns tested here: a common word (`anna`) costs a bounded walk
  // and a rarer one (`odmark`) finds the people directly, as in the prefix stage. Asked for with
  // OR instead, PostgreSQL gathered the ranges into one bitmap and visited each person's row (at
  // 1M people, `amina sundberg` visited 3,354 pages to keep 46 people: 130 ms).
  const drives = sql.join(
    ranges.flat().map(
      ({ column, where }) =>
        sql`(SELECT ${namesCarried} FROM people p WHERE ${where}
            ORDER BY ${column}, p.id LIMIT ${scanLimit})`,
    ),
    sql` UNION ALL `,
  );
  return sql<Candidate & { search_name: string }>`
    SELECT * FROM (
      SELECT p.id, p.organisation_id, p.sort_key, p.search_name, 3 AS tier, 0 AS similarity
      FROM (${drives}) p
      WHERE ${matches} AND p.id <> ALL(${except}::uuid[]) AND ${peopleFilters(scope)}
      LIMIT ${candidatePool}
    ) c
    ORDER BY c.sort_key, c.id
    LIMIT ${candidateLimit}`;
}

/** A phone number in any formatting, matched on its national digits, within visibility. */
export async function peopleByPhone(db: Kysely<DB>, digits: string, scope: Scope) {
  const visible = (column: string) =>
    scope.isAdmin
      ? sql<boolean>`true`
      : sql<boolean>`(${sql.ref(column)} = 'network' OR ${isAmong(sql`p.organisation_id`, scope.inside)})`;
  const { rows } = await sql<Candidate>`${inSwedishOrder(
    sql`p.id, p.organisation_id, p.sort_key,
      CASE WHEN p.phone_digits = ${digits} OR p.mobile_digits = ${digits} THEN 0 ELSE 1 END AS tier,
      0 AS similarity`,
    sql`((${startsWith(sql`p.phone_digits`, digits)} AND ${visible('p.phone_visibility')})
      OR (${startsWith(sql`p.mobile_digits`, digits)} AND ${visible('p.mobile_visibility')}))`,
    scope,
  )}`.execute(db);
  return rows;
}

export async function peopleByEmail(db: Kysely<DB>, text: string, scope: Scope) {
  const { rows } = await sql<Candidate>`${inSwedishOrder(
    sql`p.id, p.organisation_id, p.sort_key,
      CASE WHEN lower(p.email) = ${text} THEN 0 ELSE 1 END AS tier, 0 AS similarity`,
    startsWith(sql`lower(p.email)`, text, true),
    scope,
  )}`.execute(db);
  return rows;
}

/** A post a candidate holds on the date, as the ranking (current holders first) and facets need it. */
export interface HeldPost {
  person_id: string;
  post_id: string;
  kind: string;
  role_id: string;
  organisation_id: string;
  network_id: string | null;
}

export interface PersonTopic {
  person_id: string;
  topic_id: string;
  name_sv: string;
}

/**
 * What the candidates hold on the date (who is a current holder, and the role, organisation and
 * network facets) and their topics, as the rows of one statement: a topic's row has `topic_id`,
 * a post's has `post_id`; names come from the catalogue. Built as JSON in the statement instead,
 * the same answer for 150 candidates took PostgreSQL 2.2–2.7 ms against 1.1 ms as rows.
 */
export function heldPostsAndTopicsQuery(personIds: string[], asOf: string) {
  return sql<HeldPost & { topic_id: string | null; name_sv: string | null }>`
    SELECT a.person_id, a.post_id, a.kind, po.role_id, po.organisation_id, po.network_id,
      NULL::uuid AS topic_id, NULL::text AS name_sv
    FROM assignments a JOIN posts po ON po.id = a.post_id AND po.archived_at IS NULL
    WHERE a.person_id = ANY(${personIds}::uuid[]) AND ${current('a', asOf, false)}
    UNION ALL
    SELECT pt.person_id, NULL, NULL, NULL, NULL, NULL, pt.topic_id, t.name_sv
    FROM person_topics pt JOIN topics t ON t.id = pt.topic_id
    WHERE pt.person_id = ANY(${personIds}::uuid[])`;
}

export async function heldPostsAndTopics(
  db: Kysely<DB>,
  personIds: string[],
  asOf: string,
): Promise<{ held: HeldPost[]; topics: PersonTopic[] }> {
  if (personIds.length === 0) return { held: [], topics: [] };
  const { rows } = await heldPostsAndTopicsQuery(personIds, asOf).execute(db);
  const held: HeldPost[] = [];
  const topics: PersonTopic[] = [];
  for (const { topic_id, name_sv, ...post } of rows) {
    if (topic_id === null) held.push(post);
    else topics.push({ person_id: post.person_id, topic_id, name_sv: name_sv as string });
  }
  return { held, topics };
}

// The catalogue's stage two: near misses, by trigram likeness (stage one is in memory,
// catalogue-matches.ts). Organisations are a few thousand at most, roles tens.

function organisationFilters(scope: Scope): RawBuilder<boolean> {
  const parts: RawBuilder<boolean>[] = [sql`o.archived_at IS NULL`];
  if (scope.organisations) parts.push(sql`o.id = ANY(${scope.organisations}::uuid[])`);
  if (scope.networks) {
    parts.push(sql`EXISTS (SELECT 1 FROM network_organisations no
      WHERE no.organisation_id = o.id AND no.network_id = ANY(${scope.networks}::uuid[]))`);
  }
  return all(parts);
}

/** Near misses among organisations: a looser bar than for people, as there are few of them. */
export async function organisationsByLikeness(
  db: Kysely<DB>,
  words: Words,
  scope: Scope,
  except: string[],
) {
  const fuzzy = fuzzyWords(words);
  if (fuzzy.length === 0) return [];
  const likeness = sql.join(
    fuzzy.map((w) => sql`word_similarity(${w}, o.search_name)`),
    sql` + `,
  );
  const near = all(fuzzy.map((w) => sql<boolean>`${w} <% o.search_name`));
  // `<%` lets through words from `pg_trgm.word_similarity_threshold`, set for every connection
  // (`packages/db/src/connect.ts`).
  const { rows } = await sql<Candidate>`
    SELECT o.id, 3 AS tier, (${likeness}) / ${fuzzy.length} AS similarity, o.sort_key
    FROM organisations o
    WHERE ${organisationFilters(scope)} AND ${near} AND o.id <> ALL(${except}::uuid[])
    ORDER BY similarity DESC, o.sort_key, o.id
    LIMIT 20`.execute(db);
  return rows;
}

export async function rolesByLikeness(db: Kysely<DB>, words: Words, scope: Scope) {
  const fuzzy = fuzzyWords(words);
  if (fuzzy.length === 0) return [];
  const likeness = sql.join(
    fuzzy.map((w) => sql`word_similarity(${w}, ${foldedRoleText})`),
    sql` + `,
  );
  const { rows } = await sql<Candidate>`
    SELECT * FROM (
      SELECT r.id, 3 AS tier, (${likeness}) / ${fuzzy.length} AS similarity, r.sort_key
      FROM roles r
      WHERE r.archived_at IS NULL ${scope.role ? sql`AND r.id = ${scope.role}` : sql``}
    ) c
    WHERE similarity >= 0.6
    ORDER BY similarity DESC, sort_key
    LIMIT 10`.execute(db);
  return rows;
}

// Posts: a role word, optionally narrowed by organisation words ("nvk flen")

export interface PostCandidate {
  id: string;
  sort_key: string;
  role_id: string;
  organisation_id: string;
  network_id: string | null;
}

/**
 * The organisations a post may be in: those every organisation word matched and the filter
 * allows, or undefined when nothing narrows them down.
 */
function placesOf(organisationsPerWord: string[][], scope: Scope): string[] | undefined {
  const lists = [...organisationsPerWord, ...(scope.organisations ? [scope.organisations] : [])];
  const [first, ...rest] = lists;
  if (!first) return undefined;
  const others = rest.map((ids) => new Set(ids));
  return [...new Set(first)].filter((id) => others.every((ids) => ids.has(id)));
}

export async function postsOf(
  db: Kysely<DB>,
  catalogue: Catalogue,
  roleIds: string[],
  organisationsPerWord: string[][],
  scope: Scope,
): Promise<PostCandidate[]> {
  const places = placesOf(organisationsPerWord, scope);
  if (places?.length === 0) return [];
  const parts: RawBuilder<boolean>[] = [sql`po.archived_at IS NULL`];
  if (roleIds.length > 0) parts.push(sql`po.role_id = ANY(${roleIds}::uuid[])`);
  if (scope.role) parts.push(sql`po.role_id = ${scope.role}`);
  if (scope.networks) parts.push(sql`po.network_id = ANY(${scope.networks}::uuid[])`);
  // Within some organisations (a municipality's tree, `flen` in `nvk flen`), the posts are read
  // organisation by organisation from their index: tested one by one against a list of
  // organisations instead, a role's posts at a million people took 60–110 ms to read, against
  // 30 ms this way.
  const posts = places
    ? sql`unnest(${places}::uuid[]) AS place(id) JOIN posts po ON po.organisation_id = place.id`
    : sql`posts po`;
  // As for people: the matching posts read in whatever order the indexes give, then sorted;
  // asked for in organisation order directly, the planner walks every organisation by name.
  // The order is the catalogue's, in memory: looking up each post's organisation and role in
  // the statement was most of its work. Up to `candidatePool` posts are sorted by the
  // catalogue's ranks; only those kept get a sort key.
  const { rows } = await sql<Omit<PostCandidate, 'sort_key'>>`
    SELECT po.id, po.role_id, po.organisation_id, po.network_id
    FROM ${posts}
    WHERE ${all(parts)}
    LIMIT ${candidatePool}`.execute(db);
  const roleRanks = catalogue.roles.size + 1;
  const ranked = rows.map((post) => ({
    post,
    rank: catalogue.rankOf(post.organisation_id) * roleRanks + catalogue.rankOf(post.role_id),
  }));
  ranked.sort((a, b) => a.rank - b.rank || (a.post.id < b.post.id ? -1 : 1));
  const keyOf = (id: string, entries: ReadonlyMap<string, { sort_key: string }>) =>
    entries.get(id)?.sort_key ?? '';
  return ranked.slice(0, candidateLimit).map(({ post }) => ({
    ...post,
    sort_key: `${keyOf(post.organisation_id, catalogue.organisations)}\u0001${keyOf(post.role_id, catalogue.roles)}`,
  }));
}
