import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import type { Access } from '../../lib/access';
import {
  KeptAnswers,
  peopleVersionColumn,
  sameVersions,
  type Versions,
  versionsNow,
} from '../../lib/kept-answers';
import { type ContactFields, visibilityKey } from '../../lib/person-visibility';
import { findPosts, type PostRow } from './repository';

/**
 * Post rows with the people on them, read once and given again while none of those people has
 * changed. They live inside a kept answer (`lib/kept-answers.ts`), whose versions already cover
 * the posts, who holds them and the catalogue; what is left, the people's own rows, is checked on
 * each request by their row versions (`xmin`, which every write to a row moves, whoever makes it).
 * The answers made from the rows are kept with them too, as sent, one for each way callers may
 * be shown the people on them (`visibilityKey`).
 */
export interface KeptPosts {
  readonly ids: readonly string[];
  readonly asOf: string;
  read?: Promise<PostsRead>;
}

/** The rows as read, with each person on them and the row version read in the same statement. */
export interface PostsRead {
  rows: PostRow[];
  people: { ids: string[]; stamps: string[]; contacts: ContactFields[] };
  /**
   * The people's number (`people_version`) at which every person on the rows was last known to
   * have the row version read with them.
   */
  seenAt: number;
  /** The answers made from these rows, as JSON in UTF-8, by visibility key. */
  shown: Map<string, Buffer>;
}

export const keepPosts = (ids: readonly string[], asOf: string): KeptPosts => ({ ids, asOf });

/** A kept row with its people took about 1.2 KB at 100k people. */
const bytesPerRow = 1_200;

/** What a read holds in memory: its rows, and the answers made from them. */
function bytesOf(read: PostsRead): number {
  let bytes = read.rows.length * bytesPerRow;
  for (const answer of read.shown.values()) bytes += answer.byteLength;
  return bytes;
}

/**
 * Which answers' reads stay in memory, within a budget of bytes over all of them: past it the
 * least recently used answer's read is let go (read again when next asked for), and a read
 * larger than the whole budget is never kept.
 */
export class MemoryBudget {
  readonly #most: number;
  /** The answers whose reads are kept, the least recently used first, with what they weighed. */
  readonly #inUse = new Map<KeptPosts, { read: PostsRead; bytes: number }>();
  #bytes = 0;

  constructor(most: number) {
    this.#most = most;
  }

  get bytes(): number {
    return this.#bytes;
  }

  #forget(kept: KeptPosts): void {
    this.#bytes -= this.#inUse.get(kept)?.bytes ?? 0;
    this.#inUse.delete(kept);
  }

  letGo(kept: KeptPosts): void {
    this.#forget(kept);
    kept.read = undefined;
  }

  /** Keeps `read` as the answer's, weighed as it is now, and lets older answers go if need be. */
  keep(kept: KeptPosts, read: PostsRead): void {
    this.#forget(kept);
    const bytes = bytesOf(read);
    if (bytes > this.#most) {
      kept.read = undefined;
      return;
    }
    this.#inUse.set(kept, { read, bytes });
    this.#bytes += bytes;
    for (const oldest of this.#inUse.keys()) {
      if (this.#bytes <= this.#most) break;
      this.letGo(oldest);
    }
  }

  /** Weighs the answer's read again after it grew, if it is still the one kept. */
  grew(kept: KeptPosts, read: PostsRead): void {
    if (this.#inUse.get(kept)?.read === read) this.keep(kept, read);
  }

  markUsed(kept: KeptPosts): void {
    const entry = this.#inUse.get(kept);
    if (entry === undefined) return;
    this.#inUse.delete(kept);
    this.#inUse.set(kept, entry);
  }
}

/**
 * About 40 MB for the process: the bench's 200 counterparts questions at 100k people keep about
 * 33 MB, rows and answers as sent to an admin.
 */
const budget = new MemoryBudget(40_000_000);

/** The rows, and each person on them with their row version, worked out once per read. */
async function readPosts(
  db: Kysely<DB>,
  kept: KeptPosts,
  peopleNumber: number,
): Promise<PostsRead> {
  const rows = await findPosts(db, [...kept.ids], kept.asOf);
  const people: PostsRead['people'] = { ids: [], stamps: [], contacts: [] };
  for (const row of rows) {
    for (const holder of row.holders) {
      people.ids.push(holder.id);
      people.stamps.push(holder.stamp);
      people.contacts.push(holder);
    }
  }
  return { rows, people, seenAt: peopleNumber, shown: new Map() };
}

/**
 * Counterparts and coverage grids, kept while the catalogue and the placements stand still:
 * enough for every network's grid and the counterparts of every role in a few hundred places.
 * The people on them are checked apart (`stillWhole`), so that an edit to a person does not
 * throw them all away.
 */
const keptAnswers = new KeptAnswers({ most: 1000 });

/** The numbers the answers are kept at, and the people's number, as they are now. */
async function numbersNow(db: Kysely<DB>): Promise<{ versions: Versions; people: number }> {
  const { catalogue, placement, people } = await versionsNow(db);
  return { versions: { catalogue, placement }, people };
}

/**
 * Whether every person on the read still has the row version read with the posts. While the
 * people's number stands where the read was last seen whole, nobody at all has changed; once it
 * has moved, the people on the read are looked up by their row versions, together with the
 * number in one statement (so in one snapshot), and a read found whole is seen at that number.
 */
async function stillWhole(db: Kysely<DB>, read: PostsRead, peopleNumber: number) {
  if (read.seenAt === peopleNumber) return true;
  const { rows } = await sql<{ people: string; changed: number }>`
    SELECT ${peopleVersionColumn},
      (SELECT count(*)::int
        FROM unnest(${read.people.ids}::uuid[], ${read.people.stamps}::text[]) AS kept(id, stamp)
        LEFT JOIN people pe ON pe.id = kept.id
        WHERE pe.xmin::text IS DISTINCT FROM kept.stamp) AS changed`.execute(db);
  const row = rows[0];
  if (!row || row.changed > 0) return false;
  read.seenAt = Math.max(read.seenAt, Number(row.people));
  return true;
}

/**
 * The posts' read as it is now: the kept one if nobody on it has changed (`stale` is known to
 * have), else a new one, kept instead. `peopleNumber` was read before this call, so a read made
 * here is seen at a number no later than its own rows.
 */
async function currentRead(
  db: Kysely<DB>,
  kept: KeptPosts,
  peopleNumber: number,
  stale?: PostsRead,
): Promise<PostsRead> {
  const earlier = await kept.read?.catch(() => undefined);
  if (earlier && earlier !== stale && (await stillWhole(db, earlier, peopleNumber))) {
    budget.markUsed(kept);
    return earlier;
  }
  budget.letGo(kept);
  const read = readPosts(db, kept, peopleNumber);
  kept.read = read;
  read.then(
    (posts) => {
      if (kept.read === read) budget.keep(kept, posts);
    },
    () => {
      if (kept.read === read) kept.read = undefined;
    },
  );
  return read;
}

/** The answer as this caller is shown it: made from the rows once for each visibility key. */
function shown(read: PostsRead, kept: KeptPosts, access: Access, answer: () => string): Buffer {
  const key = visibilityKey(access, read.people.contacts);
  const made = read.shown.get(key);
  if (made) return made;
  const json = Buffer.from(answer());
  read.shown.set(key, json);
  budget.grew(kept, read);
  return json;
}

/**
 * The answer kept under `key` (`kept-answers.ts`), worked out by `work` when there is none, with
 * the posts in it as they are now, as this caller is shown it, in UTF-8 JSON made by `answer`.
 *
 * An answer given again costs one small statement while nothing has changed: it reads the
 * numbers of `kept-answers.ts` and the people's number. When only the people's number has moved,
 * a second one looks up the people on the posts; when one of them has changed, the posts are
 * read again; when the numbers of `kept-answers.ts` have moved, the answer is worked out again.
 */
export async function keptPostsAnswer<T extends { posts: KeptPosts }>(
  db: Kysely<DB>,
  key: string,
  work: () => Promise<T>,
  access: Access,
  answer: (kept: T, rows: PostRow[]) => string,
): Promise<Buffer> {
  const last = keptAnswers.last<T>(db, key);
  const earlier = await last?.answer.catch(() => undefined);
  const earlierRead = await earlier?.posts.read?.catch(() => undefined);
  const now = await numbersNow(db);
  let peopleChanged = false;
  if (last && earlier && earlierRead && sameVersions(now.versions, last.versions)) {
    if (await stillWhole(db, earlierRead, now.people)) {
      budget.markUsed(earlier.posts);
      return shown(earlierRead, earlier.posts, access, () => answer(earlier, earlierRead.rows));
    }
    peopleChanged = true;
  }
  const kept = await keptAnswers.answer(db, now.versions, key, work);
  const read = await currentRead(
    db,
    kept.posts,
    now.people,
    peopleChanged ? earlierRead : undefined,
  );
  return shown(read, kept.posts, access, () => answer(kept, read.rows));
}
