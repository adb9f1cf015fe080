import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '@nk/db';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrlFor } from '../helpers/postgres-url';
import { startServer } from '../helpers/server-process';
import { testDatabaseKind } from '../helpers/test-database';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nk-start-'));
const databaseName = `nk_start_${process.pid}`;
const migrateDatabases = [`nk_migrate_${process.pid}`, `nk_migrate_broken_${process.pid}`];
const adminUrl = process.env.TEST_DATABASE_URL;

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (testDatabaseKind === 'postgres') {
    for (const name of [databaseName, ...migrateDatabases])
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
});

/** `npm start` with this file's data folder unless told otherwise. */
async function start(env: Record<string, string>) {
  const server = await startServer({ DATA_DIR: dataDir, ...env });
  return { ...server, output: server.output() };
}

async function signIn(port: number, password: string) {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.example', password }),
  });
  return response.status;
}

describe(`npm start on ${testDatabaseKind}`, () => {
  it('seeds an empty database once, prints how to sign in, and reuses it on the next start', async () => {
    const env: Record<string, string> = {};
    if (testDatabaseKind === 'postgres') {
      await admin(`CREATE DATABASE ${databaseName}`);
      env.DATABASE_URL = databaseUrlFor(adminUrl as string, databaseName);
    }
    const first = await start(env);
    try {
      expect(first.output).toContain('admin@demo.example');
      expect(first.output).toContain('redaktor@demo.example');
      expect(first.output).toContain('lasare@demo.example');
      const password = first.output.match(/Password for all three: (\S+)/)?.[1];
      expect(password).toBeTruthy();
      expect(await signIn(first.port, password as string)).toBe(200);
      const ready = await fetch(`http://127.0.0.1:${first.port}/readyz`);
      expect(await ready.json()).toEqual({ status: 'ready', database: testDatabaseKind });
    } finally {
      await first.stop();
    }

    const password = first.output.match(/Password for all three: (\S+)/)?.[1] as string;
    const second = await start(env);
    try {
      // Not seeded again: the same password still works and the organisations are not doubled.
      expect(second.output).toContain(password);
      expect(await signIn(second.port, password)).toBe(200);
      const login = await fetch(`http://127.0.0.1:${second.port}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.example', password }),
      });
      const { token } = (await login.json()) as { token: string };
      const list = await fetch(
        `http://127.0.0.1:${second.port}/api/v1/organisations?kind=municipality`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      );
      expect(((await list.json()) as { items: unknown[] }).items).toHaveLength(9);
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('refuses to start with a readable list of configuration problems', async () => {
    await expect(start({ PORT: 'abc', LOG_LEVEL: 'loud' })).rejects.toThrow(
      /Invalid configuration:[\s\S]*PORT[\s\S]*LOG_LEVEL/,
    );
  });
});

/** `npm run db:migrate` against `env`'s database: its exit code and everything it printed. */
function migrate(env: Record<string, string>): Promise<{ code: number; output: string }> {
  const root = path.resolve(import.meta.dirname, '../..');
  return new Promise((resolve) => {
    execFile(
      path.join(root, 'node_modules/.bin/tsx'),
      ['apps/api/src/cli/migrate.ts'],
      { cwd: root, env: { ...process.env, LOG_LEVEL: 'warn', ...env } },
      (error, stdout, stderr) => {
        const code = error ? Number((error as { code?: number }).code ?? 1) : 0;
        resolve({ code, output: stdout + stderr });
      },
    );
  });
}

/** An empty database for the migrate command, and its environment; `broken` holds a table the
 * first migration wants to create, so that migration fails. */
async function migrateTarget(broken: boolean): Promise<Record<string, string>> {
  if (testDatabaseKind === 'postgres') {
    const name = migrateDatabases[broken ? 1 : 0] as string;
    await admin(`CREATE DATABASE ${name}`);
    const url = databaseUrlFor(adminUrl as string, name);
    if (broken) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('CREATE TABLE organisations (x int)').finally(() => client.end());
    }
    return { DATABASE_URL: url };
  }
  const folder = mkdtempSync(path.join(dataDir, 'migrate-'));
  if (broken) {
    const database = await openDatabase({ kind: 'pglite', dataDir: path.join(folder, 'pglite') });
    await sql`CREATE TABLE organisations (x int)`.execute(database.db);
    await database.close();
  }
  return { DATA_DIR: folder };
}

describe(`npm run db:migrate on ${testDatabaseKind}`, () => {
  it('applies every migration once, then finds nothing to do', async () => {
    const env = await migrateTarget(false);
    const first = await migrate(env);
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/Success: 2026-11-22-0900_directory-schema/);
    const second = await migrate(env);
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain('Already up to date.');
  }, 120_000);

  it('exits with 1 and says why when a migration fails', async () => {
    const failed = await migrate(await migrateTarget(true));
    expect(failed.code, failed.output).toBe(1);
    expect(failed.output).toMatch(/organisations.*already exists/);
  }, 120_000);
});

// The data-folder lock guards embedded PGlite only; PostgreSQL servers have their own.
if (testDatabaseKind === 'pglite') {
  describe('the PGlite data folder', () => {
    it('cannot be opened by a second process while the first runs, and a stale lock is taken over', async () => {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'nk-lock-'));
      try {
        const first = await start({ DATA_DIR: folder });
        try {
          await expect(start({ DATA_DIR: folder })).rejects.toThrow(
            /in use by another process \(pid \d+\)/,
          );
        } finally {
          await first.stop();
        }
        // A lock left behind by a process that died (kill -9) does not block the next start.
        writeFileSync(path.join(folder, 'nk.lock'), '999999');
        const next = await start({ DATA_DIR: folder });
        await next.stop();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }, 120_000);

    it("starts a new folder from the build's template rather than initdb, and the copy is the server's own", async () => {
      const folder = mkdtempSync(path.join(os.tmpdir(), 'nk-template-'));
      const identity = async (options: Parameters<typeof openDatabase>[0]) => {
        const database = await openDatabase(options);
        try {
          const { rows } = await sql<{ id: string }>`
            SELECT system_identifier::text AS id FROM pg_control_system()
          `.execute(database.db);
          return rows[0]?.id;
        } finally {
          await database.close();
        }
      };
      try {
        const server = await start({ DATA_DIR: folder });
        await server.stop();
        // initdb gives every cluster an identifier of its own; a copy keeps the template's.
        const template = new Blob([
          readFileSync(
            path.resolve(import.meta.dirname, '../../apps/api/dist/pglite-template.tar.gz'),
          ),
        ]);
        const dataDir = path.join(folder, 'pglite');
        expect(await identity({ kind: 'pglite', dataDir })).toBe(
          await identity({ kind: 'pglite', loadDataDir: template }),
        );
        // Started again, the folder holds a database and is opened, not copied over (PGlite
        // refuses to load a template into a folder that has one, and the start would fail).
        const again = await start({ DATA_DIR: folder });
        await again.stop();
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
