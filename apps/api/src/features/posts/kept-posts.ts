import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import type { Access } from '../../lib/access';
import {
  currentVersions,
  keptAnswer,
  lastKept,
  sameVersions,
  toVersions,
  type Versions,
  versionColumns,
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
async function readPosts(db: Kysely<DB>, kept: KeptPosts): Promise<PostsRead> {
  const rows = await findPosts(db, [...kept.ids], kept.asOf);
  const people: PostsRead['people'] = { ids: [], stamps: [], contacts: [] };
  for (const row of rows) {
    for (const holder of row.holders) {
      people.ids.push(holder.id);
      people.stamps.push(holder.stamp);
      people.contacts.push(holder);
    }
  }
  return { rows, people, shown: new Map() };
}

/**
 * The numbers of `kept-answers.ts` as they are now and how many of the people no longer have the
 * row version read with the posts, in one statement, so in one snapshot.
 */
async function versionsAndChanges(
  db: Kysely<DB>,
  { ids, stamps }: PostsRead['people'],
): Promise<{ versions: Versions; changed: number }> {
  const { rows } = await sql<{ catalogue: string; placement: string; changed: number }>`
    SELECT ${versionColumns},
      (SELECT count(*)::int
        FROM unnest(${ids}::uuid[], ${stamps}::text[]) AS kept(id, stamp)
        LEFT JOIN people pe ON pe.id = kept.id
        WHERE pe.xmin::text IS DISTINCT FROM kept.stamp) AS changed`.execute(db);
  return { versions: toVersions(rows[0]), changed: rows[0]?.changed ?? ids.length };
}

/** Whether every person still has the row version read with the posts. */
async function unchanged(db: Kysely<DB>, people: PostsRead['people']): Promise<boolean> {
  return (await versionsAndChanges(db, people)).changed === 0;
}

/**
 * The posts' read as it is now: the kept one if nobody on it has changed (`stale` is known to
 * have), else a new one, kept instead.
 */
async function currentRead(db: Kysely<DB>, kept: KeptPosts, stale?: PostsRead): Promise<PostsRead> {
  const earlier = await kept.read?.catch(() => undefined);
  if (earlier && earlier !== stale && (await unchanged(db, earlier.people))) {
    budget.markUsed(kept);
    return earlier;
  }
  budget.letGo(kept);
  const read = readPosts(db, kept);
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
 * An answer given again costs one statement: it reads the numbers of `kept-answers.ts` and the
 * row versions of the people on the posts together. When only people have changed, the posts
 * are read again; when the numbers have, the answer is worked out again.
 */
export async function keptPostsAnswer<T extends { posts: KeptPosts }>(
  db: Kysely<DB>,
  key: string,
  work: () => Promise<T>,
  access: Access,
  answer: (kept: T, rows: PostRow[]) => string,
): Promise<Buffer> {
  const last = lastKept<T>(db, key);
  const earlier = await last?.answer.catch(() => undefined);
  const earlierRead = await earlier?.posts.read?.catch(() => undefined);
  let versions: Versions;
  let peopleChanged = false;
  if (last && earlier && earlierRead) {
    const now = await versionsAndChanges(db, earlierRead.people);
    versions = now.versions;
    if (sameVersions(versions, last.versions)) {
      if (now.changed === 0) {
        budget.markUsed(earlier.posts);
        return shown(earlierRead, earlier.posts, access, () => answer(earlier, earlierRead.rows));
      }
      peopleChanged = true;
    }
  } else {
    versions = await currentVersions(db);
  }
  const kept = await keptAnswer(db, versions, key, work);
  const read = await currentRead(db, kept.posts, peopleChanged ? earlierRead : undefined);
  return shown(read, kept.posts, access, () => answer(kept, read.rows));
}
