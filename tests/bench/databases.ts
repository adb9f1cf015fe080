import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@nk/db';
import pg from 'pg';
import { runProcess } from './processes';

export type DatabaseKind = 'postgres' | 'pglite';

export const benchPassword = 'bench-password-1';

/** A database made for one scale of one run; `env` starts an API (or the seed CLI) on it. */
export interface BenchDatabase {
  kind: DatabaseKind;
  scale: number;
  env: Record<string, string>;
  /** Seconds the seed CLI took (migrate + demo network + synthetic people). */
  seedSeconds: number;
  /** Drops the PostgreSQL database or deletes the PGlite folder. */
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database on the server at `adminUrl`, or a fresh PGlite folder. */
async function createEmpty(
  kind: DatabaseKind,
  scale: number,
  adminUrl: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), `nk-bench-${scale}-`));
    return {
      env: { DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `nk_bench_${scale}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/** The demo network plus `scale` synthetic people, through `npm run db:seed -- --scale N`. */
export async function prepareDatabase(
  kind: DatabaseKind,
  scale: number,
  adminUrl: string,
): Promise<BenchDatabase> {
  const empty = await createEmpty(kind, scale, adminUrl);
  const env = { ...empty.env, DEMO_PASSWORD: benchPassword };
  const started = performance.now();
  try {
    await runProcess('apps/api/src/cli/seed.ts', ['--scale', String(scale)], env);
  } catch (error) {
    await empty.drop();
    throw error;
  }
  const seedSeconds = (performance.now() - started) / 1000;
  return { kind, scale, env, seedSeconds, drop: empty.drop };
}

/**
 * Audit events written for `entityIds` since `since`. Opened directly, and only once the API
 * has stopped: PGlite takes one process at a time.
 */
export async function countAuditEvents(
  database: BenchDatabase,
  entityIds: string[],
  since: string,
): Promise<number> {
  const opened = database.env.DATABASE_URL
    ? await openDatabase({ kind: 'postgres', url: database.env.DATABASE_URL, poolSize: 1 })
    : await openDatabase({
        kind: 'pglite',
        // Where the API keeps it: `DATA_DIR/pglite`.
        dataDir: path.join(database.env.DATA_DIR as string, 'pglite'),
      });
  try {
    const row = await opened.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('entity_id', 'in', entityIds)
      .where('at', '>=', new Date(since))
      .executeTakeFirstOrThrow();
    return Number(row.count);
  } finally {
    await opened.close();
  }
}
