import { mkdirSync } from 'node:fs';
import type { PGlite, PGliteOptions } from '@electric-sql/pglite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { beginWithFirstStatement } from './begin-with-first-statement';
import { lockDataDir } from './data-dir-lock';
import { nameRepeatedStatements, StatementNames } from './prepared-statements';
import type { DB } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /** Answers when the database takes a query; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as a gzipped tarball (test templates, backups). */
  dumpDataDir?(): Promise<Blob>;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number }
  /** `dataDir` unset keeps the database in memory; `loadDataDir` starts from a dump. */
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

const DATE_OID = 1082;
const INT8_OID = 20;

// Dates stay `YYYY-MM-DD` strings: a JS Date would shift them by the server's time zone.
const keepDate = (value: string) => value;
const int8ToNumber = (value: string) => Number(value);

/** Statement texts run three times become named statements, up to 300 (prepared-statements.ts). */
const namedStatements = { after: 3, most: 300 };

const onlyConnections = new WeakMap<Kysely<DB>, () => number>();

/**
 * For a database this process reaches through its only connection (PGlite: one process, its data
 * folder locked against any other, one connection whose statements run one at a time in the order
 * asked), how many statements it has been asked so far, through any Kysely handle on it: while
 * that number stands still, nothing in the database can have changed. Undefined for PostgreSQL,
 * which other connections and processes change.
 */
export function statementsAskedOf(db: Kysely<DB>): (() => number) | undefined {
  return onlyConnections.get(db);
}

/** Opens PostgreSQL through a `pg` pool, or embedded PGlite, behind the same Kysely interface. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'postgres') return openPostgres(options.url, options.poolSize ?? 10);
  return openPglite(options.dataDir, options.loadDataDir);
}

/**
 * What search's trigram operators measure against: `<%` (word likeness, trigram-indexed) lets
 * a word through from 0.5, so `kar` reaches Katrineholm (pg_trgm's own bar is 0.6).
 */
const searchSetting = 'pg_trgm.word_similarity_threshold=0.5';

/** `pg` is loaded when asked for, like PGlite: an API on PGlite has no use for it. */
async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const { default: pg } = await import('pg');
  pg.types.setTypeParser(DATE_OID, keepDate);
  pg.types.setTypeParser(INT8_OID, int8ToNumber);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // Retiring connections frees the statements they prepared (see prepared-statements.ts).
    maxLifetimeSeconds: 600,
    // A statement may follow another on the wire before its answer: a transaction's `begin`
    // goes out with its first statement (begin-with-first-statement.ts).
    pipeline: true,
    // No JIT: compiling a plan costs tens of milliseconds, more than the directory's queries
    // take to run; enough work_mem that counting a big network's posts sorts in memory. No
    // parallel workers: starting one for a search's small range (Gather Merge over a bitmap
    // scan, 15–27 ms at a million people) costs more than reading the range in index order
    // (under 1 ms), and the API's own connections already keep every core busy. The search
    // setting is for every connection, so a query needs no transaction to set it.
    options: `-c statement_timeout=15000 -c idle_in_transaction_session_timeout=30000 -c jit=off -c work_mem=16MB -c max_parallel_workers_per_gather=0 -c ${searchSetting}`,
  });
  // A client that loses its connection, idle or in the middle of a query, must not take the
  // process down: the query fails (503) and the pool drops the client when it comes back.
  pool.on('error', () => {});
  const names = new StatementNames(namedStatements);
  pool.on('connect', (client) => {
    client.on('error', () => {});
    nameRepeatedStatements(client, names);
    beginWithFirstStatement(client);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

/**
 * PGlite's buffer cache. initdb's 128 MB is set aside in the WebAssembly memory at every start:
 * 32 MB started 0.6 s sooner and kept the API 130 MB smaller, with search as fast at 10k and
 * 100k people (the pages it reads again are in the operating system's cache anyway).
 */
const pgliteSharedBuffers = '32MB';

/**
 * PGlite with the extensions the migrations use. Its modules are loaded here, when asked for:
 * loading them takes 56 MB of memory, which an API on PostgreSQL has no use for.
 */
async function createPglite(options: PGliteOptions) {
  const [{ PGlite }, { pg_trgm }, { unaccent }, { btree_gist }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('@electric-sql/pglite/contrib/unaccent'),
    import('@electric-sql/pglite/contrib/btree_gist'),
  ]);
  return PGlite.create({
    ...options,
    extensions: { pg_trgm, unaccent, btree_gist },
    startParams: [
      ...PGlite.defaultStartParams,
      '-c',
      `shared_buffers=${pgliteSharedBuffers}`,
      '-c',
      searchSetting,
    ],
  });
}

async function openPglite(dataDir?: string, loadDataDir?: Blob | File): Promise<Database> {
  let unlock = () => {};
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }
  const pglite = await createPglite({
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    parsers: { [DATE_OID]: keepDate, [INT8_OID]: int8ToNumber },
  }).catch((error: unknown) => {
    unlock();
    throw error;
  });
  const { pgliteClient } = await import('./pglite-statements');
  const { PGliteDialect } = await import('kysely-pglite-dialect');
  const client = pgliteClient(pglite, new StatementNames(namedStatements));
  // The dialect calls only `query` and `close`, which `client` answers in fewer exchanges.
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client as unknown as PGlite) });
  onlyConnections.set(db, client.statementsAsked);
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await sql`SELECT 1`.execute(db);
    },
    close: async () => {
      await db.destroy();
      unlock();
    },
    dumpDataDir: () => pglite.dumpDataDir('gzip'),
  };
}
