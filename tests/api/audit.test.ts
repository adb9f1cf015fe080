import type { AuditEvent } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
let adminId: string;
let editorId: string;
let eskilstunaId: string;
let counter = 0;

/** A unit the admin creates and the editor then changes: two events about one entity. */
let unitId: string;
let createdRequestId: string;
let updatedRequestId: string;

type Page = { items: AuditEvent[]; nextCursor: string | null };

const me = async (headers: Record<string, string>) =>
  (await t.app.inject({ url: '/api/v1/me', headers })).json<{ id: string }>().id;

const audit = (query: string, headers = admin) =>
  t.app.inject({ url: `/api/v1/audit${query}`, headers });

async function page(query: string): Promise<Page> {
  const response = await audit(query);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
}

/** Every event matching the query, following the cursor page by page. */
async function listAll(query: string, limit = 2): Promise<AuditEvent[]> {
  const items: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const current: Page = await page(
      `?limit=${limit}${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...current.items);
    cursor = current.nextCursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  adminId = await me(admin);
  editorId = await me(editor);
  const organisations = await t.app.inject({
    url: '/api/v1/organisations?limit=500',
    headers: admin,
  });
  eskilstunaId = organisations
    .json<{ items: { id: string; name: string }[] }>()
    .items.find((o) => o.name === 'Eskilstuna kommun')?.id as string;

  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: admin,
    payload: { name: `Granskningsenheten ${++counter}`, kind: 'unit', parentId: eskilstunaId },
  });
  expect(created.statusCode, created.body).toBe(201);
  unitId = created.json<{ id: string }>().id;
  createdRequestId = String(created.headers['x-request-id']);
  const updated = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/organisations/${unitId}`,
    headers: { ...editor, 'if-match': String(created.headers.etag) },
    payload: { phone: '016-10 20 30' },
  });
  expect(updated.statusCode, updated.body).toBe(200);
  updatedRequestId = String(updated.headers['x-request-id']);
});
afterAll(() => t.close());

describe('GET /audit', () => {
  it('is for administrators only', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/audit' }), 401, 'NOT_SIGNED_IN');
    expectProblem(await audit('', viewer), 403, 'FORBIDDEN');
    expectProblem(await audit('', editor), 403, 'FORBIDDEN');
  });

  it('lists an entity’s events newest first, with actor, before, after and request id', async () => {
    const { items, nextCursor } = await page(`?entityId=${unitId}`);
    expect(nextCursor).toBeNull();
    expect(items.map((e) => e.action)).toEqual(['organisation.updated', 'organisation.created']);
    const [updated, created] = items as [AuditEvent, AuditEvent];
    expect(updated).toMatchObject({
      entityType: 'organisation',
      entityId: unitId,
      actorId: editorId,
      actor: { id: editorId, email: demoUsers.editor, displayName: 'Demoredaktör Eskilstuna' },
      before: { id: unitId, phone: null },
      after: { id: unitId, phone: '016-10 20 30' },
      requestId: updatedRequestId,
    });
    expect(created).toMatchObject({
      actorId: adminId,
      actor: { id: adminId, email: demoUsers.admin },
      before: null,
      after: { id: unitId, parentId: eskilstunaId },
      requestId: createdRequestId,
    });
    expect(Date.parse(updated.at)).toBeGreaterThanOrEqual(Date.parse(created.at));
  });

  it('takes `entity` as another name for `entityId`, but not a different one', async () => {
    expect((await page(`?entity=${unitId}`)).items).toHaveLength(2);
    expect((await page(`?entity=${unitId}&entityId=${unitId}`)).items).toHaveLength(2);
    const problem = expectProblem(
      await audit(`?entity=${unitId}&entityId=${eskilstunaId}`),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.[0]?.field).toBe('querystring.entity');
  });

  it('filters by actor, action, action type and entity type', async () => {
    const byEditor = await listAll(`&actor=${editorId}`, 50);
    expect(byEditor.length).toBeGreaterThan(0);
    expect(byEditor.every((e) => e.actorId === editorId)).toBe(true);
    expect(byEditor.map((e) => e.entityId)).toContain(unitId);

    const updates = await listAll('&action=organisation.updated', 50);
    expect(updates.every((e) => e.action === 'organisation.updated')).toBe(true);
    expect(updates.map((e) => e.entityId)).toContain(unitId);

    const ofType = await listAll('&action=organisation.*', 50);
    expect(new Set(ofType.map((e) => e.action))).toEqual(
      new Set(['organisation.created', 'organisation.updated']),
    );

    const users = await listAll('&entityType=user', 50);
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((e) => e.entityType === 'user')).toBe(true);
  });

  it('keeps `_` literal in an action type: `organisation_link.*` is not `organisation.*`', async () => {
    const link = await t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${unitId}/links`,
      headers: admin,
      payload: { kind: 'partner', organisationId: eskilstunaId },
    });
    expect(link.statusCode, link.body).toBe(201);
    const links = await listAll('&action=organisation_link.*', 50);
    expect(links.map((e) => e.action)).toEqual(['organisation_link.created']);
    const organisations = await listAll('&action=organisation.*', 50);
    expect(organisations.some((e) => e.action.startsWith('organisation_link'))).toBe(false);
  });

  it('bounds by time: `since` inclusive, `until` exclusive, `updatedSince` like `since`', async () => {
    const [updated, created] = (await page(`?entityId=${unitId}`)).items as [
      AuditEvent,
      AuditEvent,
    ];
    const since = encodeURIComponent(updated.at);
    expect((await page(`?entityId=${unitId}&since=${since}`)).items.map((e) => e.id)).toEqual(
      updated.at === created.at ? [updated.id, created.id] : [updated.id],
    );
    expect(
      (await page(`?entityId=${unitId}&updatedSince=${since}`)).items.map((e) => e.id),
    ).toContain(updated.id);
    const until = (await page(`?entityId=${unitId}&until=${since}`)).items.map((e) => e.id);
    expect(until).not.toContain(updated.id);
    if (updated.at !== created.at) expect(until).toEqual([created.id]);

    const future = encodeURIComponent(new Date(Date.now() + 3_600_000).toISOString());
    expect((await page(`?since=${future}`)).items).toEqual([]);
  });

  it('pages through the whole log without repeats, newest first', async () => {
    const items = await listAll('', 25);
    const ids = items.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    const times = items.map((e) => Date.parse(e.at));
    expect(times.every((time, i) => i === 0 || time <= (times[i - 1] as number))).toBe(true);
    const total = await t.database.db
      .selectFrom('audit_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // Signing in appends events too, so the log may have grown while paging, never shrunk.
    expect(ids.length).toBeGreaterThanOrEqual(Number(total.n) - 1);

    const first = await page('?limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await page(`?limit=1&cursor=${encodeURIComponent(first.nextCursor as string)}`);
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
  });

  it('names no actor for events without one, such as a sign-in with an unknown address', async () => {
    const failed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ingen.alls@test.example', password: 'fel-losenord' },
    });
    expect(failed.statusCode).toBe(401);
    const [event] = (await page('?action=auth.login_failed&limit=1')).items;
    expect(event).toMatchObject({
      actorId: null,
      actor: null,
      entityId: null,
      after: { email: 'ingen.alls@test.example', reason: 'unknown' },
      requestId: failed.headers['x-request-id'],
    });
  });

  it('answers 400 with the fields at fault', async () => {
    const problem = expectProblem(
      await audit(
        '?entityId=abc&actor=1&since=yesterday&until=2026-13-01&limit=0&action=DROP%20TABLE',
      ),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'querystring.entityId',
        'querystring.actor',
        'querystring.since',
        'querystring.until',
        'querystring.limit',
        'querystring.action',
      ]),
    );
    const unknown = expectProblem(await audit('?entity_id=x'), 400, 'VALIDATION_FAILED');
    expect(unknown.errors).toEqual([
      { field: 'querystring.entity_id', message: 'is not a known field' },
    ]);
    for (const cursor of ['not-a-cursor', Buffer.from('["x"]').toString('base64url')]) {
      const bad = expectProblem(await audit(`?cursor=${cursor}`), 400, 'VALIDATION_FAILED');
      expect(bad.errors?.[0]?.field).toBe('querystring.cursor');
    }
  });
});
