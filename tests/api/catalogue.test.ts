import type {
  Network,
  NetworkDetail,
  Organisation,
  Role,
  RoleCounterpart,
  RoleDetail,
  Topic,
} from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
const roles = new Map<string, Role>();
const topics = new Map<string, Topic>();
const networks = new Map<string, Network>();
const organisations = new Map<string, Organisation>();

async function all<T>(path: string, headers = admin): Promise<T[]> {
  const response = await t.app.inject({ url: `/api/v1/${path}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: T[] }>().items;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  for (const r of await all<Role>('roles?limit=500')) roles.set(r.key, r);
  for (const topic of await all<Topic>('topics?limit=500')) topics.set(topic.key, topic);
  for (const n of await all<Network>('networks?limit=500')) networks.set(n.name, n);
  for (const o of await all<Organisation>('organisations?limit=500')) organisations.set(o.name, o);
});
afterAll(() => t.close());

function get<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`no ${key} in the demo data`);
  return value;
}
const roleId = (key: string) => get(roles, key).id;
const topicId = (key: string) => get(topics, key).id;
const networkId = (name: string) => get(networks, name).id;
const organisationId = (name: string) => get(organisations, name).id;

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'entity_type', 'actor_id', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();

const send = (
  method: 'POST' | 'PATCH' | 'DELETE',
  url: string,
  headers: Record<string, string>,
  payload?: object,
  version?: number,
) =>
  t.app.inject({
    method,
    url: `/api/v1/${url}`,
    headers: version === undefined ? headers : { ...headers, 'if-match': `"${version}"` },
    ...(payload ? { payload } : {}),
  });

const nineMunicipalities = [
  'Eskilstuna kommun',
  'Flens kommun',
  'Gnesta kommun',
  'Katrineholms kommun',
  'Nyköpings kommun',
  'Oxelösunds kommun',
  'Strängnäs kommun',
  'Trosa kommun',
  'Vingåkers kommun',
];

describe('reading the catalogue', () => {
  it('lists roles in Swedish name order', async () => {
    expect((await all<Role>('roles?limit=500')).map((r) => r.key)).toEqual([
      'folkhalsostrateg',
      'mas',
      'narvardskoordinator',
      'processledare-kommun',
      'processledare-region',
      'projektledare',
      'samordnare-civilsamhalle',
      'sjukhuskoordinator',
      'utvecklingsledare',
    ]);
  });

  it('lists topics and networks in Swedish name order, Ä after the other letters', async () => {
    expect((await all<Topic>('topics?limit=500')).map((topic) => topic.nameSv)).toEqual([
      'Anhörigstöd',
      'Delaktighet och personcentrering',
      'Digitalisering',
      'Egenvård',
      'God och nära vård',
      'Hälsofrämjande, förebyggande och rehabiliterande',
      'Kompetensförsörjning',
      'Kraftsamling för psykisk hälsa',
      'Primärvården som nav',
      'Strategi för hälsa',
    ]);
    expect((await all<Network>('networks?limit=500')).map((n) => n.name)).toEqual([
      'LPO Psykisk hälsa',
      'LPO Äldres hälsa',
      'Nätverket Nära vård i Sörmland',
      'Tillsammans för barnen',
      'Tillsammans för unga vuxna',
      'Trygg och effektiv utskrivning',
    ]);
  });

  it('pages roles with an opaque cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await t.app.inject({
        url: `/api/v1/roles?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        headers: viewer,
      });
      const page: { items: Role[]; nextCursor: string | null } = response.json();
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...roles.keys()]);
  });

  it('refuses a cursor it did not issue and a limit out of range', async () => {
    const cursor = await t.app.inject({ url: '/api/v1/networks?cursor=bm9wZQ', headers: viewer });
    expect(expectProblem(cursor, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe(
      'querystring.cursor',
    );
    const limit = await t.app.inject({ url: '/api/v1/topics?limit=501', headers: viewer });
    expect(expectProblem(limit, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe(
      'querystring.limit',
    );
  });

  it('shows sjukhuskoordinator its counterparts from either end of each pair', async () => {
    const response = await t.app.inject({
      url: `/api/v1/roles/${roleId('sjukhuskoordinator')}`,
      headers: viewer,
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json<RoleDetail>();
    expect(response.headers.etag).toBe(`"${detail.version}"`);
    // Stored as (sjukhuskoordinator, närvårdskoordinator) and as (mas, sjukhuskoordinator).
    expect(detail.counterparts.map((c) => c.role.key).sort()).toEqual([
      'mas',
      'narvardskoordinator',
    ]);
    const nvk = detail.counterparts.find((c) => c.role.key === 'narvardskoordinator');
    expect(nvk?.descriptionSv).toMatch(/utskrivning/);
    expect(nvk?.role).toEqual({
      id: roleId('narvardskoordinator'),
      key: 'narvardskoordinator',
      nameSv: 'Närvårdskoordinator',
      nameEn: expect.any(String),
    });
  });

  it('shows närvårdskoordinator its synonyms, sjukhuskoordinator from the other end and itself as peer', async () => {
    const response = await t.app.inject({
      url: `/api/v1/roles/${roleId('narvardskoordinator')}`,
      headers: viewer,
    });
    const detail = response.json<RoleDetail>();
    expect(detail.synonyms).toContain('nvk');
    expect(detail.counterparts.map((c) => c.role.key).sort()).toEqual([
      'narvardskoordinator',
      'sjukhuskoordinator',
    ]);
    const fromSjk = await t.app.inject({
      url: `/api/v1/roles/${roleId('sjukhuskoordinator')}`,
      headers: viewer,
    });
    const pairId = fromSjk
      .json<RoleDetail>()
      .counterparts.find((c) => c.role.key === 'narvardskoordinator')?.id;
    expect(detail.counterparts.find((c) => c.role.key === 'sjukhuskoordinator')?.id).toBe(pairId);
  });

  it('counts the people holding a role today', async () => {
    const count = async (key: string) =>
      (
        await t.app.inject({ url: `/api/v1/roles/${roleId(key)}`, headers: viewer })
      ).json<RoleDetail>().holderCount;
    // Nine municipal posts, Gnesta's vacant since 2025-07-01; Flen's interim does not count.
    expect(await count('processledare-kommun')).toBe(8);
    expect(await count('processledare-region')).toBe(1);
    expect(await count('folkhalsostrateg')).toBe(0);
  });

  it('shows the Nära vård network with its nine municipalities, sub-networks and topics', async () => {
    const response = await t.app.inject({
      url: `/api/v1/networks/${networkId('Nätverket Nära vård i Sörmland')}`,
      headers: viewer,
    });
    expect(response.statusCode).toBe(200);
    const detail = response.json<NetworkDetail>();
    expect(response.headers.etag).toBe(`"${detail.version}"`);
    expect(detail.parent).toBeNull();
    const names = detail.organisations.map((o) => o.name);
    for (const municipality of nineMunicipalities) expect(names).toContain(municipality);
    expect(detail.organisations.filter((o) => o.kind === 'municipality')).toHaveLength(9);
    expect(detail.organisations[0]).toMatchObject({ validFrom: null, validTo: null });
    expect(detail.organisationIds).toEqual(detail.organisations.map((o) => o.id));
    expect(detail.children.map((c) => c.name)).toEqual([
      'LPO Psykisk hälsa',
      'LPO Äldres hälsa',
      'Tillsammans för barnen',
      'Tillsammans för unga vuxna',
      'Trygg och effektiv utskrivning',
    ]);
    expect(detail.children[1]).toMatchObject({ kind: 'programme_area', shortName: null });
    expect(detail.topics.map((topic) => topic.key)).toContain('primarvarden-som-nav');
    expect(detail.topics).toHaveLength(8);
    expect(detail.postCount).toBeGreaterThan(0);
  });

  it('shows a sub-network its parent', async () => {
    const response = await t.app.inject({
      url: `/api/v1/networks/${networkId('LPO Äldres hälsa')}`,
      headers: viewer,
    });
    const detail = response.json<NetworkDetail>();
    expect(detail.parent).toEqual({
      id: networkId('Nätverket Nära vård i Sörmland'),
      name: 'Nätverket Nära vård i Sörmland',
      shortName: 'Nära vård',
      kind: 'network',
    });
    expect(detail.children).toEqual([]);
    expect(detail.topics.map((topic) => topic.key)).toContain('anhorigstod');
  });

  it('filters networks by kind, parent and topic', async () => {
    const names = async (query: string) =>
      (await all<Network>(`networks?${query}`, viewer)).map((n) => n.name);
    expect(await names('kind=programme_area')).toEqual(['LPO Psykisk hälsa', 'LPO Äldres hälsa']);
    expect(await names(`parent=${networkId('Nätverket Nära vård i Sörmland')}`)).toHaveLength(5);
    expect(await names(`topic=${topicId('anhorigstod')}`)).toEqual(['LPO Äldres hälsa']);
    expect(await names(`topic=${topicId('egenvard')}`)).toEqual(['Tillsammans för barnen']);
    const bad = await t.app.inject({ url: '/api/v1/networks?kind=club', headers: viewer });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
  });

  it('filters topics by kind and shows one topic with its ETag', async () => {
    const missions = await all<Topic>('topics?kind=national_mission', viewer);
    expect(missions.map((topic) => topic.key)).toEqual([
      'god-och-nara-vard',
      'kraftsamling-psykisk-halsa',
      'strategi-for-halsa',
    ]);
    const response = await t.app.inject({
      url: `/api/v1/topics/${topicId('digitalisering')}`,
      headers: viewer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json<Topic>()).toMatchObject({ nameEn: 'Digitalisation', kind: 'focus_area' });
  });

  it('answers 404 for unknown ids and 400 for ids that are not UUIDs', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of ['roles', 'networks', 'topics']) {
      const missing = await t.app.inject({ url: `/api/v1/${path}/${unknown}`, headers: viewer });
      expectProblem(missing, 404, 'NOT_FOUND');
      const bad = await t.app.inject({ url: `/api/v1/${path}/nope`, headers: viewer });
      expect(expectProblem(bad, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe('params.id');
    }
  });

  it('needs sign-in for every read and write', async () => {
    const id = roleId('mas');
    for (const [method, url] of [
      ['GET', '/api/v1/roles'],
      ['GET', `/api/v1/roles/${id}`],
      ['GET', '/api/v1/networks'],
      ['GET', `/api/v1/networks/${networkId('LPO Äldres hälsa')}`],
      ['GET', '/api/v1/topics'],
      ['GET', `/api/v1/topics/${topicId('egenvard')}`],
      ['POST', '/api/v1/roles'],
      ['POST', `/api/v1/roles/${id}/counterparts`],
      ['PATCH', `/api/v1/networks/${networkId('LPO Äldres hälsa')}`],
      ['DELETE', `/api/v1/topics/${topicId('egenvard')}`],
    ] as const) {
      expectProblem(await t.app.inject({ method, url }), 401, 'NOT_SIGNED_IN');
    }
  });
});

describe('writing roles', () => {
  it('lets an admin create a role with ETag, Location, cleaned synonyms and an audit event', async () => {
    const response = await send('POST', 'roles', admin, {
      key: 'demenssjukskoterska',
      nameSv: ' Demenssjuksköterska ',
      nameEn: 'Dementia nurse',
      descriptionSv: 'Stöttar personal och anhöriga kring personer med demenssjukdom.',
      synonyms: ['demens-ssk', ' demensteam', 'demensteam'],
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Role>();
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/roles/${created.id}`);
    expect(created).toMatchObject({
      nameSv: 'Demenssjuksköterska',
      synonyms: ['demens-ssk', 'demensteam'],
      descriptionEn: null,
      archivedAt: null,
      version: 1,
    });
    const events = await auditFor(created.id);
    expect(events).toEqual([
      expect.objectContaining({ action: 'role.created', entity_type: 'role', before: null }),
    ]);
    expect(events[0]?.after).toEqual(created);
  });

  it('refuses a key that another role has, on create and on change', async () => {
    const create = await send('POST', 'roles', admin, { key: 'mas', nameSv: 'X', nameEn: 'X' });
    const body = expectProblem(create, 409, 'DUPLICATE');
    expect(body.errors).toEqual([{ field: 'body.key', message: expect.any(String) }]);
    const change = await send(
      'PATCH',
      `roles/${roleId('projektledare')}`,
      admin,
      { key: 'mas' },
      get(roles, 'projektledare').version,
    );
    expectProblem(change, 409, 'DUPLICATE');
  });

  it('names each bad field and refuses unknown ones', async () => {
    const response = await send('POST', 'roles', admin, {
      key: 'Inte En Nyckel',
      nameSv: '',
      synonyms: ['', 'x'.repeat(61)],
      version: 3,
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = new Set(body.errors?.map((e) => e.field));
    for (const field of [
      'body.key',
      'body.nameSv',
      'body.nameEn',
      'body.synonyms.0',
      'body.synonyms.1',
      'body.version',
    ]) {
      expect(fields).toContain(field);
    }
    const tooMany = await send('POST', 'roles', admin, {
      key: 'manga-synonymer',
      nameSv: 'Många',
      nameEn: 'Many',
      synonyms: Array.from({ length: 31 }, (_, i) => `s${i}`),
    });
    expect(expectProblem(tooMany, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe(
      'body.synonyms',
    );
  });

  it('changes a role with If-Match, replacing the synonyms, and refuses 428 and 412', async () => {
    const id = roleId('utvecklingsledare');
    const without = await send('PATCH', `roles/${id}`, admin, { synonyms: ['UL'] });
    expectProblem(without, 428, 'PRECONDITION_REQUIRED');

    const response = await send('PATCH', `roles/${id}`, admin, { synonyms: ['UL', 'VU'] }, 1);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json<Role>()).toMatchObject({ synonyms: ['UL', 'VU'], version: 2 });

    const stale = await send('PATCH', `roles/${id}`, admin, { nameEn: 'Development lead' }, 1);
    const problem = expectProblem(stale, 412, 'PRECONDITION_FAILED') as unknown as {
      currentVersion: number;
      current: Role;
    };
    expect(problem.currentVersion).toBe(2);
    expect(problem.current.synonyms).toEqual(['UL', 'VU']);

    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(['role.updated']);
    expect(events[0]?.before).toMatchObject({
      version: 1,
      synonyms: expect.arrayContaining(['UL']),
    });
    expect(events[0]?.after).toMatchObject({ version: 2, synonyms: ['UL', 'VU'] });
  });

  it('archives a role with DELETE and restores it with archivedAt: null', async () => {
    const created = (
      await send('POST', 'roles', admin, {
        key: 'tillfallig',
        nameSv: 'Tillfällig',
        nameEn: 'Temp',
      })
    ).json<Role>();
    expectProblem(await send('DELETE', `roles/${created.id}`, admin), 428, 'PRECONDITION_REQUIRED');
    expectProblem(
      await send('DELETE', `roles/${created.id}`, admin, undefined, 7),
      412,
      'PRECONDITION_FAILED',
    );

    const archived = await send('DELETE', `roles/${created.id}`, admin, undefined, 1);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<Role>().archivedAt).not.toBeNull();
    expect((await all<Role>('roles?limit=500')).map((r) => r.key)).not.toContain('tillfallig');
    expect((await all<Role>('roles?limit=500&include=archived')).map((r) => r.key)).toContain(
      'tillfallig',
    );

    const restored = await send('PATCH', `roles/${created.id}`, admin, { archivedAt: null }, 2);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Role>()).toMatchObject({ archivedAt: null, version: 3 });
    expect((await auditFor(created.id)).map((e) => e.action)).toEqual([
      'role.created',
      'role.archived',
      'role.restored',
    ]);
  });

  it('feeds changed roles in change order with updatedSince', async () => {
    const since = new Date().toISOString();
    const id = roleId('samordnare-civilsamhalle');
    await send('PATCH', `roles/${id}`, admin, { nameEn: 'Civil society coordinator' }, 1);
    const feed = await all<Role>(`roles?updatedSince=${encodeURIComponent(since)}`);
    expect(feed.map((r) => r.id)).toEqual([id]);
  });

  it('refuses role writes from editors and viewers, and 404 for an unknown role', async () => {
    const id = roleId('mas');
    for (const headers of [editor, viewer]) {
      expectProblem(
        await send('POST', 'roles', headers, { key: 'ny-roll', nameSv: 'Ny', nameEn: 'New' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await send('PATCH', `roles/${id}`, headers, { nameEn: 'X' }, 1),
        403,
        'FORBIDDEN',
      );
      expectProblem(await send('PATCH', `roles/${id}`, headers, { nameEn: 'X' }), 403, 'FORBIDDEN');
      expectProblem(await send('DELETE', `roles/${id}`, headers, undefined, 1), 403, 'FORBIDDEN');
    }
    expect(await auditFor(id)).toEqual([]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectProblem(
      await send('PATCH', `roles/${unknown}`, admin, { nameEn: 'X' }, 1),
      404,
      'NOT_FOUND',
    );
    expectProblem(await send('DELETE', `roles/${unknown}`, admin, undefined, 1), 404, 'NOT_FOUND');
  });
});

describe('counterpart pairs', () => {
  const detailOf = async (key: string) =>
    (
      await t.app.inject({ url: `/api/v1/roles/${roleId(key)}`, headers: viewer })
    ).json<RoleDetail>();

  it('pairs two roles, visible from both ends, with an audit event', async () => {
    const response = await send('POST', `roles/${roleId('mas')}/counterparts`, admin, {
      roleId: roleId('narvardskoordinator'),
      descriptionSv: 'Vid avvikelser i kommunal hälso- och sjukvård.',
    });
    expect(response.statusCode, response.body).toBe(201);
    const pair = response.json<RoleCounterpart>();
    expect(pair).toMatchObject({
      role: { key: 'narvardskoordinator' },
      descriptionSv: 'Vid avvikelser i kommunal hälso- och sjukvård.',
      descriptionEn: null,
    });
    expect(response.headers.location).toBe(
      `/api/v1/roles/${roleId('mas')}/counterparts/${pair.id}`,
    );
    const location = await t.app.inject({
      url: String(response.headers.location),
      headers: viewer,
    });
    expect(location.json<RoleCounterpart>()).toEqual(pair);

    expect((await detailOf('mas')).counterparts.map((c) => c.id)).toContain(pair.id);
    const fromOtherEnd = (await detailOf('narvardskoordinator')).counterparts.find(
      (c) => c.id === pair.id,
    );
    expect(fromOtherEnd?.role.key).toBe('mas');

    const events = await auditFor(pair.id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'role_counterpart.created',
        entity_type: 'role_counterpart',
        before: null,
      }),
    ]);
    expect(events[0]?.after).toMatchObject({
      roleA: { key: 'mas' },
      roleB: { key: 'narvardskoordinator' },
    });
  });

  it('refuses the same pair again in the reverse order, and a repeated self-pair', async () => {
    const reverse = await send(
      'POST',
      `roles/${roleId('narvardskoordinator')}/counterparts`,
      admin,
      {
        roleId: roleId('sjukhuskoordinator'),
      },
    );
    const body = expectProblem(reverse, 409, 'DUPLICATE');
    expect(body.detail).toBe(
      'Närvårdskoordinator and Sjukhuskoordinator are already counterparts.',
    );
    const self = await send('POST', `roles/${roleId('processledare-kommun')}/counterparts`, admin, {
      roleId: roleId('processledare-kommun'),
    });
    expectProblem(self, 409, 'DUPLICATE');
  });

  it('pairs a role with itself once', async () => {
    const response = await send(
      'POST',
      `roles/${roleId('sjukhuskoordinator')}/counterparts`,
      admin,
      {
        roleId: roleId('sjukhuskoordinator'),
      },
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<RoleCounterpart>().role.key).toBe('sjukhuskoordinator');
    const own = (await detailOf('sjukhuskoordinator')).counterparts.filter(
      (c) => c.role.key === 'sjukhuskoordinator',
    );
    expect(own).toHaveLength(1);
  });

  it('refuses an unknown or archived counterpart role and bad bodies', async () => {
    const unknown = await send('POST', `roles/${roleId('mas')}/counterparts`, admin, {
      roleId: '00000000-0000-4000-8000-000000000000',
    });
    expect(expectProblem(unknown, 422, 'UNPROCESSABLE').errors).toEqual([
      { field: 'body.roleId', message: 'does not exist' },
    ]);
    const archived = (
      await send('POST', 'roles', admin, { key: 'arkiverad', nameSv: 'Arkiverad', nameEn: 'Old' })
    ).json<Role>();
    await send('DELETE', `roles/${archived.id}`, admin, undefined, 1);
    const toArchived = await send('POST', `roles/${roleId('mas')}/counterparts`, admin, {
      roleId: archived.id,
    });
    expectProblem(toArchived, 422, 'UNPROCESSABLE');
    const bad = await send('POST', `roles/${roleId('mas')}/counterparts`, admin, {
      roleId: 'x',
      note: 'y',
    });
    const fields = expectProblem(bad, 400, 'VALIDATION_FAILED').errors?.map((e) => e.field);
    expect(fields?.sort()).toEqual(['body.note', 'body.roleId']);
    const missingRole = await send(
      'POST',
      'roles/00000000-0000-4000-8000-000000000000/counterparts',
      admin,
      { roleId: roleId('mas') },
    );
    expectProblem(missingRole, 404, 'NOT_FOUND');
  });

  it('removes a pair from either end for real, keeping it in the audit event', async () => {
    const pair = (
      await send('POST', `roles/${roleId('projektledare')}/counterparts`, admin, {
        roleId: roleId('utvecklingsledare'),
      })
    ).json<RoleCounterpart>();
    const elsewhere = await send('DELETE', `roles/${roleId('mas')}/counterparts/${pair.id}`, admin);
    expectProblem(elsewhere, 404, 'NOT_FOUND');

    const response = await send(
      'DELETE',
      `roles/${roleId('utvecklingsledare')}/counterparts/${pair.id}`,
      admin,
    );
    expect(response.statusCode, response.body).toBe(204);
    expect((await detailOf('projektledare')).counterparts.map((c) => c.id)).not.toContain(pair.id);
    expect(
      await t.database.db
        .selectFrom('role_counterparts')
        .select('id')
        .where('id', '=', pair.id)
        .execute(),
    ).toEqual([]);
    const events = await auditFor(pair.id);
    expect(events.map((e) => e.action)).toEqual([
      'role_counterpart.created',
      'role_counterpart.deleted',
    ]);
    expect(events[1]?.before).toMatchObject({
      id: pair.id,
      roleA: { key: 'projektledare' },
      roleB: { key: 'utvecklingsledare' },
    });
    expect(events[1]?.after).toBeNull();

    const again = await send(
      'DELETE',
      `roles/${roleId('utvecklingsledare')}/counterparts/${pair.id}`,
      admin,
    );
    expectProblem(again, 404, 'NOT_FOUND');
  });

  it('refuses pair writes from editors and viewers', async () => {
    const pairId = (await detailOf('mas')).counterparts[0]?.id;
    for (const headers of [editor, viewer]) {
      const add = await send('POST', `roles/${roleId('mas')}/counterparts`, headers, {
        roleId: roleId('projektledare'),
      });
      expectProblem(add, 403, 'FORBIDDEN');
      const remove = await send('DELETE', `roles/${roleId('mas')}/counterparts/${pairId}`, headers);
      expectProblem(remove, 403, 'FORBIDDEN');
    }
    expect((await detailOf('mas')).counterparts[0]?.id).toBe(pairId);
  });
});

describe('writing networks', () => {
  it('creates a sub-network with topics and members in one audited write', async () => {
    const response = await send('POST', 'networks', admin, {
      name: 'Forum för hemsjukvård',
      kind: 'forum',
      parentId: networkId('Nätverket Nära vård i Sörmland'),
      website: 'https://example.org/hemsjukvard',
      topicIds: [topicId('primarvarden-som-nav'), topicId('anhorigstod')],
      organisationIds: [organisationId('Trosa kommun'), organisationId('Gnesta kommun')],
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Network>();
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/networks/${created.id}`);
    // Sets come back in Swedish name order.
    expect(created.topicIds).toEqual([topicId('anhorigstod'), topicId('primarvarden-som-nav')]);
    expect(created.organisationIds).toEqual([
      organisationId('Gnesta kommun'),
      organisationId('Trosa kommun'),
    ]);
    const detail = (
      await t.app.inject({ url: `/api/v1/networks/${created.id}`, headers: viewer })
    ).json<NetworkDetail>();
    expect(detail.parent?.name).toBe('Nätverket Nära vård i Sörmland');
    expect(detail.organisations.map((o) => o.name)).toEqual(['Gnesta kommun', 'Trosa kommun']);
    expect(detail.postCount).toBe(0);
    const parent = (
      await t.app.inject({
        url: `/api/v1/networks/${networkId('Nätverket Nära vård i Sörmland')}`,
        headers: viewer,
      })
    ).json<NetworkDetail>();
    expect(parent.children.map((c) => c.name)).toContain('Forum för hemsjukvård');

    const events = await auditFor(created.id);
    expect(events).toEqual([
      expect.objectContaining({ action: 'network.created', entity_type: 'network', before: null }),
    ]);
    expect(events[0]?.after).toEqual(created);
  });

  it('replaces topics and members with If-Match; members kept keep their period', async () => {
    const id = networkId('Tillsammans för unga vuxna');
    await t.database.db
      .updateTable('network_organisations')
      .set({ valid_from: '2023-01-01' })
      .where('network_id', '=', id)
      .where('organisation_id', '=', organisationId('Trosa kommun'))
      .execute();
    const response = await send(
      'PATCH',
      `networks/${id}`,
      admin,
      {
        topicIds: [topicId('kraftsamling-psykisk-halsa')],
        organisationIds: [organisationId('Trosa kommun'), organisationId('Flens kommun')],
      },
      1,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    const updated = response.json<Network>();
    expect(updated.topicIds).toEqual([topicId('kraftsamling-psykisk-halsa')]);
    const detail = (
      await t.app.inject({ url: `/api/v1/networks/${id}`, headers: viewer })
    ).json<NetworkDetail>();
    expect(detail.organisations).toEqual([
      expect.objectContaining({ name: 'Flens kommun', validFrom: null }),
      expect.objectContaining({ name: 'Trosa kommun', validFrom: '2023-01-01' }),
    ]);
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(['network.updated']);
    const before = events[0]?.before as Network | undefined;
    expect(before?.topicIds).toEqual([
      topicId('delaktighet-och-personcentrering'),
      topicId('kraftsamling-psykisk-halsa'),
    ]);
    expect(before?.organisationIds).toHaveLength(7);
    expect(events[0]?.after).toEqual(updated);

    const cleared = await send('PATCH', `networks/${id}`, admin, { topicIds: [] }, 2);
    expect(cleared.json<Network>().topicIds).toEqual([]);
    expect(cleared.json<Network>().organisationIds).toHaveLength(2);
  });

  it('refuses unknown topics, organisations and parents with 422 naming each', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const response = await send('POST', 'networks', admin, {
      name: 'Felaktigt nätverk',
      kind: 'project',
      parentId: unknown,
      topicIds: [topicId('egenvard'), unknown],
      organisationIds: [unknown],
    });
    const body = expectProblem(response, 422, 'UNPROCESSABLE');
    expect(body.errors?.map((e) => e.field)).toEqual([
      'body.parentId',
      'body.topicIds.1',
      'body.organisationIds.0',
    ]);
    const patch = await send(
      'PATCH',
      `networks/${networkId('LPO Psykisk hälsa')}`,
      admin,
      { organisationIds: [unknown] },
      1,
    );
    expectProblem(patch, 422, 'UNPROCESSABLE');
    expect(await auditFor(networkId('LPO Psykisk hälsa'))).toEqual([]);
  });

  it('refuses to place a network below itself or one of its sub-networks', async () => {
    const top = get(networks, 'Nätverket Nära vård i Sörmland');
    const below = await send(
      'PATCH',
      `networks/${top.id}`,
      admin,
      { parentId: networkId('LPO Äldres hälsa') },
      top.version,
    );
    expect(expectProblem(below, 422, 'UNPROCESSABLE').errors).toEqual([
      { field: 'body.parentId', message: expect.any(String) },
    ]);
    const self = await send(
      'PATCH',
      `networks/${top.id}`,
      admin,
      { parentId: top.id },
      top.version,
    );
    expectProblem(self, 422, 'UNPROCESSABLE');

    const lpo = get(networks, 'LPO Psykisk hälsa');
    const moved = await send('PATCH', `networks/${lpo.id}`, admin, { parentId: null }, lpo.version);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Network>().parentId).toBeNull();
  });

  it('names each bad field', async () => {
    const response = await send('POST', 'networks', admin, {
      name: ' ',
      kind: 'club',
      website: 'inte en adress',
      topicIds: [topicId('egenvard'), topicId('egenvard')],
      id: '00000000-0000-4000-8000-000000000000',
    });
    const fields = new Set(
      expectProblem(response, 400, 'VALIDATION_FAILED').errors?.map((e) => e.field),
    );
    for (const field of ['body.name', 'body.kind', 'body.website', 'body.topicIds', 'body.id']) {
      expect(fields).toContain(field);
    }
    const empty = await send('PATCH', `networks/${networkId('LPO Äldres hälsa')}`, admin, {}, 1);
    expectProblem(empty, 400, 'VALIDATION_FAILED');
  });

  it('archives and restores a network with If-Match, 428 without and 412 when stale', async () => {
    const id = networkId('Tillsammans för barnen');
    expectProblem(await send('DELETE', `networks/${id}`, admin), 428, 'PRECONDITION_REQUIRED');
    const archived = await send('DELETE', `networks/${id}`, admin, undefined, 1);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<Network>().archivedAt).not.toBeNull();
    expect((await all<Network>('networks')).map((n) => n.id)).not.toContain(id);
    expect((await all<Network>('networks?include=archived')).map((n) => n.id)).toContain(id);

    const stale = await send('PATCH', `networks/${id}`, admin, { archivedAt: null }, 1);
    expect(
      (expectProblem(stale, 412, 'PRECONDITION_FAILED') as unknown as { currentVersion: number })
        .currentVersion,
    ).toBe(2);
    const restored = await send('PATCH', `networks/${id}`, admin, { archivedAt: null }, 2);
    expect(restored.json<Network>()).toMatchObject({ archivedAt: null, version: 3 });
    expect((await auditFor(id)).map((e) => e.action)).toEqual([
      'network.archived',
      'network.restored',
    ]);
  });

  it('refuses network writes from editors and viewers', async () => {
    const id = networkId('Trygg och effektiv utskrivning');
    for (const headers of [editor, viewer]) {
      expectProblem(
        await send('POST', 'networks', headers, { name: 'Nytt', kind: 'forum' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await send('PATCH', `networks/${id}`, headers, { name: 'X' }, 1),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await send('DELETE', `networks/${id}`, headers, undefined, 1),
        403,
        'FORBIDDEN',
      );
    }
    expect(await auditFor(id)).toEqual([]);
  });
});

describe('writing topics', () => {
  it('creates topics that list in Swedish order: Zebra before Övrigt', async () => {
    for (const [key, nameSv] of [
      ['ovrigt', 'Övrigt'],
      ['zebra', 'Zebra'],
      ['angest', 'Ångest'],
    ]) {
      const response = await send('POST', 'topics', admin, {
        key,
        kind: 'other',
        nameSv,
        nameEn: nameSv,
      });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.headers.location).toBe(`/api/v1/topics/${response.json<Topic>().id}`);
      expect((await auditFor(response.json<Topic>().id)).map((e) => e.action)).toEqual([
        'topic.created',
      ]);
    }
    const names = (await all<Topic>('topics?kind=other')).map((topic) => topic.nameSv);
    expect(names).toEqual(['Anhörigstöd', 'Egenvård', 'Zebra', 'Ångest', 'Övrigt']);
  });

  it('refuses a duplicate key and bad fields', async () => {
    const duplicate = await send('POST', 'topics', admin, {
      key: 'egenvard',
      nameSv: 'Egenvård igen',
      nameEn: 'Self-care again',
    });
    expectProblem(duplicate, 409, 'DUPLICATE');
    const bad = await send('POST', 'topics', admin, {
      key: '-nej',
      kind: 'hobby',
      nameSv: 'x'.repeat(201),
      nameEn: 'Ok',
    });
    const fields = expectProblem(bad, 400, 'VALIDATION_FAILED').errors?.map((e) => e.field);
    expect(new Set(fields)).toEqual(new Set(['body.key', 'body.kind', 'body.nameSv']));
  });

  it('changes, archives and restores a topic with If-Match, each write audited', async () => {
    const id = topicId('strategi-for-halsa');
    expectProblem(
      await send('PATCH', `topics/${id}`, admin, { descriptionEn: null }),
      428,
      'PRECONDITION_REQUIRED',
    );
    const changed = await send('PATCH', `topics/${id}`, admin, { descriptionEn: null }, 1);
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<Topic>()).toMatchObject({ descriptionEn: null, version: 2 });
    expectProblem(
      await send('PATCH', `topics/${id}`, admin, { nameEn: 'Health strategy' }, 1),
      412,
      'PRECONDITION_FAILED',
    );
    const archived = await send('DELETE', `topics/${id}`, admin, undefined, 2);
    expect(archived.json<Topic>().archivedAt).not.toBeNull();
    expect((await all<Topic>('topics')).map((topic) => topic.id)).not.toContain(id);
    const restored = await send('PATCH', `topics/${id}`, admin, { archivedAt: null }, 3);
    expect(restored.json<Topic>()).toMatchObject({ archivedAt: null, version: 4 });
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual([
      'topic.updated',
      'topic.archived',
      'topic.restored',
    ]);
    expect(events.every((e) => e.entity_type === 'topic' && e.actor_id)).toBe(true);
  });

  it('refuses topic writes from editors and viewers', async () => {
    const id = topicId('digitalisering');
    for (const headers of [editor, viewer]) {
      expectProblem(
        await send('POST', 'topics', headers, { key: 'ny', nameSv: 'Ny', nameEn: 'New' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await send('PATCH', `topics/${id}`, headers, { nameSv: 'X' }, 1),
        403,
        'FORBIDDEN',
      );
      expectProblem(await send('DELETE', `topics/${id}`, headers, undefined, 1), 403, 'FORBIDDEN');
    }
    expect(await auditFor(id)).toEqual([]);
  });
});
