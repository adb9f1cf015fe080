import type { Organisation } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let steward: Record<string, string>;
let viewer: Record<string, string>;
let byName: Map<string, Organisation>;

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  byName = new Map(list.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]));
});
afterAll(() => t.close());

const idOf = (name: string) => {
  const organisation = byName.get(name);
  if (!organisation) throw new Error(`no ${name}`);
  return organisation.id;
};

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();

describe('creating organisations', () => {
  it('lets the steward of Eskilstuna add a unit below it, with ETag, Location and an audit event', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: steward,
      payload: {
        name: 'Äldreomsorgen Eskilstuna',
        kind: 'unit',
        parentId: idOf('Eskilstuna kommun'),
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Organisation>();
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/organisations/${created.id}`);
    const events = await auditFor(created.id);
    expect(events).toEqual([
      expect.objectContaining({ action: 'organisation.created', before: null }),
    ]);
    expect(events[0]?.after).toMatchObject({ name: 'Äldreomsorgen Eskilstuna' });
  });

  it('refuses the steward outside the scope, a viewer, and a root organisation from an editor', async () => {
    const attempt = (headers: Record<string, string>, parentId?: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/organisations',
        headers,
        payload: { name: 'Ny enhet', kind: 'unit', ...(parentId ? { parentId } : {}) },
      });
    expectProblem(await attempt(steward, idOf('Flens kommun')), 403, 'FORBIDDEN');
    expectProblem(await attempt(steward), 403, 'FORBIDDEN');
    expectProblem(await attempt(viewer, idOf('Eskilstuna kommun')), 403, 'FORBIDDEN');
    expect((await attempt(admin)).statusCode).toBe(201);
  });

  it('refuses ids, versions and unknown fields in the body (no mass assignment)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: admin,
      payload: {
        name: 'X',
        kind: 'unit',
        id: '00000000-0000-4000-8000-000000000000',
        version: 9,
        createdAt: '2020-01-01',
      },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.field).sort()).toEqual([
      'body.createdAt',
      'body.id',
      'body.version',
    ]);
  });

  it('names each bad field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: admin,
      payload: {
        name: '',
        kind: 'castle',
        municipalityCode: '12',
        email: 'not-an-address',
        parentId: 'x',
      },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = new Set(body.errors?.map((e) => e.field));
    for (const field of [
      'body.name',
      'body.kind',
      'body.municipalityCode',
      'body.email',
      'body.parentId',
    ]) {
      expect(fields).toContain(field);
    }
  });
});

describe('changing organisations', () => {
  const patch = (
    id: string,
    headers: Record<string, string>,
    payload: object,
    version?: number | string,
  ) =>
    t.app.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${id}`,
      headers: {
        ...headers,
        ...(version !== undefined
          ? { 'if-match': typeof version === 'number' ? `"${version}"` : version }
          : {}),
      },
      payload,
    });

  it('needs If-Match (428) and refuses a stale one (412) with the current version', async () => {
    const id = idOf('Eskilstuna kommun');
    expectProblem(
      await patch(id, steward, { phone: '016-710 00 00' }),
      428,
      'PRECONDITION_REQUIRED',
    );
    expectProblem(
      await patch(id, steward, { phone: '016-710 00 00' }, 'garbage'),
      400,
      'VALIDATION_FAILED',
    );
    const ok = await patch(id, steward, { phone: '016-710 00 00' }, 1);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const stale = await patch(id, steward, { phone: '016-720 00 00' }, 1);
    const problem = expectProblem(stale, 412, 'PRECONDITION_FAILED') as {
      currentVersion?: number;
      current?: Organisation;
    };
    expect(problem.currentVersion).toBe(2);
    expect(problem.current?.phone).toBe('016-710 00 00');
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(['organisation.updated']);
    expect(events[0]?.before).toMatchObject({ version: 1 });
    expect(events[0]?.after).toMatchObject({ version: 2, phone: '016-710 00 00' });
  });

  it('refuses to move an organisation out of the steward’s scope or below itself', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: steward,
      payload: { name: 'Hemtjänsten Torshälla', kind: 'unit', parentId: idOf('Eskilstuna kommun') },
    });
    const unit = created.json<Organisation>();
    expectProblem(
      await patch(unit.id, steward, { parentId: idOf('Flens kommun') }, 1),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await patch(idOf('Eskilstuna kommun'), admin, { parentId: unit.id }, 2),
      422,
      'UNPROCESSABLE',
    );
    expectProblem(await patch(unit.id, admin, {}, 1), 400, 'VALIDATION_FAILED');
  });

  it('archives on DELETE and restores with archivedAt: null, keeping every event', async () => {
    const id = idOf('Trosa kommun');
    const archived = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${id}`,
      headers: { ...admin, 'if-match': '"1"' },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<Organisation>().archivedAt).toBeTruthy();
    const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
    expect(list.json<{ items: Organisation[] }>().items.some((o) => o.id === id)).toBe(false);
    const restored = await patch(id, admin, { archivedAt: null }, 2);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Organisation>().archivedAt).toBeNull();
    expect((await auditFor(id)).map((e) => e.action)).toEqual([
      'organisation.archived',
      'organisation.restored',
    ]);
  });

  it('answers 404 for a change to an organisation that does not exist', async () => {
    expectProblem(
      await patch('00000000-0000-4000-8000-000000000000', admin, { city: 'X' }, 1),
      404,
      'NOT_FOUND',
    );
  });
});

describe('linking organisations', () => {
  const link = (headers: Record<string, string>, from: string, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/organisations/${idOf(from)}/links`,
      headers,
      payload,
    });
  const linksOf = async (name: string) =>
    (await t.app.inject({ url: `/api/v1/organisations/${idOf(name)}`, headers: viewer })).json<{
      links: { id: string; kind: string; direction: string; organisation: Organisation }[];
    }>().links;

  it('lets the steward of Eskilstuna record a partner, seen from both sides,, and remove it again', async () => {
    const created = await link(steward, 'Eskilstuna kommun', {
      kind: 'partner',
      organisationId: idOf('FoU Sörmland'),
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    expect(created.json()).toMatchObject({
      kind: 'partner',
      direction: 'outgoing',
      organisation: { name: 'FoU Sörmland' },
    });
    expect(await linksOf('FoU Sörmland')).toContainEqual(
      expect.objectContaining({
        id,
        direction: 'incoming',
        organisation: expect.objectContaining({ name: 'Eskilstuna kommun' }),
      }),
    );

    // The same partnership again, from the other side, is a conflict with a sentence.
    const twice = await link(admin, 'FoU Sörmland', {
      kind: 'partner',
      organisationId: idOf('Eskilstuna kommun'),
    });
    expectProblem(twice, 409, 'CONFLICT');
    expect(twice.json().detail).toContain('already says');

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/organisations/${idOf('Eskilstuna kommun')}/links/${id}`,
      headers: steward,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await linksOf('Eskilstuna kommun')).map((l) => l.id)).not.toContain(id);
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual([
      'organisation_link.created',
      'organisation_link.deleted',
    ]);
    expect(events[1]?.before).toMatchObject({
      kind: 'partner',
      toOrganisationId: idOf('FoU Sörmland'),
    });
  });

  it('records a catchment in the incoming direction: Mälarsjukhuset serves a new unit', async () => {
    const response = await link(admin, 'Vårdcentralen Flen', {
      kind: 'serves',
      organisationId: idOf('Mälarsjukhuset'),
      direction: 'incoming',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await linksOf('Mälarsjukhuset')).toContainEqual(
      expect.objectContaining({
        kind: 'serves',
        direction: 'outgoing',
        organisation: expect.objectContaining({ name: 'Vårdcentralen Flen' }),
      }),
    );
  });

  it('checks the steward’s scope on the organisation in the path, and on the link', async () => {
    expectProblem(
      await link(steward, 'Flens kommun', {
        kind: 'partner',
        organisationId: idOf('Eskilstuna kommun'),
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await link(viewer, 'Eskilstuna kommun', {
        kind: 'partner',
        organisationId: idOf('Flens kommun'),
      }),
      403,
      'FORBIDDEN',
    );
    // A link of Flen removed through Eskilstuna's path is not found there.
    const flenLink = (await linksOf('Flens kommun'))[0];
    if (!flenLink) throw new Error('Flen has a catchment link in the demo');
    expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/organisations/${idOf('Eskilstuna kommun')}/links/${flenLink.id}`,
        headers: steward,
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/organisations/${idOf('Flens kommun')}/links/${flenLink.id}`,
        headers: steward,
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('names the bad fields: itself, an unknown organisation, an unknown kind', async () => {
    const itself = await link(admin, 'Eskilstuna kommun', {
      kind: 'partner',
      organisationId: idOf('Eskilstuna kommun'),
    });
    expectProblem(itself, 422, 'UNPROCESSABLE');
    expect(itself.json().errors).toEqual([
      expect.objectContaining({ field: 'body.organisationId' }),
    ]);
    const unknown = await link(admin, 'Eskilstuna kommun', {
      kind: 'partner',
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expectProblem(unknown, 422, 'UNPROCESSABLE');
    const badKind = await link(admin, 'Eskilstuna kommun', {
      kind: 'friend',
      organisationId: idOf('Flens kommun'),
    });
    expectProblem(badKind, 400, 'VALIDATION_FAILED');
    expect(badKind.json().errors[0].field).toBe('body.kind');
  });
});
