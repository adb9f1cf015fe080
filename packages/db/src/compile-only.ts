import {
  type Dialect,
  type Driver,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
} from 'kysely';
import type { DB } from './schema';

/**
 * Kysely's PostgreSQL dialect around `driver`. Both databases the API runs on (PostgreSQL through
 * `pg`, PGlite) use this adapter and compiler, so a statement compiled here is the same text as
 * one compiled on either.
 */
export function postgresDialectWith(driver: Driver): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

/** Builds and compiles statements with no database behind it (Kysely's `DummyDriver`). */
export const compileOnly = new Kysely<DB>({ dialect: postgresDialectWith(new DummyDriver()) });
