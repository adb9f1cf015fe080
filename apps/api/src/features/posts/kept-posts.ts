import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import { findPosts, type PostRow } from './repository';

/**
 * Post rows with the people on them, read once and given again while none of those people has
 * changed. They live inside a kept answer (`lib/kept-answers.ts`), whose versions already cover
 * the posts, who holds them and the catalogue; what is left, the people's own rows, is checked on
 * each request by their row versions (`xmin`, which every write to a row moves, whoever makes it).
 */
export interface KeptPosts {
  readonly ids: readonly string[];
  readonly asOf: string;
  read?: Promise<PostsRead>;
}

/** The rows as read, with each person on them and the row version read in the same statement. */
export interface PostsRead {
  rows: PostRow[];
  people: { ids: string[]; stamps: string[] };
}

export const keepPosts = (ids: readonly string[], asOf: string): KeptPosts => ({ ids, asOf });

/**
 * Which answers' rows stay in memory, within a budget of rows over all of them: past it the
 * least recently used answer's rows are let go (read again when next asked for), and an answer
 * with more rows than the whole budget is never kept.
 */
export class RowBudget {
  readonly #most: number;
  /** The answers whose rows are kept, the least recently used first, with their row counts. */
  readonly #inUse = new Map<KeptPosts, number>();
  #rows = 0;

  constructor(most: number) {
    this.#most = most;
  }

  get rows(): number {
    return this.#rows;
  }

  #forget(kept: KeptPosts): void {
    this.#rows -= this.#inUse.get(kept) ?? 0;
    this.#inUse.delete(kept);
  }

  letGo(kept: KeptPosts): void {
    this.#forget(kept);
    kept.read = undefined;
  }

  keep(kept: KeptPosts, rows: number): void {
    this.#forget(kept);
    if (rows > this.#most) {
      kept.read = undefined;
      return;
    }
    this.#inUse.set(kept, rows);
    this.#rows += rows;
    for (const oldest of this.#inUse.keys()) {
      if (this.#rows <= this.#most) break;
      this.letGo(oldest);
    }
  }

  markUsed(kept: KeptPosts): void {
    const rows = this.#inUse.get(kept);
    if (rows === undefined) return;
    this.#inUse.delete(kept);
    this.#inUse.set(kept, rows);
  }
}

/** About 25 MB for the process: a kept row with its people took about 1.2 KB at 100k people. */
const budget = new RowBudget(20_000);

/** The rows, and each person on them with their row version, worked out once per read. */
async function readPosts(db: Kysely<DB>, kept: KeptPosts): Promise<PostsRead> {
  const rows = await findPosts(db, [...kept.ids], kept.asOf);
  const people: PostsRead['people'] = { ids: [], stamps: [] };
  for (const row of rows) {
    for (const holder of row.holders) {
      people.ids.push(holder.id);
      people.stamps.push(holder.stamp);
    }
  }
  return { rows, people };
}

/** Whether every person still has the row version read with the posts. */
async function unchanged(db: Kysely<DB>, { ids, stamps }: PostsRead['people']): Promise<boolean> {
  if (ids.length === 0) return true;
  const { rows: found } = await sql<{ changed: number }>`
    SELECT count(*)::int AS changed
    FROM unnest(${ids}::uuid[], ${stamps}::text[]) AS kept(id, stamp)
    LEFT JOIN people pe ON pe.id = kept.id
    WHERE pe.xmin::text IS DISTINCT FROM kept.stamp`.execute(db);
  return found[0]?.changed === 0;
}

/** The rows as they are now: the kept ones if nobody on them has changed, else read again. */
export async function currentPosts(db: Kysely<DB>, kept: KeptPosts): Promise<PostRow[]> {
  const earlier = await kept.read?.catch(() => undefined);
  if (earlier && (await unchanged(db, earlier.people))) {
    budget.markUsed(kept);
    return earlier.rows;
  }
  budget.letGo(kept);
  const read = readPosts(db, kept);
  kept.read = read;
  read.then(
    ({ rows }) => {
      if (kept.read === read) budget.keep(kept, rows.length);
    },
    () => {
      if (kept.read === read) kept.read = undefined;
    },
  );
  return (await read).rows;
}
