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
  read?: Promise<PostRow[]>;
}

export const keepPosts = (ids: readonly string[], asOf: string): KeptPosts => ({ ids, asOf });

/** Each person on the rows with the row version read in the same statement. */
function stampsOf(rows: readonly PostRow[]): { ids: string[]; stamps: string[] } {
  const ids: string[] = [];
  const stamps: string[] = [];
  for (const row of rows) {
    for (const holder of row.holders) {
      ids.push(holder.id);
      stamps.push(holder.stamp);
    }
  }
  return { ids, stamps };
}

/** Whether every person still has the row version read with the posts. */
async function unchanged(db: Kysely<DB>, rows: readonly PostRow[]): Promise<boolean> {
  const { ids, stamps } = stampsOf(rows);
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
  if (earlier && (await unchanged(db, earlier))) return earlier;
  const read = findPosts(db, [...kept.ids], kept.asOf);
  kept.read = read;
  read.catch(() => {
    if (kept.read === read) kept.read = undefined;
  });
  return read;
}
