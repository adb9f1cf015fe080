import type { DB } from '@nk/db';
import { type Kysely, sql } from 'kysely';

/**
 * Answers that take many rows to work out and are asked for again and again (counterparts, a
 * network's coverage grid), kept per API instance while what they are worked out from stands
 * still: the catalogue (`catalogue_version`) and the posts, their holders, the links between
 * organisations and the counterpart pairs (`placement_version`). Both numbers come in one
 * statement per request; an answer kept under other numbers is never given again.
 *
 * A kept answer never depends on who asks: what the caller may see is applied to it afterwards.
 */
export interface Versions {
  catalogue: number;
  placement: number;
}

/** The numbers as they are now, as columns `catalogue` and `placement` of a statement. */
export const versionColumns = sql`(SELECT version FROM catalogue_version) AS catalogue,
  (SELECT version FROM placement_version) AS placement`;

/** The numbers from a row with `versionColumns` (bigints come as text). */
export const toVersions = (
  row: { catalogue: string; placement: string } | undefined,
): Versions => ({
  catalogue: Number(row?.catalogue ?? 0),
  placement: Number(row?.placement ?? 0),
});

export const sameVersions = (a: Versions, b: Versions) =>
  a.catalogue === b.catalogue && a.placement === b.placement;

/** Enough for every network's grid and the counterparts of every role in a few hundred places. */
const maxAnswers = 1000;

interface Shelf extends Versions {
  /** In use order, the least recently used first; an answer still being worked out is shared. */
  answers: Map<string, Promise<unknown>>;
}

const shelves = new WeakMap<Kysely<DB>, Shelf>();

/** The answer under `key`, if any, moved to the most recently used end. */
function used<T>(answers: Shelf['answers'], key: string): Promise<T> | undefined {
  const answer = answers.get(key) as Promise<T> | undefined;
  if (answer) {
    answers.delete(key);
    answers.set(key, answer);
  }
  return answer;
}

/**
 * The answer kept under `key` at the numbers this instance saw last, if there is one, with those
 * numbers: whoever gives it must first check that they are still the numbers now. It counts as
 * used.
 */
export function lastKept<T>(
  db: Kysely<DB>,
  key: string,
): { versions: Versions; answer: Promise<T> } | undefined {
  const shelf = shelves.get(db);
  const answer = shelf && used<T>(shelf.answers, key);
  if (!shelf || !answer) return undefined;
  return { versions: { catalogue: shelf.catalogue, placement: shelf.placement }, answer };
}

/**
 * The answer kept under `key` at `versions`, or `work()`'s, then kept. Numbers newer than the
 * kept ones clear the shelf; older ones (read before a change this instance has already seen)
 * get `work()`'s answer without keeping it. A failed answer is not kept.
 */
export function keptAnswer<T>(
  db: Kysely<DB>,
  versions: Versions,
  key: string,
  work: () => Promise<T>,
): Promise<T> {
  let shelf = shelves.get(db);
  if (!shelf || versions.catalogue > shelf.catalogue || versions.placement > shelf.placement) {
    shelf = { ...versions, answers: new Map() };
    shelves.set(db, shelf);
  } else if (versions.catalogue < shelf.catalogue || versions.placement < shelf.placement) {
    return work();
  }
  const answers = shelf.answers;
  const kept = used<T>(answers, key);
  if (kept) return kept;
  const answer = work();
  answers.set(key, answer);
  answer.catch(() => {
    if (answers.get(key) === answer) answers.delete(key);
  });
  if (answers.size > maxAnswers) {
    const oldest = answers.keys().next().value;
    if (oldest !== undefined) answers.delete(oldest);
  }
  return answer;
}
