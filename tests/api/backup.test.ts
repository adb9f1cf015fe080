import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  backupToFile,
  type Database,
  openDatabase,
  restoreFromFile,
  restoreSnapshot,
  SnapshotError,
  writeSnapshot,
} from '@nk/db';
import type { PersonDetail } from '@nk/shared';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/api/src/app';
import { databaseUrlFor } from '../helpers/postgres-url';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { type TestDatabaseKind, testDatabaseKind } from '../helpers/test-database';

const adminUrl = process.env.TEST_DATABASE_URL;

let t: TestApp;
let admin: Record<string, string>;
let original: string;
const folder = mkdtempSync(path.join(os.tmpdir(), 'nk-backup-test-'));

/** A whole snapshot as one string: fine for the demo directory. */
async function snapshotOf(database: Database): Promise<string> {
  let text = '';
  await writeSnapshot(database.db, async (chunk) => {
    text += chunk;
  });
  return text;
}

const linesOf = (snapshot: string) => snapshot.split('\n');

/** A database with nothing in it, not even the schema; `close()` also drops it on PostgreSQL. */
async function createEmptyDatabase(kind: TestDatabaseKind): Promise<Database> {
  if (kind === 'pglite') return openDatabase({ kind: 'pglite' });
  const url = adminUrl as string;
  const name = `nk_restore_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(url, `CREATE DATABASE ${name}`);
  const database = await openDatabase({ kind: 'postgres', url: databaseUrlFor(url, name) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

const comparedRequests = [
  '/api/v1/people?limit=500',
  '/api/v1/people?limit=500&include=archived',
  '/api/v1/organisations?limit=500',
  '/api/v1/search?q=eriksson',
  '/api/v1/search?q=sjoqvist',
];

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  const organisationId = (
    await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', 'Eskilstuna kommun')
      .executeTakeFirstOrThrow()
  ).id;

  // Writes through the API, each with its audit event: a new person, an edit, an archived
  // person and a verification (people.last_verified_by → users closes a foreign-key cycle).
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/people',
    headers: admin,
    payload: {
      givenName: 'Åsa',
      familyName: 'Eriksson-Öhman',
      organisationId,
      title: 'Utvecklingsledare',
      email: 'asa.eriksson-ohman@eskilstuna.example',
      mobile: '070-555 12 34',
      languages: ['sv', 'en'],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const createdId = created.json<PersonDetail>().id;
  const edited = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/people/${createdId}`,
    headers: { ...admin, 'if-match': '"1"' },
    payload: { bio: 'Ansvarar för "Nära vård"\nsedan 2024 – med ⚕ och emoji 🙂.' },
  });
  expect(edited.statusCode, edited.body).toBe(200);
  const verified = await t.app.inject({
    method: 'POST',
    url: `/api/v1/people/${createdId}/verify`,
    headers: admin,
  });
  expect(verified.statusCode, verified.body).toBe(200);
  const archiveTarget = await t.database.db
    .selectFrom('people')
    .select(['id', 'version'])
    .where('email', '=', 'ingrid.svensson@regionsormland.example')
    .executeTakeFirstOrThrow();
  const archived = await t.app.inject({
    method: 'DELETE',
    url: `/api/v1/people/${archiveTarget.id}`,
    headers: { ...admin, 'if-match': `"${archiveTarget.version}"` },
  });
  expect(archived.statusCode, archived.body).toBeLessThan(300);

  original = await snapshotOf(t.database);
});

afterAll(async () => {
  await t.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('backup', () => {
  it('writes a versioned snapshot: migrations, then every table in primary-key order', async () => {
    const lines = linesOf(original);
    const header = JSON.parse(`${(lines[0] as string).slice(0, -',"tables":['.length)}}`);
    expect(header).toMatchObject({ format: 'natverkskatalogen-backup', formatVersion: 1 });
    const migrations = await t.database.db
      .selectFrom('kysely_migration' as never)
      .select(sql<string>`name`.as('name'))
      .orderBy(sql`name`)
      .execute();
    expect(header.migrations).toEqual(migrations.map((m) => m.name));

    const tables = lines.filter((l) => l.startsWith('{"name":'));
    const names = tables.map((l) => JSON.parse(`${l.slice(0, -',"rows":['.length)}}`).name);
    expect(names).toEqual(expect.arrayContaining(['organisations', 'people', 'audit_events']));
    // Foreign-key order: a table comes after those it refers to.
    expect(names.indexOf('organisations')).toBeLessThan(names.indexOf('people'));
    expect(names.indexOf('people')).toBeLessThan(names.indexOf('assignments'));
    expect(names.indexOf('users')).toBeLessThan(names.indexOf('user_scopes'));

    const peopleHeader = JSON.parse(
      `${(tables.find((l) => l.startsWith('{"name":"people"')) as string).slice(0, -9)}}`,
    );
    // Generated columns are left out: the database computes them again.
    expect(peopleHeader.columns).toContain('family_name');
    expect(peopleHeader.columns).not.toContain('search_name');
    expect(peopleHeader.columns).not.toContain('sort_key');
    const peopleCount = await t.database.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(peopleHeader.rowCount).toBe(Number(peopleCount.n));

    const start = lines.indexOf(tables.find((l) => l.startsWith('{"name":"people"')) as string);
    const ids = lines
      .slice(start + 1, start + 1 + peopleHeader.rowCount)
      .map((l) => JSON.parse(l.replace(/,$/, '')).id as string);
    expect(ids).toEqual([...ids].sort());
    expect(lines.at(-2)).toBe(']}');
  });

  it('is the same bytes when taken twice', async () => {
    expect(await snapshotOf(t.database)).toBe(original);
  });

  it('is the same bytes whatever the page size', async () => {
    let text = '';
    await writeSnapshot(
      t.database.db,
      async (chunk) => {
        text += chunk;
      },
      { pageSize: 7 },
    );
    expect(text).toBe(original);
  });

  it('writes the file whole and readable by its owner only', async () => {
    const file = path.join(folder, 'nested', 'snapshot.json');
    const summary = await backupToFile(t.database.db, file);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(summary.bytes).toBe(Buffer.byteLength(original));
    expect(summary.tables.find((s) => s.name === 'people')?.rows).toBeGreaterThan(40);
    const { statSync } = await import('node:fs');
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });
});

const otherKind: TestDatabaseKind = testDatabaseKind === 'pglite' ? 'postgres' : 'pglite';
// PostgreSQL is a target only when the run has one (CI always does).
const targets: { kind: TestDatabaseKind }[] = [
  { kind: testDatabaseKind },
  { kind: otherKind },
].filter(({ kind }) => kind === 'pglite' || Boolean(adminUrl));

describe.each(targets)('restore into an empty $kind database', ({ kind }) => {
  let target: Database | undefined;
  afterAll(async () => {
    await target?.close();
  });

  it('gives back the same snapshot, byte for byte', async () => {
    target = await createEmptyDatabase(kind);
    const file = path.join(folder, `from-${testDatabaseKind}-to-${kind}.json`);
    await backupToFile(t.database.db, file);
    const summary = await restoreFromFile(target.db, file);
    expect(summary.tables.find((s) => s.name === 'audit_events')?.rows).toBeGreaterThan(3);
    expect(await snapshotOf(target)).toBe(original);
  }, 120_000);

  it('answers the API the same as the original', async () => {
    if (!target) throw new Error('the restore above did not run');
    const restored = await buildApp({
      database: target,
      jwtSecret: randomBytes(32).toString('hex'),
      loginRateLimit: 1000,
    });
    try {
      const login = await restored.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: demoUsers.admin, password: t.demoPassword },
      });
      expect(login.statusCode, login.body).toBe(200);
      const restoredAdmin = bearer(login.json<{ token: string }>().token);
      for (const url of comparedRequests) {
        const before = await t.app.inject({ url, headers: admin });
        const after = await restored.inject({ url, headers: restoredAdmin });
        expect(before.statusCode, url).toBe(200);
        expect(after.statusCode, url).toBe(200);
        expect(after.body, url).toBe(before.body);
      }

      // The audit log goes on where it stopped: the identity sequence was moved past the rows.
      const lastSeq = async () =>
        Number(
          (
            await target?.db
              .selectFrom('audit_events')
              .select((eb) => eb.fn.max('seq').as('seq'))
              .executeTakeFirstOrThrow()
          )?.seq,
        );
      const seqBefore = await lastSeq();
      const someone = await target.db
        .selectFrom('people')
        .select(['id', 'version'])
        .where('archived_at', 'is', null)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const edit = await restored.inject({
        method: 'PATCH',
        url: `/api/v1/people/${someone.id}`,
        headers: { ...restoredAdmin, 'if-match': `"${someone.version}"` },
        payload: { title: 'Samordnare efter återställning' },
      });
      expect(edit.statusCode, edit.body).toBe(200);
      expect(await lastSeq()).toBe(seqBefore + 1);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it('keeps the search vocabulary in step with the people', async () => {
    if (!target) throw new Error('the restore above did not run');
    const missing = await sql<{ word: string }>`
      SELECT DISTINCT w AS word
      FROM people, regexp_split_to_table(people.search_name, '[ -]+') AS w
      WHERE length(w) >= 2 AND w NOT IN (SELECT word FROM search_words)
    `.execute(target.db);
    expect(missing.rows).toEqual([]);
    const words = await target.db.selectFrom('search_words').select('word').execute();
    expect(words.map((w) => w.word)).toEqual(expect.arrayContaining(['eriksson', 'ohman', 'asa']));
  });
});

describe('restore refuses', () => {
  let empty: Database;
  beforeAll(async () => {
    empty = await openDatabase({ kind: 'pglite' });
  });
  afterAll(() => empty.close());

  const hasSchema = async (database: Database) =>
    (
      await sql<{ found: boolean }>`SELECT to_regclass('people') IS NOT NULL AS found`.execute(
        database.db,
      )
    ).rows[0]?.found;

  it('a database that already holds directory data, and leaves it as it was', async () => {
    await expect(restoreSnapshot(t.database.db, linesOf(original))).rejects.toThrow(
      /already holds directory data.*Restore only into an empty database/,
    );
    expect(await snapshotOf(t.database)).toBe(original);
  });

  it('a snapshot of another format version, before touching the database', async () => {
    const newer = original.replace('"formatVersion":1,', '"formatVersion":2,');
    const attempt = restoreSnapshot(empty.db, linesOf(newer));
    await expect(attempt).rejects.toBeInstanceOf(SnapshotError);
    await expect(restoreSnapshot(empty.db, linesOf(newer))).rejects.toThrow(
      'This backup has format version 2, but this version of Nätverkskatalogen reads format ' +
        'version 1 only.',
    );
    expect(await hasSchema(empty)).toBe(false);
  });

  it('a file that is not a snapshot', async () => {
    await expect(restoreSnapshot(empty.db, ['{"people": []}'])).rejects.toThrow(
      /not a Nätverkskatalogen backup/,
    );
    await expect(restoreSnapshot(empty.db, [])).rejects.toThrow(/not a Nätverkskatalogen backup/);
  });

  it('a snapshot taken at other migrations', async () => {
    const lines = linesOf(original);
    const header = lines[0] as string;
    const migrations = JSON.parse(`${header.slice(0, -',"tables":['.length)}}`)
      .migrations as string[];
    const older = header.replace(`,"${migrations.at(-1)}"`, '');
    await expect(restoreSnapshot(empty.db, [older, ...lines.slice(1)])).rejects.toThrow(
      `The backup was taken before migration ${migrations.at(-1)} and this database has it.`,
    );
    const newer = header.replace('"],"tables"', '","2099-01-01-0000_from-the-future"],"tables"');
    await expect(restoreSnapshot(empty.db, [newer, ...lines.slice(1)])).rejects.toThrow(
      /newer version of Nätverkskatalogen: migration 2099-01-01-0000_from-the-future is unknown/,
    );
  });

  it('a damaged snapshot, and rolls back so the database stays empty', async () => {
    const lines = linesOf(original);
    const cut = lines.slice(0, Math.floor(lines.length * 0.8));
    await expect(restoreSnapshot(empty.db, cut)).rejects.toThrow(/ends too early/);
    const firstPerson = lines.findIndex((l) => l.startsWith('{"name":"people"')) + 1;
    const withoutARow = lines.filter((_, i) => i !== firstPerson);
    await expect(restoreSnapshot(empty.db, withoutARow)).rejects.toThrow(
      /should hold \d+ rows but holds \d+/,
    );
    const people = await empty.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(people.n)).toBe(0);

    // Nothing was left behind: the same database then takes the whole snapshot, in small pages.
    await restoreSnapshot(empty.db, lines, { pageSize: 7 });
    expect(await snapshotOf(empty)).toBe(original);
  });
});

// Last: it changes the original database.
if (testDatabaseKind === 'postgres') {
  describe('backup while the API writes', () => {
    it('holds the directory as it was when the backup began', async () => {
      const someone = await t.database.db
        .selectFrom('people')
        .select(['id', 'version'])
        .where('archived_at', 'is', null)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      let text = '';
      let edited = false;
      await writeSnapshot(t.database.db, async (chunk) => {
        if (!edited) {
          edited = true;
          // Another connection commits an edit (and its audit event) once the backup has begun.
          const edit = await t.app.inject({
            method: 'PATCH',
            url: `/api/v1/people/${someone.id}`,
            headers: { ...admin, 'if-match': `"${someone.version}"` },
            payload: { title: 'Ändrad under säkerhetskopieringen' },
          });
          expect(edit.statusCode, edit.body).toBe(200);
        }
        text += chunk;
      });
      expect(edited).toBe(true);
      expect(text).toBe(original);
      expect(await snapshotOf(t.database)).not.toBe(original);
    });
  });
}
