import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kysely, Migration, MigrationProvider, MigrationResultSet } from 'kysely';
import { Migrator, sql } from 'kysely';
import type { DB } from './schema';

/**
 * Run from the sources (tsx, Vitest), the migrations are `migrations/*.ts`; run from the server
 * bundle `npm run build` makes (apps/api/build.ts), they are compiled beside it in
 * `dist/migrations/*.js`.
 */
const fromSources = import.meta.url.endsWith('.ts');
const migrationsFolder = fileURLToPath(
  new URL(fromSources ? '../../../migrations/' : './migrations/', import.meta.url),
);
const extension = fromSources ? '.ts' : '.js';

/**
 * Lists the migrations and loads one with this module's own `import()` only when Kysely runs
 * it, so whatever runs the app (tsx, or Vitest's module runner) also compiles the migrations,
 * and a start on an up-to-date database loads none of them.
 */
class FolderMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      (await migrationNames()).map((name) => {
        const load = (): Promise<Migration> =>
          import(pathToFileURL(path.join(migrationsFolder, `${name}${extension}`)).href);
        const migration: Migration = {
          up: async (db) => (await load()).up(db),
          down: async (db) => (await load()).down?.(db),
        };
        return [name, migration];
      }),
    );
  }
}

/** Names of the migrations in `migrations/`, oldest first. */
async function migrationNames(): Promise<string[]> {
  return (await readdir(migrationsFolder))
    .filter((f) => /^\d/.test(f) && f.endsWith(extension))
    .sort()
    .map((f) => f.slice(0, -extension.length));
}

/** Names of the migrations applied, in order; empty when none has run. */
export async function appliedMigrations(db: Kysely<DB>): Promise<string[]> {
  const exists = await sql<{ found: boolean }>`
    SELECT to_regclass('kysely_migration') IS NOT NULL AS found
  `.execute(db);
  if (!exists.rows[0]?.found) return [];
  const result = await sql<{ name: string }>`
    SELECT name FROM kysely_migration ORDER BY name COLLATE "C"
  `.execute(db);
  return result.rows.map((r) => r.name);
}

/**
 * True when every migration has run: a short read, where Kysely's migrator would first look the
 * migration tables up in the system catalogue (a fifth of a second on PGlite at each start).
 */
async function isUpToDate(db: Kysely<DB>): Promise<boolean> {
  const applied = new Set(await appliedMigrations(db));
  return (await migrationNames()).every((name) => applied.has(name));
}

/** Brings the schema up to the newest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<DB>): Promise<MigrationResultSet> {
  if (await isUpToDate(db)) return { results: [] };
  const migrator = new Migrator({ db, provider: new FolderMigrationProvider() });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`Migration ${failed ?? '(unknown)'} failed: ${String(result.error)}`, {
      cause: result.error,
    });
  }
  return result;
}
