import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrlFor } from '../helpers/postgres-url';
import { startServer } from '../helpers/server-process';
import { testDatabaseKind } from '../helpers/test-database';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nk-start-'));
const databaseName = `nk_start_${process.pid}`;
const adminUrl = process.env.TEST_DATABASE_URL;

async function admin(text: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(text).finally(() => client.end());
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (testDatabaseKind === 'postgres')
    await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
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
  });
}
