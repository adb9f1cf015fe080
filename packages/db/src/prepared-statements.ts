import type pg from 'pg';

export interface PreparedStatementsOptions {
  /** A statement text is named once it has run this many times in the process. */
  after: number;
  /** At most this many texts are named; later ones keep running unnamed. */
  most: number;
}

/** Texts counted towards `after` before the count starts over: a bound on memory, not a cache. */
const countedTexts = 2_000;

/**
 * Which statement texts run as named (prepared) statements. PostgreSQL parses and plans an
 * unnamed statement on every run; the directory's reads take longer to plan than to run (a
 * profile: 2.4 ms planning, 1.5 ms running at 100k people). A named statement is parsed once
 * per connection, and after five runs PostgreSQL may keep a generic plan for it.
 *
 * Only texts that come back are named, and only so many, because every name lives on in every
 * connection that ran it: texts built for one import batch must not pile up on the server.
 * The pool retires connections after a while, which frees what they hold.
 */
export class StatementNames {
  readonly #options: PreparedStatementsOptions;
  readonly #runs = new Map<string, number>();
  readonly #names = new Map<string, string>();
  /** Names are never given twice: a forgotten text's old name may live on in a connection. */
  #given = 0;

  constructor(options: PreparedStatementsOptions) {
    this.#options = options;
  }

  /** The name to run `text` under, or `undefined` to run it unnamed this time. */
  nameFor(text: string): string | undefined {
    const name = this.#names.get(text);
    if (name || this.#names.size >= this.#options.most) return name;
    const runs = (this.#runs.get(text) ?? 0) + 1;
    if (runs < this.#options.after) {
      if (this.#runs.size >= countedTexts) this.#runs.clear();
      this.#runs.set(text, runs);
      return undefined;
    }
    this.#runs.delete(text);
    this.#given += 1;
    const named = `nk_${this.#given}`;
    this.#names.set(text, named);
    return named;
  }

  /** Runs `text` unnamed again, and under a new name once it comes back (see `isStalePlan`). */
  forget(text: string): void {
    this.#names.delete(text);
  }

  /**
   * Runs `text` through `run`, under its name when it has one. A named run refused as a stale
   * plan runs again unnamed, and the text is named anew later.
   */
  async run<T>(text: string, run: (name?: string) => Promise<T>): Promise<T> {
    const name = this.nameFor(text);
    if (!name) return run();
    try {
      return await run(name);
    } catch (error) {
      if (!isStalePlan(error)) throw error;
      this.forget(text);
      return run();
    }
  }

  get size(): number {
    return this.#names.size;
  }
}

/**
 * A named statement whose result columns changed under it (a migration added a column to a
 * table it reads with `*`): PostgreSQL refuses it on that connection from then on. Nothing ran,
 * so the statement can run again unnamed.
 */
function isStalePlan(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === '0A000' &&
    error.message.includes('cached plan must not change result type')
  );
}

/**
 * Runs the client's queries with text and values (how Kysely calls `pg`) under the names
 * `names` gives; every other call, such as a cursor, passes through unchanged.
 */
export function nameRepeatedStatements(client: pg.ClientBase, names: StatementNames): void {
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<pg.QueryResult>;
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (args.length !== 2 || typeof text !== 'string' || !Array.isArray(values)) {
      return query(...args);
    }
    return names.run(text, (name) => (name ? query({ name, text, values }) : query(text, values)));
  }) as typeof client.query;
}
