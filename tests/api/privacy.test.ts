import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { DB } from '@nk/db';
import type { ErasureResult, PostDetail, RegisterExtract } from '@nk/shared';
import Fastify from 'fastify';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymiseExpired, scheduleRetention } from '../../apps/api/src/features/privacy/retention';
import { phonePattern, scrubberFor } from '../../apps/api/src/features/privacy/scrub';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { testDatabaseKind } from '../helpers/test-database';

/*
 * GDPR (DESIGN §3.7): the register extract, erasure down to a scan of a dump of the whole
 * database, and the retention rule.
 */

type Headers = Record<string, string>;

let t: TestApp;
let admin: Headers;
let editor: Headers;
let viewer: Headers;
let elin: string;
let elinUserId: string;
let elinPost: string;
let kullbergska: string;

/** What the seed stores about Elin Sjöqvist (lasare), and must be gone after erasure. */
const elinData = {
  names: ['Elin Sjöqvist', 'Sjöqvist', 'sjoqvist', 'SJÖQVIST'],
  email: 'elin.sjoqvist@regionsormland.example',
  phones: ['0150-56 20 14', '0150562014', '070-174 06 17', '0701740617', '+46701740617'],
  account: 'lasare@demo.example',
};

const idOf = async (table: 'people' | 'organisations', column: string, value: string) =>
  (
    await t.database.db
      .selectFrom(table)
      .select('id')
      .where(column as 'id', '=', value)
      .executeTakeFirstOrThrow()
  ).id;

async function call(
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Headers,
  payload?: object | string,
) {
  return t.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
}

async function ok<T>(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  const headers = method === 'PATCH' ? { ...admin, 'if-match': await etagOf(url) } : admin;
  const response = await call(method, url, headers, payload);
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBeLessThan(300);
  return response.json<T>();
}

async function etagOf(url: string): Promise<string> {
  return String((await call('GET', url, admin)).headers.etag);
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  elin = await idOf('people', 'email', elinData.email);
  kullbergska = await idOf('organisations', 'name', 'Kullbergska sjukhuset');
  elinUserId = (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', elinData.account)
      .executeTakeFirstOrThrow()
  ).id;
  elinPost = (
    await t.database.db
      .selectFrom('assignments')
      .select('post_id')
      .where('person_id', '=', elin)
      .executeTakeFirstOrThrow()
  ).post_id;

  // Traces of Elin beyond her own row: a change with before/after snapshots, suggestions by her
  // and about her (naming her and her number), an export and a CSV import preview naming her.
  await ok('PATCH', `/api/v1/people/${elin}`, { title: 'Sjuksköterska, koordinator' });
  const post = await ok<{ id: string }>('GET', `/api/v1/posts/${elinPost}`);
  const made = await call('POST', '/api/v1/suggestions', viewer, {
    targetType: 'post',
    targetId: post.id,
    message: 'Funktionsnumret går till växeln. /Elin Sjöqvist, 070-174 06 17',
  });
  expect(made.statusCode, made.body).toBe(201);
  await ok('POST', '/api/v1/suggestions', {
    targetType: 'person',
    targetId: elin,
    field: 'mobile',
    message: 'Sjöqvist, Elin har bytt mobil; gamla 0701740617 går inte fram.',
  });
  expect((await call('GET', `/api/v1/people/${elin}/vcard`, admin)).statusCode).toBe(200);
  const preview = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports?organisation=${kullbergska}`,
    headers: { ...admin, 'content-type': 'text/csv' },
    payload: `givenName,familyName,email,title,mobile\nElin,Sjöqvist,${elinData.email},Koordinator,070-174 06 17\n`,
  });
  expect(preview.statusCode, preview.body).toBe(201);
});
afterAll(() => t?.close());

describe('GET /me/export (register extract)', () => {
  it('refuses anonymous callers', async () => {
    expectProblem(await call('GET', '/api/v1/me/export', {}), 401, 'NOT_SIGNED_IN');
  });

  it('gives the signed-in user everything stored about them, as a download', async () => {
    const response = await call('GET', '/api/v1/me/export', viewer);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="registerutdrag-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.body).not.toMatch(/password_?hash|token_?(hash|version)|\$argon|\$scrypt/i);

    const extract = response.json<RegisterExtract>();
    expect(extract.account).toMatchObject({
      id: elinUserId,
      email: elinData.account,
      role: 'viewer',
      personId: elin,
    });
    // Her own entry with every number, whatever the visibility rules show others.
    expect(extract.person).toMatchObject({
      id: elin,
      givenName: 'Elin',
      familyName: 'Sjöqvist',
      email: elinData.email,
      phone: '0150-56 20 14',
      mobile: '070-174 06 17',
      title: 'Sjuksköterska, koordinator',
    });
    expect(extract.assignments).toEqual([
      expect.objectContaining({
        validFrom: '2023-02-01',
        validTo: null,
        kind: 'holder',
        post: expect.objectContaining({ id: elinPost }),
        role: expect.objectContaining({ key: 'sjukhuskoordinator' }),
        organisation: expect.objectContaining({ id: kullbergska }),
      }),
    ]);
    expect(extract.topics.map((topic) => topic.key)).toEqual(['delaktighet-och-personcentrering']);
    expect(extract.suggestionsMade).toEqual([
      expect.objectContaining({ targetType: 'post', targetId: elinPost, createdBy: elinUserId }),
    ]);
    expect(extract.suggestionsAbout).toEqual([
      expect.objectContaining({ targetType: 'person', targetId: elin, field: 'mobile' }),
    ]);
    const actions = extract.auditEvents.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['person.updated', 'suggestion.created', 'auth.login']),
    );
    const update = extract.auditEvents.find((e) => e.action === 'person.updated');
    expect(update).toMatchObject({ entityId: elin, before: { title: expect.any(String) } });
    expect(extract.importRows).toEqual([
      expect.objectContaining({ action: 'change', line: expect.any(Number) }),
    ]);
  });

  it('writes who downloaded the extract to the audit log', async () => {
    const before = await countEvents('gdpr.extract');
    expect((await call('GET', '/api/v1/me/export', viewer)).statusCode).toBe(200);
    expect(await countEvents('gdpr.extract')).toBe(before + 1);
    const event = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'entity_type', 'entity_id'])
      .where('action', '=', 'gdpr.extract')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ actor_id: elinUserId, entity_type: 'person', entity_id: elin });
  });

  it('gives a user without a person entry their account and their own actions', async () => {
    const response = await call('GET', '/api/v1/me/export', admin);
    expect(response.statusCode).toBe(200);
    const extract = response.json<RegisterExtract>();
    expect(extract.person).toBeNull();
    expect(extract.assignments).toEqual([]);
    expect(extract.account.email).toBe(demoUsers.admin);
    expect(extract.auditEvents.length).toBeGreaterThan(0);
  });
});

describe('POST /people/:id/erase', () => {
  const erase = (id: string, headers: Headers) =>
    call('POST', `/api/v1/people/${id}/erase`, headers);

  it('is for administrators only', async () => {
    const ifMatch = { 'if-match': await etagOf(`/api/v1/people/${elin}`) };
    expectProblem(await erase(elin, {}), 401, 'NOT_SIGNED_IN');
    expectProblem(await erase(elin, { ...editor, ...ifMatch }), 403, 'FORBIDDEN');
    expectProblem(await erase(elin, { ...viewer, ...ifMatch }), 403, 'FORBIDDEN');
  });

  it('answers 404 for an unknown person, 428 without If-Match and 412 on a stale one', async () => {
    expectProblem(
      await erase('00000000-0000-4000-8000-000000000000', { ...admin, 'if-match': '"1"' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await erase(elin, admin), 428, 'PRECONDITION_REQUIRED');
    expectProblem(await erase(elin, { ...admin, 'if-match': '"999"' }), 412, 'PRECONDITION_FAILED');
  });

  describe('erasing Elin Sjöqvist', () => {
    let result: ErasureResult;
    let timelineBefore: PostDetail['timeline'];

    beforeAll(async () => {
      timelineBefore = (await ok<PostDetail>('GET', `/api/v1/posts/${elinPost}`)).timeline;
      const auditBefore = await countEvents('person.erased');
      const response = await erase(elin, {
        ...admin,
        'if-match': await etagOf(`/api/v1/people/${elin}`),
      });
      expect(response.statusCode, response.body).toBe(200);
      result = response.json<ErasureResult>();
      expect(await countEvents('person.erased')).toBe(auditBefore + 1);
    });

    it('shows a pseudonym with every other personal field cleared', async () => {
      expect(result).toMatchObject({
        personId: elin,
        givenName: 'Borttagen',
        familyName: expect.stringMatching(/^person [0-9A-F]{4}$/),
        userId: elinUserId,
        assignmentsKept: 1,
      });
      expect(result.rewritten.auditEvents).toBeGreaterThan(0);
      expect(result.rewritten.suggestions).toBe(2);
      expect(result.rewritten.importRows).toBeGreaterThan(0);
      const person = await ok<Record<string, unknown>>('GET', `/api/v1/people/${elin}`);
      expect(person).toMatchObject({
        givenName: 'Borttagen',
        familyName: result.familyName,
        email: null,
        phone: null,
        mobile: null,
        title: null,
        bio: null,
        hsaId: null,
        languages: [],
        topicIds: [],
        protected: false,
      });
    });

    it("keeps the post's history: a pseudonymous holder with the same dates", async () => {
      const detail = await ok<PostDetail>('GET', `/api/v1/posts/${elinPost}`);
      expect(detail.timeline.length).toBe(timelineBefore.length);
      const held = detail.timeline.find((entry) => entry.person.id === elin);
      const was = timelineBefore.find((entry) => entry.person.id === elin);
      expect(held).toMatchObject({
        validFrom: was?.validFrom,
        validTo: was?.validTo ?? null,
        kind: was?.kind,
      });
      expect(held?.person).toMatchObject({ givenName: 'Borttagen', familyName: result.familyName });
      expect(JSON.stringify(detail)).not.toMatch(/sj[öo]qvist/i);
    });

    it('removes the old name from search and its vocabulary', async () => {
      for (const q of ['Sjöqvist', 'sjoqvist', 'Elin Sjöqvist', '070-174 06 17']) {
        const response = await call('GET', `/api/v1/search?q=${encodeURIComponent(q)}`, admin);
        expect(response.statusCode).toBe(200);
        const ids = response.json<{ items: { id: string }[] }>().items.map((hit) => hit.id);
        expect(ids, q).not.toContain(elin);
        expect(JSON.stringify(response.json<{ items: unknown[] }>().items)).not.toMatch(
          /sj[öo]qvist/i,
        );
      }
      const words = await t.database.db
        .selectFrom('search_words')
        .select('word')
        .where('word', '=', 'sjoqvist')
        .execute();
      expect(words).toEqual([]);
    });

    it('rewrites the audit snapshots that named her', async () => {
      const response = await call('GET', `/api/v1/audit?entity=${elin}&limit=500`, admin);
      expect(response.statusCode).toBe(200);
      expectFreeOfElin(response.body);
      const erased = response
        .json<{ items: { action: string; after: unknown }[] }>()
        .items.find((e) => e.action === 'person.erased');
      expect(erased?.after).toMatchObject({ personId: elin, reason: 'request' });
    });

    it('detaches and disables her user account', async () => {
      const user = await t.database.db
        .selectFrom('users')
        .select(['person_id', 'email', 'disabled_at', 'password_hash'])
        .where('id', '=', elinUserId)
        .executeTakeFirstOrThrow();
      expect(user.person_id).toBeNull();
      expect(user.password_hash).toBeNull();
      expect(user.disabled_at).not.toBeNull();
      expect(user.email).toMatch(/@erased\.invalid$/);
      // Her tokens are revoked (the sign-in check reuses a user row for at most 2 s).
      await new Promise((resolve) => setTimeout(resolve, 2100));
      expectProblem(await call('GET', '/api/v1/me', viewer), 401, 'TOKEN_INVALID');
    });

    it('answers 409 the second time', async () => {
      expectProblem(
        await erase(elin, { ...admin, 'if-match': await etagOf(`/api/v1/people/${elin}`) }),
        409,
        'CONFLICT',
      );
    });

    it('leaves neither her name, e-mail nor numbers anywhere in a dump of the database', async () => {
      const dump = await dumpDatabase();
      expect(dump.length).toBeGreaterThan(10_000);
      // The dump does hold the rest of the directory, and the pseudonym.
      expect(dump).toContain('Lindström');
      expect(dump).toContain(result.familyName);
      expectFreeOfElin(dump);
    });
  });
});

describe('after erasure', () => {
  it('refuses edits of the pseudonym and leaves nothing personal in a merge it took part in', async () => {
    const organisationId = await idOf('organisations', 'name', 'Eskilstuna kommun');
    const survivor = await ok<{ id: string }>('POST', '/api/v1/people', {
      givenName: 'Gunborg',
      familyName: 'Sammanslagen',
      email: 'gunborg.sammanslagen@eskilstuna.example',
      organisationId,
    });
    const duplicate = await ok<{ id: string }>('POST', '/api/v1/people', {
      givenName: 'Gunborg',
      familyName: 'Samanslagen',
      phone: '016-719 19 19',
      organisationId,
    });
    const merged = await call(
      'POST',
      `/api/v1/people/${survivor.id}/merge`,
      { ...admin, 'if-match': await etagOf(`/api/v1/people/${survivor.id}`) },
      { duplicateId: duplicate.id },
    );
    expect(merged.statusCode, merged.body).toBe(201);
    for (const id of [survivor.id, duplicate.id]) {
      const erased = await call('POST', `/api/v1/people/${id}/erase`, {
        ...admin,
        'if-match': await etagOf(`/api/v1/people/${id}`),
      });
      expect(erased.statusCode, erased.body).toBe(200);
    }
    const merges = await t.database.db
      .selectFrom('person_merges')
      .select(['survivor_before', 'merged_before'])
      .where('survivor_id', '=', survivor.id)
      .execute();
    expect(merges).toHaveLength(1);
    const text = JSON.stringify(merges);
    for (const needle of [
      'Gunborg',
      'Sammanslagen',
      'Samanslagen',
      'gunborg.sammanslagen',
      '719 19 19',
    ]) {
      expect(text).not.toContain(needle);
    }
    const patched = await call(
      'PATCH',
      `/api/v1/people/${survivor.id}`,
      { ...admin, 'if-match': await etagOf(`/api/v1/people/${survivor.id}`) },
      { givenName: 'Gunborg' },
    );
    expect(patched.statusCode).toBe(422);
    const undone = await call('POST', `/api/v1/merges/${merged.json().id}/undo`, admin);
    expect(undone.statusCode).toBe(422);
  });
});

describe('retention', () => {
  const today = '2026-12-15';
  let expired: string;
  let recent: string;
  let current: string;

  const familyNames = ['Tjugofem', 'Tjugotre', 'Pågående'];

  async function personWithPost(name: string, assignments: [string, string | null][]) {
    const unit = await ok<{ id: string }>('POST', '/api/v1/organisations', {
      name: `Retentionsenhet ${familyNames.indexOf(name) + 1}`,
      kind: 'unit',
      parentId: kullbergska,
    });
    const role = await t.database.db
      .selectFrom('roles')
      .select('id')
      .where('key', '=', 'projektledare')
      .executeTakeFirstOrThrow();
    const person = await ok<{ id: string }>('POST', '/api/v1/people', {
      givenName: 'Retention',
      familyName: name,
      organisationId: unit.id,
      email: `retention.${familyNames.indexOf(name)}@kullbergska.example`,
      mobile: '070-999 00 11',
    });
    for (const [validFrom, validTo] of assignments) {
      const post = await ok<{ id: string }>('POST', '/api/v1/posts', {
        roleId: role.id,
        organisationId: unit.id,
      });
      await ok('POST', '/api/v1/assignments', {
        postId: post.id,
        personId: person.id,
        validFrom,
        ...(validTo ? { validTo } : {}),
      });
    }
    return person.id;
  }

  beforeAll(async () => {
    expired = await personWithPost('Tjugofem', [
      ['2019-01-01', '2022-06-30'],
      ['2022-07-01', '2024-11-14'],
    ]);
    recent = await personWithPost('Tjugotre', [['2020-01-01', '2025-01-16']]);
    current = await personWithPost('Pågående', [
      ['2018-01-01', '2020-12-31'],
      ['2021-01-01', null],
    ]);
  });

  it('anonymises people whose last assignment ended more than the period ago, only them', async () => {
    const result = await anonymiseExpired(t.database.db as Kysely<DB>, { months: 24, today });
    expect(result.cutoff).toBe('2024-12-15');
    expect(result.erased).toContain(expired);
    expect(result.erased).not.toContain(recent);
    expect(result.erased).not.toContain(current);

    const people = await t.database.db
      .selectFrom('people')
      .select(['id', 'given_name', 'family_name', 'email', 'mobile', 'erased_at'])
      .where('id', 'in', [expired, recent, current])
      .execute();
    const byId = new Map(people.map((p) => [p.id, p]));
    expect(byId.get(expired)).toMatchObject({ given_name: 'Borttagen', email: null, mobile: null });
    expect(byId.get(expired)?.erased_at).not.toBeNull();
    expect(byId.get(recent)).toMatchObject({ family_name: 'Tjugotre', erased_at: null });
    expect(byId.get(current)).toMatchObject({ family_name: 'Pågående', erased_at: null });

    // The history stays: both assignments, same dates.
    const kept = await t.database.db
      .selectFrom('assignments')
      .select(['valid_from', 'valid_to'])
      .where('person_id', '=', expired)
      .orderBy('valid_from')
      .execute();
    expect(kept).toEqual([
      { valid_from: '2019-01-01', valid_to: '2022-06-30' },
      { valid_from: '2022-07-01', valid_to: '2024-11-14' },
    ]);
    const event = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'after'])
      .where('action', '=', 'person.erased')
      .where('entity_id', '=', expired)
      .executeTakeFirstOrThrow();
    expect(event.actor_id).toBeNull();
    expect(event.after).toMatchObject({ reason: 'retention' });
    expect(JSON.stringify(await dumpDatabase())).not.toContain('Tjugofem');
  });

  it('does nothing the second time', async () => {
    const again = await anonymiseExpired(t.database.db as Kysely<DB>, { months: 24, today });
    expect(again.erased).toEqual([]);
  });

  it('refuses a period that is not a whole number of months', async () => {
    await expect(
      anonymiseExpired(t.database.db as Kysely<DB>, { months: 0, today }),
    ).rejects.toThrow(RangeError);
  });

  it('runs as a daily job whose timers stop with the app', async () => {
    const app = Fastify();
    app.decorate('db', t.database.db);
    scheduleRetention(app, { months: 1200, firstRunAfterMs: 1 });
    await app.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await app.close();
  });
});

describe('scrubbing snapshots', () => {
  const personId = '7f3a1c2e-0000-4000-8000-000000000001';
  const scrub = scrubberFor(
    {
      personId,
      userId: null,
      givenName: 'Åsa',
      familyName: 'Berg',
      email: 'asa.berg@flen.example',
      phone: '0157-43 00 12',
      mobile: null,
      hsaId: null,
      userEmail: null,
      userDisplayName: null,
    },
    { pseudonym: { givenName: 'Borttagen', familyName: 'person 7F3A' }, userEmail: '' },
  );

  it('pseudonymises the person wherever an object is them, and keeps everyone else', () => {
    const snapshot = {
      id: 'post-1',
      holders: [
        { id: personId, givenName: 'Åsa', familyName: 'Berg', phone: '0157-43 00 12' },
        { id: 'someone-else', givenName: 'Åsa', familyName: 'Lind', phone: '0157-43 00 99' },
      ],
      organisation: { id: 'org', name: 'Flens kommun' },
      note: 'Ring Åsa Berg på 0157430012 eller asa.berg@flen.example',
    };
    expect(scrub.json(snapshot)).toEqual({
      id: 'post-1',
      holders: [
        { id: personId, givenName: 'Borttagen', familyName: 'person 7F3A', phone: null },
        { id: 'someone-else', givenName: 'Åsa', familyName: 'Lind', phone: '0157-43 00 99' },
      ],
      organisation: { id: 'org', name: 'Flens kommun' },
      note: 'Ring Borttagen person 7F3A på [borttaget] eller [borttaget]',
    });
  });

  it('reads a bare snapshot of an event about the person as theirs, at its top level only', () => {
    const before = { givenName: 'Åsa', phone: { from: '0157-43 00 12', to: null } };
    expect(scrub.json(before, 'root')).toEqual({
      givenName: 'Borttagen',
      phone: { from: null, to: null },
    });
    const merged = { kept: { id: 'other', givenName: 'Åsa', familyName: 'Lind' } };
    expect(scrub.json(merged, 'root')).toEqual(merged);
  });
});

describe('phone patterns', () => {
  it('find a number however it is written, and not inside longer numbers', () => {
    const pattern = new RegExp(phonePattern('070-174 06 17') as string);
    for (const written of [
      '070-174 06 17',
      '0701740617',
      '+46 70 174 06 17',
      '+46 (0)70-1740617',
    ]) {
      expect(written).toMatch(pattern);
    }
    expect('10701740617').not.toMatch(pattern);
    expect('070174061').not.toMatch(pattern);
  });
});

async function countEvents(action: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function expectFreeOfElin(text: string) {
  const lower = text.toLowerCase();
  for (const needle of [...elinData.names, elinData.email, elinData.account, ...elinData.phones]) {
    expect(lower.includes(needle.toLowerCase()), `found "${needle}"`).toBe(false);
  }
}

/**
 * The whole database as text: `pg_dump` on PostgreSQL (when the client is installed), and on
 * both databases every row of every table cast to text.
 */
async function dumpDatabase(): Promise<string> {
  const parts: string[] = [];
  const url = (t.database as { url?: string }).url;
  if (testDatabaseKind === 'postgres' && url) {
    try {
      const { stdout } = await promisify(execFile)('pg_dump', ['--no-owner', url], {
        maxBuffer: 256 * 1024 * 1024,
      });
      expect(stdout).toContain('COPY public.audit_events');
      parts.push(stdout);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  const db = t.database.db as Kysely<DB>;
  const { rows: tables } = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
    ORDER BY table_name`.execute(db);
  expect(tables.map((table) => table.name)).toEqual(
    expect.arrayContaining(['people', 'audit_events', 'users', 'search_words', 'import_rows']),
  );
  for (const { name } of tables) {
    const { rows } = await sql<{ row: string }>`
      SELECT t::text AS row FROM ${sql.table(name)} t`.execute(db);
    parts.push(`-- ${name}\n${rows.map((r) => r.row).join('\n')}`);
  }
  return parts.join('\n');
}
