import { type DB, statementsAskedOf } from '@nk/db';
import { type Kysely, sql } from 'kysely';
import { freshReads } from './fresh-reads';

/**
 * Answers that take many rows to work out and are asked for again and again (counterparts, a
 * network's coverage grid, searches), kept per API instance while what they are worked out from
 * stands still. Each number of `Versions` moves, in the same transaction, with every change to
 * some tables (the migrations `catalogue-version`, `placement-version`, `people-version`). Each
 * request is given numbers read after it came (`versionsNow`: requests that come together share
 * one read), and an answer kept under other numbers is never given again.
 */
export type Versions = Readonly<Record<string, number>>;

/**
 * The numbers kept answers are made at: the catalogue's (organisations, roles, networks, topics),
 * the placements' (posts, their holders, links between organisations, counterpart pairs) and the
 * people's (the sum over `people_version`, moved by every write to `people` or `person_topics`).
 */
export interface DataVersions extends Versions {
  catalogue: number;
  placement: number;
  people: number;
}

/** The people's number as a column, for a statement that reads it with other things. */
export const peopleVersionColumn = sql`(SELECT sum(version) FROM people_version) AS people`;

async function readVersions(db: Kysely<DB>): Promise<DataVersions> {
  const { rows } = await sql<Record<keyof DataVersions, string>>`
    SELECT (SELECT version FROM catalogue_version) AS catalogue,
      (SELECT version FROM placement_version) AS placement, ${peopleVersionColumn}`.execute(db);
  const row = rows[0];
  return {
    catalogue: Number(row?.catalogue ?? 0),
    placement: Number(row?.placement ?? 0),
    people: Number(row?.people ?? 0),
  };
}

const versionReads = new WeakMap<Kysely<DB>, () => Promise<DataVersions>>();

/**
 * The numbers as they are now, read by a statement that begins after this call, so that every
 * change committed before it counts; requests at the same moment share one (`freshReads`). On a
 * database reached through this process's only connection (PGlite), numbers read by the last
 * statement asked are still the numbers now: no statement is asked for them again until another
 * has been (`statementsAskedOf`).
 */
export function versionsNow(db: Kysely<DB>): Promise<DataVersions> {
  let now = versionReads.get(db);
  if (!now) {
    const asked = statementsAskedOf(db);
    now = asked ? readUnlessAsked(db, asked) : freshReads(() => readVersions(db));
    versionReads.set(db, now);
  }
  return now();
}

/**
 * The numbers, read again only when a statement has been asked since the last read. Statements
 * run in the order asked, so the last read sees every statement asked before it; it is meant to
 * be the next one asked (`after`), and while no more than that many have been, it is given,
 * still on its way or not. When another statement is asked first, the next call reads again.
 */
function readUnlessAsked(db: Kysely<DB>, asked: () => number): () => Promise<DataVersions> {
  let last: { versions: Promise<DataVersions>; after: number } | undefined;
  return () => {
    if (last && asked() <= last.after) return last.versions;
    const read = { versions: readVersions(db), after: asked() + 1 };
    read.versions.catch(() => {
      if (last === read) last = undefined;
    });
    last = read;
    return read.versions;
  };
}

export const sameVersions = (a: Versions, b: Versions) =>
  Object.keys(a).every((name) => a[name] === b[name]);

/** Some number of `a` is ahead of `b`'s. */
const anyAhead = (a: Versions, b: Versions) =>
  Object.keys(a).some((name) => (a[name] ?? 0) > (b[name] ?? 0));

interface Shelf {
  versions: Versions;
  /** In use order, the least recently used first; an answer still being worked out is shared. */
  answers: Map<string, Promise<unknown>>;
  /** What each answer worked out weighs (`weightOf`), and their sum. */
  weights: Map<string, number>;
  weight: number;
}

export interface KeptAnswersOptions {
  /** At most this many answers per database. */
  most: number;
  /** What an answer weighs (its bytes, say), and at most how much of it to keep. */
  weightOf?: (answer: unknown) => number;
  mostWeight?: number;
}

/** One kind of kept answer: a shelf per database, emptied when its numbers move. */
export class KeptAnswers {
  readonly #shelves = new WeakMap<Kysely<DB>, Shelf>();
  readonly #options: KeptAnswersOptions;

  constructor(options: KeptAnswersOptions) {
    this.#options = options;
  }

  /**
   * The answer kept under `key` at the numbers this instance saw last, if there is one, with
   * those numbers: whoever gives it must first check that they are still the numbers now. It
   * counts as used.
   */
  last<T>(db: Kysely<DB>, key: string): { versions: Versions; answer: Promise<T> } | undefined {
    const shelf = this.#shelves.get(db);
    const answer = shelf && used<T>(shelf.answers, key);
    if (!shelf || !answer) return undefined;
    return { versions: shelf.versions, answer };
  }

  /**
   * The answer kept under `key` at `versions`, or `work()`'s, then kept. Numbers newer than the
   * kept ones clear the shelf; older ones (read before a change this instance has already seen)
   * get `work()`'s answer without keeping it. A failed answer is not kept.
   */
  answer<T>(db: Kysely<DB>, versions: Versions, key: string, work: () => Promise<T>): Promise<T> {
    let shelf = this.#shelves.get(db);
    if (!shelf || anyAhead(versions, shelf.versions)) {
      shelf = { versions, answers: new Map(), weights: new Map(), weight: 0 };
      this.#shelves.set(db, shelf);
    } else if (anyAhead(shelf.versions, versions)) {
      return work();
    }
    const kept = used<T>(shelf.answers, key);
    if (kept) return kept;
    const answer = work();
    this.#keep(shelf, key, answer);
    return answer;
  }

  #keep(shelf: Shelf, key: string, answer: Promise<unknown>): void {
    const { answers } = shelf;
    answers.set(key, answer);
    answer.then(
      (value) => {
        const { weightOf, mostWeight = Number.POSITIVE_INFINITY } = this.#options;
        if (answers.get(key) !== answer || !weightOf) return;
        const weight = weightOf(value);
        // Too heavy to keep on its own: let it go rather than all the others.
        if (weight > mostWeight) {
          answers.delete(key);
          return;
        }
        shelf.weights.set(key, weight);
        shelf.weight += weight;
        this.#trim(shelf);
      },
      () => {
        if (answers.get(key) === answer) answers.delete(key);
      },
    );
    this.#trim(shelf);
  }

  /** Lets the least recently used answers go while there are too many or they weigh too much. */
  #trim(shelf: Shelf): void {
    const { most, mostWeight = Number.POSITIVE_INFINITY } = this.#options;
    while (shelf.answers.size > most || shelf.weight > mostWeight) {
      const oldest = shelf.answers.keys().next().value;
      if (oldest === undefined) return;
      shelf.answers.delete(oldest);
      shelf.weight -= shelf.weights.get(oldest) ?? 0;
      shelf.weights.delete(oldest);
    }
  }
}

/** The answer under `key`, if any, moved to the most recently used end. */
function used<T>(answers: Shelf['answers'], key: string): Promise<T> | undefined {
  const answer = answers.get(key) as Promise<T> | undefined;
  if (answer) {
    answers.delete(key);
    answers.set(key, answer);
  }
  return answer;
}
