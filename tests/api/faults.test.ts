import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { databaseUrlFor } from '../helpers/postgres-url';
import { type ServerProcess, startServer } from '../helpers/server-process';
import { testDatabaseKind } from '../helpers/test-database';

/**
 * Faults a real server process must survive. PostgreSQL: its database closed to connections and
 * every backend killed (a restart as this database sees it, without stopping the server other
 * test files use) while autocannon keeps it loaded. PGlite: kill -9 in the middle of writes.
 * In both, no accepted edit exists without its audit event.
 */

const password = 'ett fel i taget, tack';
const jwtSecret = 'f'.repeat(64);
const adminUrl = process.env.TEST_DATABASE_URL as string;
const databaseName = `nk_faults_${process.pid}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nk-faults-'));

async function admin(text: string, url = adminUrl) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  rmSync(dataDir, { recursive: true, force: true });
  if (testDatabaseKind === 'postgres') {
    await admin(`DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
  }
});

const base = (server: ServerProcess) => `http://127.0.0.1:${server.port}`;

async function signIn(server: ServerProcess): Promise<Record<string, string>> {
  const response = await fetch(`${base(server)}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.example', password }),
  });
  expect(response.status).toBe(200);
  return { authorization: `Bearer ${(await response.json()).token}` };
}

/**
 * Edits one person over and over with If-Match, as a steward's browser would, and counts the
 * edits the server accepted. Failures (503 during an outage) are retried after a fresh read.
 */
function editLoop(server: ServerProcess, headers: Record<string, string>, personId: string) {
  let running = true;
  const seen = { accepted: 0, unavailable: 0, other: [] as number[] };
  const done = (async () => {
    while (running) {
      try {
        const read = await fetch(`${base(server)}/api/v1/people/${personId}`, { headers });
        if (read.status !== 200) {
          if (read.status === 503) seen.unavailable++;
          else seen.other.push(read.status);
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        const etag = read.headers.get('etag') as string;
        const write = await fetch(`${base(server)}/api/v1/people/${personId}`, {
          method: 'PATCH',
          headers: { ...headers, 'content-type': 'application/json', 'if-match': etag },
          body: JSON.stringify({ title: `Version efter ${etag}` }),
        });
        if (write.status === 200) seen.accepted++;
        else if (write.status === 503) seen.unavailable++;
        else if (write.status !== 412) seen.other.push(write.status);
      } catch {
        // The process died under us (the PGlite crash): stop quietly.
        return;
      }
    }
  })();
  return {
    seen,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

/** Every accepted edit of the person left exactly one audit event: versions = events + 1. */
async function assertEveryEditAudited(server: ServerProcess, personId: string) {
  const headers = await signIn(server);
  const person = await (
    await fetch(`${base(server)}/api/v1/people/${personId}`, { headers })
  ).json();
  // Every page of them: a fast machine makes more edits under load than one page holds.
  let updates = 0;
  let cursor: string | null = null;
  do {
    const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = (await (
      await fetch(
        `${base(server)}/api/v1/audit?entityId=${personId}&action=person.updated&limit=500${after}`,
        { headers },
      )
    ).json()) as { items: { action: string }[]; nextCursor: string | null };
    updates += page.items.filter((e) => e.action === 'person.updated').length;
    cursor = page.nextCursor;
  } while (cursor);
  expect(updates).toBe(person.version - 1);
  return person.version as number;
}

async function firstPersonId(server: ServerProcess, headers: Record<string, string>) {
  const list = await fetch(`${base(server)}/api/v1/people?limit=1`, { headers });
  return (await list.json()).items[0].id as string;
}

describe(`faults on ${testDatabaseKind}`, () => {
  if (testDatabaseKind === 'postgres') {
    it('survives its database closing and its connections being killed under load, answers 503 fast meanwhile, and recovers by itself', async () => {
      await admin(`CREATE DATABASE ${databaseName}`);
      const url = databaseUrlFor(adminUrl, databaseName);
      const server = await startServer({
        DATABASE_URL: url,
        DEMO_PASSWORD: password,
        JWT_SECRET: jwtSecret,
      });
      try {
        const headers = await signIn(server);
        const personId = await firstPersonId(server, headers);
        const edits = editLoop(server, headers, personId);
        const statuses = new Map<number, number>();
        const load = new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            { url: `${base(server)}/api/v1/people?limit=5`, headers, connections: 8, duration: 14 },
            (error, result) => (error ? reject(error) : resolve(result)),
          );
          instance.on('response', (_client, status) => {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
          });
        });

        await new Promise((resolve) => setTimeout(resolve, 3_000));
        // The outage: no new connections, and every existing one killed.
        await admin(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS false`);
        await admin(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}'`,
        );
        const askedAt = Date.now();
        const ready = await fetch(`${base(server)}/readyz`);
        expect(ready.status).toBe(503);
        expect(ready.headers.get('content-type')).toMatch(/application\/problem\+json/);
        const during = await fetch(`${base(server)}/api/v1/people?limit=1`, { headers });
        expect(during.status).toBe(503);
        expect((await during.json()).code).toBe('DATABASE_UNAVAILABLE');
        const failFast = Date.now() - askedAt;
        expect(failFast).toBeLessThan(3_000);

        await new Promise((resolve) => setTimeout(resolve, 2_000));
        await admin(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`);
        const backAt = Date.now();
        let recovered = 0;
        while (Date.now() - backAt < 10_000) {
          const probe = await fetch(`${base(server)}/api/v1/people?limit=1`, { headers });
          if (probe.status === 200) {
            recovered = Date.now() - backAt;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        expect(recovered).toBeGreaterThan(0);
        expect(recovered).toBeLessThan(5_000);

        // Killing the backends again, without closing the database, costs nothing visible.
        await admin(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${databaseName}'`,
        );
        const result = await load;
        await edits.stop();

        expect(server.child.exitCode).toBeNull();
        const unexpected = [...statuses].filter(([status]) => status !== 200 && status !== 503);
        expect(unexpected).toEqual([]);
        expect(edits.seen.other).toEqual([]);
        expect(edits.seen.accepted).toBeGreaterThan(0);
        expect(statuses.get(200) ?? 0).toBeGreaterThan(100);
        const version = await assertEveryEditAudited(server, personId);
        expect(version).toBeGreaterThanOrEqual(edits.seen.accepted + 1);
        console.log(
          `faults on postgres: ${result.requests.total} requests under load, ${statuses.get(503) ?? 0} answered 503 during the outage, fail-fast ${failFast} ms, first 200 ${recovered} ms after the database came back; ${edits.seen.accepted} edits accepted, all audited`,
        );
      } finally {
        await admin(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`).catch(() => {});
        await server.stop();
      }
    }, 120_000);
  } else {
    it('starts again after kill -9 in the middle of writes, with every accepted edit audited', async () => {
      const env = { DATA_DIR: dataDir, DEMO_PASSWORD: password, JWT_SECRET: jwtSecret };
      const first = await startServer(env);
      const headers = await signIn(first);
      const personId = await firstPersonId(first, headers);
      const edits = editLoop(first, headers, personId);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await first.kill();
      await edits.stop();
      expect(edits.seen.accepted).toBeGreaterThan(0);

      const second = await startServer(env);
      try {
        const ready = await fetch(`${base(second)}/readyz`);
        expect(ready.status).toBe(200);
        // Acknowledged edits survived the crash, and none of them lost its audit event.
        const version = await assertEveryEditAudited(second, personId);
        expect(version).toBeGreaterThanOrEqual(edits.seen.accepted + 1);
        console.log(
          `faults on pglite: killed after ${edits.seen.accepted} accepted edits; restarted with version ${version} and as many audit events`,
        );
      } finally {
        await second.stop();
      }
    }, 120_000);
  }
});
