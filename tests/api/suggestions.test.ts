import SwaggerParser from '@apidevtools/swagger-parser';
import { hashPassword } from '@nk/db';
import type { Suggestion } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
/** A steward of Flens kommun: another municipality than the demo editor's. */
let flenEditor: Record<string, string>;
let viewerId: string;
let editorId: string;
let eskilstunaId: string;
let flenId: string;
/** Åke Lindström, employed by Eskilstuna kommun. */
let akeId: string;
let flenPersonId: string;
let eskilstunaPostId: string;
let counter = 0;

type Page = { items: Suggestion[]; nextCursor: string | null };

const me = async (headers: Record<string, string>) =>
  (await t.app.inject({ url: '/api/v1/me', headers })).json<{ id: string }>().id;

const suggest = (headers: Record<string, string>, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/suggestions', headers, payload });

/** A suggestion the caller makes, asserted to be accepted. */
async function suggested(
  headers: Record<string, string>,
  targetType: 'person' | 'post' | 'organisation',
  targetId: string,
  extra: object = {},
): Promise<Suggestion> {
  const response = await suggest(headers, {
    targetType,
    targetId,
    message: `Uppgiften stämmer inte längre (${++counter}).`,
    ...extra,
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Suggestion>();
}

const close = (
  id: string,
  action: 'resolve' | 'dismiss',
  headers: Record<string, string>,
  payload?: object,
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/suggestions/${id}/${action}`,
    headers,
    ...(payload ? { payload } : {}),
  });

/** Every suggestion the caller may list with the query, following the cursor page by page. */
async function listAll(headers: Record<string, string>, query = ''): Promise<Suggestion[]> {
  const items: Suggestion[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/suggestions?limit=3${query}${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await t.app.inject({ url, headers });
    expect(response.statusCode, response.body).toBe(200);
    const page: Page = response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const idsOf = (items: { id: string }[]) => items.map((i) => i.id);

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'entity_type', 'before', 'after', 'request_id'])
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();

async function createPerson(organisationId: string, extra: object = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/people',
    headers: admin,
    payload: {
      givenName: 'Testa',
      familyName: `Personsson ${++counter}`,
      organisationId,
      ...extra,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  viewerId = await me(viewer);
  editorId = await me(editor);

  const organisations = await t.app.inject({
    url: '/api/v1/organisations?limit=500',
    headers: admin,
  });
  const byName = new Map(
    organisations
      .json<{ items: { id: string; name: string }[] }>()
      .items.map((o) => [o.name, o.id]),
  );
  eskilstunaId = byName.get('Eskilstuna kommun') as string;
  flenId = byName.get('Flens kommun') as string;

  const people = await t.app.inject({
    url: `/api/v1/people?organisation=${eskilstunaId}&limit=500`,
    headers: admin,
  });
  akeId = people
    .json<{ items: { id: string; givenName: string; familyName: string }[] }>()
    .items.find((p) => p.givenName === 'Åke' && p.familyName === 'Lindström')?.id as string;
  const flenPeople = await t.app.inject({
    url: `/api/v1/people?organisation=${flenId}&limit=1`,
    headers: admin,
  });
  flenPersonId = flenPeople.json<{ items: { id: string }[] }>().items[0]?.id as string;
  const posts = await t.app.inject({
    url: `/api/v1/posts?organisation=${eskilstunaId}&limit=1`,
    headers: admin,
  });
  eskilstunaPostId = posts.json<{ items: { id: string }[] }>().items[0]?.id as string;
  expect([akeId, flenPersonId, eskilstunaPostId].every(Boolean)).toBe(true);

  const flen = await t.database.db
    .insertInto('users')
    .values({
      email: 'redaktor.flen@demo.example',
      display_name: 'Redaktör Flen',
      role: 'editor',
      password_hash: await hashPassword(t.demoPassword),
      person_id: null,
      disabled_at: null,
      locked_until: null,
      last_login_at: null,
      password_changed_at: null,
      invite_token_hash: null,
      invite_expires_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('user_scopes')
    .values({ user_id: flen.id, organisation_id: flenId })
    .execute();
  flenEditor = bearer(await t.signIn('redaktor.flen@demo.example'));
});
afterAll(() => t.close());

describe('reporting a suggestion', () => {
  it('lets a reader report a wrong phone number, for the stewards of the employer', async () => {
    const response = await suggest(viewer, {
      targetType: 'person',
      targetId: akeId,
      field: 'phone',
      message: '  Numret går till växeln; direktnumret är 016-10 23 46.  ',
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Suggestion>();
    expect(response.headers.location).toBe(`/api/v1/suggestions/${created.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(created).toMatchObject({
      targetType: 'person',
      targetId: akeId,
      targetName: 'Åke Lindström',
      field: 'phone',
      message: 'Numret går till växeln; direktnumret är 016-10 23 46.',
      status: 'open',
      organisation: { id: eskilstunaId, name: 'Eskilstuna kommun', kind: 'municipality' },
      createdBy: { id: viewerId, email: demoUsers.viewer, displayName: 'Demoläsare' },
      resolvedBy: null,
      resolvedAt: null,
      resolutionNote: null,
      version: 1,
    });

    const audit = await auditFor(created.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'suggestion.created',
      entity_type: 'suggestion',
      actor_id: viewerId,
      before: null,
      after: { id: created.id, field: 'phone', status: 'open' },
      request_id: response.headers['x-request-id'],
    });

    // The field is still there when the suggestion is read again.
    const read = await t.app.inject({ url: `/api/v1/suggestions/${created.id}`, headers: editor });
    expect(read.json<Suggestion>().field).toBe('phone');
  });

  it('accepts reports about posts and organisations, owned by the post’s organisation and the organisation', async () => {
    const post = await suggested(editor, 'post', eskilstunaPostId, { field: 'functionalEmail' });
    expect(post.organisation.id).toBe(eskilstunaId);
    expect(post.targetName).toBeTruthy();
    expect(post.field).toBe('functionalEmail');

    const organisation = await suggested(viewer, 'organisation', flenId);
    expect(organisation).toMatchObject({
      organisation: { id: flenId },
      targetName: 'Flens kommun',
      field: null,
    });
  });

  it('refuses callers who are not signed in', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/suggestions',
      payload: { targetType: 'person', targetId: akeId, message: 'Fel' },
    });
    expectProblem(response, 401, 'NOT_SIGNED_IN');
  });

  it('answers 400 with the fields at fault', async () => {
    const missing = expectProblem(await suggest(viewer, {}), 400, 'VALIDATION_FAILED');
    expect(missing.errors?.map((e) => e.field).sort()).toEqual([
      'body.message',
      'body.targetId',
      'body.targetType',
    ]);

    const wrong = expectProblem(
      await suggest(viewer, {
        targetType: 'network',
        targetId: 'not-a-uuid',
        message: '   ',
        status: 'resolved',
      }),
      400,
      'VALIDATION_FAILED',
    );
    const fields = wrong.errors?.map((e) => e.field) ?? [];
    expect(fields).toEqual(
      expect.arrayContaining(['body.targetType', 'body.targetId', 'body.message', 'body.status']),
    );

    const long = expectProblem(
      await suggest(viewer, { targetType: 'person', targetId: akeId, message: 'x'.repeat(4001) }),
      400,
      'VALIDATION_FAILED',
    );
    expect(long.errors?.[0]?.field).toBe('body.message');
  });

  it('answers 400 for a field the target type does not have', async () => {
    const problem = expectProblem(
      await suggest(viewer, {
        targetType: 'person',
        targetId: akeId,
        field: 'functionalEmail',
        message: 'Fel adress',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors).toEqual([
      { field: 'body.field', message: expect.stringContaining('phone') },
    ]);
  });

  it('answers 422 for a target that does not exist, and writes nothing', async () => {
    const before = await t.database.db
      .selectFrom('change_suggestions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const targetType of ['person', 'post', 'organisation']) {
      const problem = expectProblem(
        await suggest(viewer, {
          targetType,
          targetId: '00000000-0000-4000-8000-000000000000',
          message: 'Finns inte',
        }),
        422,
        'UNPROCESSABLE',
      );
      expect(problem.errors?.[0]?.field).toBe('body.targetId');
    }
    // An existing id of another type is no more a target.
    expectProblem(
      await suggest(viewer, { targetType: 'post', targetId: akeId, message: 'Fel typ' }),
      422,
      'UNPROCESSABLE',
    );
    const after = await t.database.db
      .selectFrom('change_suggestions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('treats a protected person as unknown to everyone but administrators', async () => {
    const hidden = await createPerson(eskilstunaId, { protected: true });
    const problem = expectProblem(
      await suggest(editor, { targetType: 'person', targetId: hidden, message: 'Fel' }),
      422,
      'UNPROCESSABLE',
    );
    expect(problem.detail).toBe('The person does not exist.');
    const byAdmin = await suggested(admin, 'person', hidden);

    // Not even the steward of the employer sees reports about a protected person.
    expectProblem(
      await t.app.inject({ url: `/api/v1/suggestions/${byAdmin.id}`, headers: editor }),
      404,
      'NOT_FOUND',
    );
    expect(idsOf(await listAll(editor))).not.toContain(byAdmin.id);
    expect(idsOf(await listAll(admin))).toContain(byAdmin.id);
    expectProblem(await close(byAdmin.id, 'resolve', editor), 404, 'NOT_FOUND');
  });
});

describe('reading suggestions', () => {
  it('shows one to its reporter, the stewards of the owner and administrators, with an ETag', async () => {
    const created = await suggested(viewer, 'person', akeId);
    for (const headers of [viewer, editor, admin]) {
      const response = await t.app.inject({ url: `/api/v1/suggestions/${created.id}`, headers });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers.etag).toBe('"1"');
      expect(response.json<Suggestion>().id).toBe(created.id);
    }
    expectProblem(
      await t.app.inject({ url: `/api/v1/suggestions/${created.id}`, headers: flenEditor }),
      404,
      'NOT_FOUND',
    );
  });

  it('answers 404 for an unknown id, 400 for a malformed one and 401 without sign-in', async () => {
    expectProblem(
      await t.app.inject({
        url: '/api/v1/suggestions/00000000-0000-4000-8000-000000000000',
        headers: admin,
      }),
      404,
      'NOT_FOUND',
    );
    const bad = expectProblem(
      await t.app.inject({ url: '/api/v1/suggestions/abc', headers: admin }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]?.field).toBe('params.id');
    expectProblem(await t.app.inject({ url: '/api/v1/suggestions' }), 401, 'NOT_SIGNED_IN');
  });

  it('lists for each caller what their role lets them see', async () => {
    const aboutEskilstuna = await suggested(viewer, 'person', akeId);
    const aboutFlen = await suggested(viewer, 'person', flenPersonId);
    const byFlenSteward = await suggested(flenEditor, 'organisation', eskilstunaId);
    const byAdminAboutFlen = await suggested(admin, 'organisation', flenId);
    const all = [aboutEskilstuna, aboutFlen, byFlenSteward, byAdminAboutFlen].map((s) => s.id);

    expect(idsOf(await listAll(admin))).toEqual(expect.arrayContaining(all));

    const forEditor = idsOf(await listAll(editor));
    expect(forEditor).toEqual(expect.arrayContaining([aboutEskilstuna.id, byFlenSteward.id]));
    expect(forEditor).not.toContain(aboutFlen.id);
    expect(forEditor).not.toContain(byAdminAboutFlen.id);

    const forViewer = await listAll(viewer);
    expect(idsOf(forViewer)).toEqual(expect.arrayContaining([aboutEskilstuna.id, aboutFlen.id]));
    expect(forViewer.every((s) => s.createdBy.id === viewerId)).toBe(true);

    const forFlen = idsOf(await listAll(flenEditor));
    expect(forFlen).toEqual(
      expect.arrayContaining([aboutFlen.id, byFlenSteward.id, byAdminAboutFlen.id]),
    );
    expect(forFlen).not.toContain(aboutEskilstuna.id);
  });

  it('includes targets below the steward’s organisation, and filters by organisation with descendants', async () => {
    const unit = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: admin,
      payload: { name: `Hemtjänst Testområde ${++counter}`, kind: 'unit', parentId: eskilstunaId },
    });
    const unitId = unit.json<{ id: string }>().id;
    const below = await suggested(viewer, 'person', await createPerson(unitId));
    const inFlen = await suggested(viewer, 'person', flenPersonId);

    expect(idsOf(await listAll(editor))).toContain(below.id);
    const filtered = await listAll(admin, `&organisation=${eskilstunaId}`);
    expect(idsOf(filtered)).toContain(below.id);
    expect(idsOf(filtered)).not.toContain(inFlen.id);
    expect(idsOf(await listAll(admin, `&organisation=${unitId}`))).toEqual([below.id]);
  });

  it('filters by status, target type and target', async () => {
    const open = await suggested(viewer, 'person', akeId);
    const resolved = await suggested(viewer, 'person', akeId);
    expect((await close(resolved.id, 'resolve', editor)).statusCode).toBe(200);

    const openIds = idsOf(await listAll(editor, '&status=open'));
    expect(openIds).toContain(open.id);
    expect(openIds).not.toContain(resolved.id);
    const resolvedList = await listAll(editor, '&status=resolved');
    expect(idsOf(resolvedList)).toContain(resolved.id);
    expect(resolvedList.every((s) => s.status === 'resolved')).toBe(true);

    const aboutAke = await listAll(admin, `&target=${akeId}`);
    expect(aboutAke.length).toBeGreaterThanOrEqual(2);
    expect(aboutAke.every((s) => s.targetId === akeId)).toBe(true);
    const organisations = await listAll(admin, '&targetType=organisation');
    expect(organisations.every((s) => s.targetType === 'organisation')).toBe(true);
  });

  it('pages newest first without repeats, and refuses a foreign cursor or an unknown filter', async () => {
    const made: string[] = [];
    for (let i = 0; i < 4; i++) made.push((await suggested(viewer, 'person', akeId)).id);
    const items = await listAll(admin);
    const ids = idsOf(items);
    expect(new Set(ids).size).toBe(ids.length);
    const times = items.map((s) => s.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    // The four just made come first, the newest at the top.
    expect(ids.slice(0, 4)).toEqual([...made].reverse());

    const first = await t.app.inject({ url: '/api/v1/suggestions?limit=2', headers: admin });
    const page = first.json<Page>();
    expect(page.items).toHaveLength(2);
    expect(page.nextCursor).toEqual(expect.any(String));

    expectProblem(
      await t.app.inject({ url: '/api/v1/suggestions?cursor=bm90LWEtY3Vyc29y', headers: admin }),
      400,
      'VALIDATION_FAILED',
    );
    const wrong = expectProblem(
      await t.app.inject({ url: '/api/v1/suggestions?status=closed&mine=1', headers: admin }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrong.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['querystring.status', 'querystring.mine']),
    );
  });

  it('follows a person who moves to another employer', async () => {
    const person = await createPerson(flenId);
    const created = await suggested(viewer, 'person', person);
    expect(idsOf(await listAll(editor))).not.toContain(created.id);

    const url = `/api/v1/people/${person}`;
    const read = await t.app.inject({ url, headers: admin });
    const moved = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { ...admin, 'if-match': String(read.headers.etag) },
      payload: { organisationId: eskilstunaId },
    });
    expect(moved.statusCode, moved.body).toBe(200);

    expect(idsOf(await listAll(editor))).toContain(created.id);
    expect((await close(created.id, 'resolve', editor)).statusCode).toBe(200);
  });

  it('takes updatedSince and then lists in change order', async () => {
    const since = new Date().toISOString();
    const created = await suggested(viewer, 'person', akeId);
    const items = await listAll(admin, `&updatedSince=${encodeURIComponent(since)}`);
    expect(idsOf(items)).toContain(created.id);
    expect(items.every((s) => s.updatedAt >= since)).toBe(true);
  });
});

describe('resolving and dismissing', () => {
  it('lets the steward resolve with a note, recording who and when, in one audit event', async () => {
    const created = await suggested(viewer, 'person', akeId, { field: 'mobile' });
    const response = await close(created.id, 'resolve', editor, {
      note: 'Rättat: direktnumret är inlagt.',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const resolved = response.json<Suggestion>();
    expect(resolved).toMatchObject({
      id: created.id,
      status: 'resolved',
      field: 'mobile',
      resolvedBy: { id: editorId, email: demoUsers.editor },
      resolutionNote: 'Rättat: direktnumret är inlagt.',
      version: 2,
    });
    expect(Date.parse(resolved.resolvedAt as string)).toBeGreaterThan(Date.now() - 60_000);

    const audit = await auditFor(created.id);
    expect(audit.map((a) => a.action)).toEqual(['suggestion.created', 'suggestion.resolved']);
    expect(audit[1]).toMatchObject({
      actor_id: editorId,
      before: { status: 'open', resolvedBy: null },
      after: { status: 'resolved', resolutionNote: 'Rättat: direktnumret är inlagt.' },
    });
  });

  it('lets an administrator dismiss without a body', async () => {
    const created = await suggested(viewer, 'organisation', flenId);
    const response = await close(created.id, 'dismiss', admin);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Suggestion>()).toMatchObject({
      status: 'dismissed',
      resolutionNote: null,
      resolvedBy: { email: demoUsers.admin },
    });
    expect((await auditFor(created.id)).map((a) => a.action)).toEqual([
      'suggestion.created',
      'suggestion.dismissed',
    ]);
  });

  it('answers 409 with a sentence when the suggestion is closed already', async () => {
    const created = await suggested(viewer, 'person', akeId);
    expect((await close(created.id, 'resolve', editor)).statusCode).toBe(200);
    const again = expectProblem(await close(created.id, 'resolve', admin), 409, 'CONFLICT');
    expect(again.detail).toMatch(
      /^This suggestion was already resolved by Demoredaktör Eskilstuna on \d{4}-\d{2}-\d{2}\.$/,
    );
    expectProblem(await close(created.id, 'dismiss', editor), 409, 'CONFLICT');
    // Neither refused attempt left an audit event or changed the suggestion.
    expect(await auditFor(created.id)).toHaveLength(2);
    const read = await t.app.inject({ url: `/api/v1/suggestions/${created.id}`, headers: admin });
    expect(read.json<Suggestion>()).toMatchObject({ status: 'resolved', version: 2 });
  });

  it('refuses the reporter, stewards of other organisations and anonymous callers', async () => {
    const created = await suggested(viewer, 'person', akeId);
    expectProblem(await close(created.id, 'resolve', viewer), 403, 'FORBIDDEN');
    expectProblem(await close(created.id, 'dismiss', flenEditor), 403, 'FORBIDDEN');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/suggestions/${created.id}/resolve`,
    });
    expectProblem(anonymous, 401, 'NOT_SIGNED_IN');
    expect(await auditFor(created.id)).toHaveLength(1);
  });

  it('answers 404 for an unknown suggestion and 400 for a bad note or id', async () => {
    expectProblem(
      await close('00000000-0000-4000-8000-000000000000', 'resolve', admin),
      404,
      'NOT_FOUND',
    );
    const created = await suggested(viewer, 'person', akeId);
    const extra = expectProblem(
      await close(created.id, 'resolve', editor, { note: 'ok', status: 'open' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(extra.errors).toEqual([{ field: 'body.status', message: 'is not a known field' }]);
    const long = expectProblem(
      await close(created.id, 'dismiss', editor, { note: 'x'.repeat(4001) }),
      400,
      'VALIDATION_FAILED',
    );
    expect(long.errors?.[0]?.field).toBe('body.note');
    expectProblem(await close('abc', 'resolve', editor), 400, 'VALIDATION_FAILED');
  });

  it('lets only one of two stewards closing at once succeed', async () => {
    const created = await suggested(viewer, 'person', akeId);
    const answers = await Promise.all([
      close(created.id, 'resolve', editor),
      close(created.id, 'dismiss', admin),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    expect(await auditFor(created.id)).toHaveLength(2);
  });
});

describe('the OpenAPI document', () => {
  it('describes the suggestion routes under their tag, with examples, and stays valid', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { tags?: string[]; requestBody?: unknown }>>;
    }>();
    const operations = [
      ['/api/v1/suggestions', 'get'],
      ['/api/v1/suggestions', 'post'],
      ['/api/v1/suggestions/{id}', 'get'],
      ['/api/v1/suggestions/{id}/resolve', 'post'],
      ['/api/v1/suggestions/{id}/dismiss', 'post'],
    ] as const;
    for (const [path, method] of operations) {
      expect(document.paths[path]?.[method]?.tags, `${method} ${path}`).toEqual(['suggestions']);
    }
    expect(document.paths['/api/v1/audit']?.get?.tags).toEqual(['audit']);
    expect(JSON.stringify(document.paths['/api/v1/suggestions']?.post?.requestBody)).toContain(
      'Numret går till växeln',
    );
    await SwaggerParser.validate(structuredClone(document) as never);
  });
});
