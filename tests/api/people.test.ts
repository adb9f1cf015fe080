import type { Person, PersonAssignment, PersonDetail } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { countStatements } from '../helpers/statement-counter';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let steward: Record<string, string>;
let viewer: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
});
afterAll(() => t.close());

type Headers = Record<string, string>;
type Page = { items: Person[]; nextCursor: string | null };

const personId = async (email: string) =>
  (
    await t.database.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
  ).id;
const organisationId = async (name: string) =>
  (
    await t.database.db
      .selectFrom('organisations')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).id;
const roleId = async (key: string) =>
  (
    await t.database.db
      .selectFrom('roles')
      .select('id')
      .where('key', '=', key)
      .executeTakeFirstOrThrow()
  ).id;
const topicId = async (key: string) =>
  (
    await t.database.db
      .selectFrom('topics')
      .select('id')
      .where('key', '=', key)
      .executeTakeFirstOrThrow()
  ).id;
const networkId = async (name: string) =>
  (
    await t.database.db
      .selectFrom('networks')
      .select('id')
      .where('name', '=', name)
      .executeTakeFirstOrThrow()
  ).id;
const userId = async (email: string) =>
  (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', email)
      .executeTakeFirstOrThrow()
  ).id;

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();

const list = async (query: string, headers: Headers = admin): Promise<Page> => {
  const response = await t.app.inject({ url: `/api/v1/people?${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Page>();
};
const names = (page: Page) => page.items.map((p) => `${p.givenName} ${p.familyName}`);

const detail = (id: string, headers: Headers = admin, query = '') =>
  t.app.inject({ url: `/api/v1/people/${id}${query}`, headers });

const create = (headers: Headers, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/v1/people', headers, payload });

const patch = (id: string, headers: Headers, payload: object, version?: number | string) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/v1/people/${id}`,
    headers: {
      ...headers,
      ...(version !== undefined
        ? { 'if-match': typeof version === 'number' ? `"${version}"` : version }
        : {}),
    },
    payload,
  });

const remove = (id: string, headers: Headers, version?: number) =>
  t.app.inject({
    method: 'DELETE',
    url: `/api/v1/people/${id}`,
    headers: { ...headers, ...(version !== undefined ? { 'if-match': `"${version}"` } : {}) },
  });

const verify = (id: string, headers: Headers) =>
  t.app.inject({ method: 'POST', url: `/api/v1/people/${id}/verify`, headers });

const versionOf = async (id: string) => {
  const response = await detail(id);
  expect(response.statusCode).toBe(200);
  return response.json<PersonDetail>().version;
};

let serial = 0;
/** A fresh person in Eskilstuna kommun (the demo steward's scope), added directly to the table. */
async function insertPerson(
  overrides: Partial<{ given_name: string; family_name: string; organisation_id: string }> = {},
) {
  serial += 1;
  const { id } = await t.database.db
    .insertInto('people')
    .values({
      organisation_id: await organisationId('Eskilstuna kommun'),
      given_name: 'Testa',
      family_name: `Testsson ${serial}`,
      email: `testa.${serial}@eskilstuna.example`,
      ...overrides,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

const personFields = [
  'archivedAt',
  'bio',
  'createdAt',
  'email',
  'familyName',
  'givenName',
  'hsaId',
  'id',
  'languages',
  'lastVerifiedAt',
  'lastVerifiedBy',
  'mobile',
  'mobileVisibility',
  'organisation',
  'organisationId',
  'phone',
  'phoneVisibility',
  'protected',
  'title',
  'topicIds',
  'updatedAt',
  'version',
];

describe('listing people', () => {
  it('answers 401 without sign-in', async () => {
    const response = await t.app.inject({ url: '/api/v1/people' });
    expectProblem(response, 401, 'NOT_SIGNED_IN');
  });

  it('sorts by family then given name in Swedish order (Å Ä Ö after Z)', async () => {
    const kommun = await organisationId('Gnesta kommun');
    for (const [given, family] of [
      ['Östen', 'Östlund'],
      ['Ärla', 'Ärlig'],
      ['Åsa', 'Åberg'],
      ['Zara', 'Zetterlund'],
      ['Adam', 'Zetterlund'],
    ] as const) {
      await insertPerson({ given_name: given, family_name: family, organisation_id: kommun });
    }
    const page = await list(`organisation=${kommun}&limit=500`);
    expect(names(page)).toEqual([
      'Maria Gustafsson',
      'Peter Holm',
      'Adam Zetterlund',
      'Zara Zetterlund',
      'Åsa Åberg',
      'Ärla Ärlig',
      'Östen Östlund',
    ]);
    const all = names(await list('limit=500'));
    expect(all.indexOf('Östen Östlund')).toBe(all.length - 1);
  });

  it('serialises exactly the person fields, with the employer as a reference', async () => {
    const page = await list('limit=1');
    const [first] = page.items;
    expect(Object.keys(first ?? {}).sort()).toEqual(personFields);
    expect(Object.keys(first?.organisation ?? {}).sort()).toEqual([
      'id',
      'kind',
      'name',
      'shortName',
    ]);
  });

  it('pages through everyone without gaps or repeats', async () => {
    const everyone = (await list('limit=500')).items.map((p) => p.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(`limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everyone);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('refuses a cursor it did not issue and bad filters, naming the field', async () => {
    const badCursor = await t.app.inject({ url: '/api/v1/people?cursor=abc', headers: admin });
    expect(expectProblem(badCursor, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe(
      'querystring.cursor',
    );
    const badFilters = await t.app.inject({
      url: '/api/v1/people?role=nope&asOf=2024-13-01&limit=0',
      headers: admin,
    });
    const fields = expectProblem(badFilters, 400, 'VALIDATION_FAILED').errors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['querystring.role', 'querystring.asOf', 'querystring.limit']),
    );
  });

  it('filters by employer including the organisations below it', async () => {
    const region = names(
      await list(`organisation=${await organisationId('Region Sörmland')}&limit=500`),
    );
    // A hospital, a division and a primary care centre below a division.
    expect(region).toEqual(
      expect.arrayContaining([
        'Helena Sjöberg',
        'Elin Sjöqvist',
        'Tove Gränsmark',
        'Susanne Wikström',
        'Aleksandra Nowak',
      ]),
    );
    expect(region).not.toContain('Anna Eriksson');
    expect(region).not.toContain('Sofia Ekström');
    const kullbergska = names(
      await list(`organisation=${await organisationId('Kullbergska sjukhuset')}`),
    );
    expect(kullbergska).toEqual(['Therese Hansson', 'Elin Sjöqvist', 'Ingrid Svensson']);
  });

  it('filters by role: the people holding such a post today, or on asOf', async () => {
    const role = await roleId('sjukhuskoordinator');
    expect(names(await list(`role=${role}`))).toEqual([
      'Malin Bergström',
      'Per Gustafsson',
      'Elin Sjöqvist',
    ]);
    expect(names(await list(`role=${role}&asOf=2022-01-01`))).toEqual([
      'Per Gustafsson',
      'Fredrik Lindgren',
      'Ingrid Svensson',
    ]);
  });

  it('filters by network and by topic', async () => {
    expect(names(await list(`network=${await networkId('LPO Äldres hälsa')}`))).toEqual([
      'Eva Lindahl',
      'Gun-Britt Wahlström',
    ]);
    expect(names(await list(`topic=${await topicId('anhorigstod')}`))).toEqual([
      'Eva Lindahl',
      'Gun-Britt Wahlström',
    ]);
    const combined = await list(
      `topic=${await topicId('anhorigstod')}&organisation=${await organisationId('Region Sörmland')}`,
    );
    expect(names(combined)).toEqual(['Eva Lindahl']);
  });

  it('lists only what changed since a time, oldest change first', async () => {
    const since = new Date(Date.now() - 1).toISOString();
    const first = await personId('johan.andersson@eskilstuna.example');
    const second = await personId('ahmed.yusuf@eskilstuna.example');
    expect(
      (await patch(first, steward, { title: 'Enhetschef' }, await versionOf(first))).statusCode,
    ).toBe(200);
    expect(
      (await patch(second, steward, { title: 'Samordnare' }, await versionOf(second))).statusCode,
    ).toBe(200);
    const page = await list(`updatedSince=${encodeURIComponent(since)}&limit=1`);
    expect(page.items.map((p) => p.id)).toEqual([first]);
    const next = await list(
      `updatedSince=${encodeURIComponent(since)}&limit=1&cursor=${page.nextCursor}`,
    );
    expect(next.items.map((p) => p.id)).toEqual([second]);
    expect(next.nextCursor).toBeNull();
  });
});

describe('a person’s profile', () => {
  const byRole = (posts: PersonAssignment[], key: string) => posts.find((p) => p.role.key === key);

  it('shows Helena Sjöberg as regional processledare since 2024-03-01, in one answer with ETag', async () => {
    const id = await personId('helena.sjoberg@regionsormland.example');
    const response = await detail(id, viewer);
    expect(response.statusCode).toBe(200);
    const helena = response.json<PersonDetail>();
    expect(response.headers.etag).toBe(`"${helena.version}"`);
    expect(helena.currentPosts).toEqual([
      {
        assignmentId: expect.any(String),
        kind: 'holder',
        validFrom: '2024-03-01',
        validTo: null,
        post: {
          id: expect.any(String),
          title: 'Processledare Nära vård, Region Sörmland',
          required: true,
        },
        role: {
          id: await roleId('processledare-region'),
          key: 'processledare-region',
          nameSv: 'Processledare (region)',
          nameEn: 'Process lead (region)',
        },
        organisation: {
          id: await organisationId('Region Sörmland'),
          name: 'Region Sörmland',
          shortName: null,
          kind: 'region',
        },
        network: {
          id: await networkId('Nätverket Nära vård i Sörmland'),
          name: 'Nätverket Nära vård i Sörmland',
        },
      },
    ]);
    expect(helena.history).toEqual([]);
    expect(helena.networks.map((n) => n.name)).toEqual(['Nätverket Nära vård i Sörmland']);
    expect(helena.topics.map((topic) => topic.key).sort()).toEqual([
      'delaktighet-och-personcentrering',
      'god-och-nara-vard',
      'primarvarden-som-nav',
    ]);
    expect(helena.organisation.name).toBe('Region Sörmland');
    expect([...helena.topicIds].sort()).toEqual(helena.topics.map((topic) => topic.id).sort());
  });

  it('shows Tove Gränsmark’s handover: pl-region in history, ul-narsjukvard now', async () => {
    const id = await personId('tove.gransmark@regionsormland.example');
    const tove = (await detail(id, viewer)).json<PersonDetail>();
    expect(byRole(tove.history, 'processledare-region')).toMatchObject({
      validFrom: '2021-09-01',
      validTo: '2024-02-29',
    });
    expect(tove.currentPosts.map((p) => p.role.key)).toEqual(['utvecklingsledare']);
    expect(tove.currentPosts[0]).toMatchObject({
      validFrom: '2024-03-01',
      organisation: { name: 'Division Närsjukvård' },
    });
    expect(tove.upcoming).toEqual([]);
  });

  it('answers as of a date: on 2024-02-15 Tove is still the regional processledare', async () => {
    const id = await personId('tove.gransmark@regionsormland.example');
    const tove = (await detail(id, viewer, '?asOf=2024-02-15')).json<PersonDetail>();
    expect(tove.asOf).toBe('2024-02-15');
    expect(tove.currentPosts.map((p) => p.role.key)).toEqual(['processledare-region']);
    expect(tove.history).toEqual([]);
    expect(tove.upcoming.map((p) => [p.role.key, p.validFrom])).toEqual([
      ['utvecklingsledare', '2024-03-01'],
    ]);
  });

  it('lists a planned post as upcoming and the deputy post as current (Øystein Bakke)', async () => {
    const id = await personId('oystein.bakke@trosa.example');
    const oystein = (await detail(id, viewer, '?asOf=2026-11-22')).json<PersonDetail>();
    expect(oystein.currentPosts.map((p) => [p.kind, p.validTo])).toEqual([
      ['deputy', '2026-12-31'],
    ]);
    expect(oystein.upcoming.map((p) => [p.kind, p.validFrom])).toEqual([['holder', '2027-01-01']]);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expectProblem(await detail('00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expectProblem(await detail('nope'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await detail(
        await personId('helena.sjoberg@regionsormland.example'),
        viewer,
        '?asOf=yesterday',
      ),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('hides a mobile restricted to the organisation from outsiders only', async () => {
    // Åke Lindström (Eskilstuna) shows his mobile to his own organisation only.
    const id = await personId('ake.lindstrom@eskilstuna.example');
    const asViewer = (await detail(id, viewer)).json<PersonDetail>();
    expect(asViewer.mobileVisibility).toBe('organisation');
    expect(asViewer.mobile).toBeNull();
    expect(asViewer.phone).toBe('016-10 23 45');
    expect((await detail(id, steward)).json<PersonDetail>().mobile).toBe('070-174 06 40');
    expect((await detail(id, admin)).json<PersonDetail>().mobile).toBe('070-174 06 40');
    const listed = await list(
      `organisation=${await organisationId('Eskilstuna kommun')}&limit=500`,
      viewer,
    );
    expect(listed.items.find((p) => p.id === id)?.mobile).toBeNull();
    // Inside her own organisation the viewer sees restricted numbers of colleagues.
    const kullbergska = await insertPerson({
      given_name: 'Kollega',
      family_name: 'Kullberg',
      organisation_id: await organisationId('Kullbergska sjukhuset'),
    });
    await t.database.db
      .updateTable('people')
      .set({ mobile: '070-174 06 90', mobile_visibility: 'organisation' })
      .where('id', '=', kullbergska)
      .execute();
    expect((await detail(kullbergska, viewer)).json<PersonDetail>().mobile).toBe('070-174 06 90');
  });

  it('hides a protected person from everyone but administrators', async () => {
    const created = await create(admin, {
      givenName: 'Skyddad',
      familyName: 'Person',
      organisationId: await organisationId('Eskilstuna kommun'),
      protected: true,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<Person>().id;
    expectProblem(await detail(id, viewer), 404, 'NOT_FOUND');
    expectProblem(await detail(id, steward), 404, 'NOT_FOUND');
    expect((await detail(id, admin)).json<PersonDetail>().protected).toBe(true);
    const query = `organisation=${await organisationId('Eskilstuna kommun')}&limit=500`;
    expect((await list(query, viewer)).items.map((p) => p.id)).not.toContain(id);
    expect((await list(query, steward)).items.map((p) => p.id)).not.toContain(id);
    expect((await list(query, admin)).items.map((p) => p.id)).toContain(id);
    // Writes cannot probe for the person either.
    expectProblem(await patch(id, steward, { title: 'X' }, 1), 404, 'NOT_FOUND');
    expectProblem(await verify(id, steward), 404, 'NOT_FOUND');
  });
});

describe('adding people', () => {
  it('lets the Eskilstuna steward add a person there, with ETag, Location and one audit event', async () => {
    const topics = [await topicId('digitalisering'), await topicId('egenvard')];
    const response = await create(steward, {
      givenName: ' Sanna ',
      familyName: 'Öberg',
      organisationId: await organisationId('Eskilstuna kommun'),
      title: 'Sjuksköterska, närvårdskoordinator',
      email: 'sanna.oberg@eskilstuna.example',
      phone: '016-10 25 00',
      mobile: '070-174 06 91',
      mobileVisibility: 'organisation',
      bio: 'Fråga mig om hemgång.',
      languages: ['sv', 'en', 'sv'],
      topicIds: topics,
      hsaId: 'SE2120001231-P1',
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Person>();
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/people/${created.id}`);
    expect(created).toMatchObject({
      givenName: 'Sanna',
      familyName: 'Öberg',
      mobile: '070-174 06 91',
      mobileVisibility: 'organisation',
      phoneVisibility: 'network',
      languages: ['sv', 'en'],
      protected: false,
      archivedAt: null,
      lastVerifiedAt: null,
      version: 1,
      organisation: { name: 'Eskilstuna kommun', kind: 'municipality' },
    });
    expect([...created.topicIds].sort()).toEqual([...topics].sort());
    expect(Object.keys(created).sort()).toEqual(personFields);
    const events = await auditFor(created.id);
    expect(events).toEqual([
      expect.objectContaining({
        action: 'person.created',
        actor_id: await userId(demoUsers.editor),
        before: null,
      }),
    ]);
    expect(events[0]?.after).toMatchObject({ familyName: 'Öberg', mobile: '070-174 06 91' });
  });

  it('refuses an e-mail address already in use, whatever its case (409)', async () => {
    const response = await create(admin, {
      givenName: 'Anna',
      familyName: 'Dubblett',
      organisationId: await organisationId('Eskilstuna kommun'),
      email: 'Anna.ERIKSSON@eskilstuna.example',
    });
    const problem = expectProblem(response, 409, 'DUPLICATE');
    expect(problem.detail).toMatch(/e-mail/);
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'body.email' })]);
  });

  it('names each bad field (400) and refuses unknown fields', async () => {
    const response = await create(admin, {
      givenName: '',
      familyName: '   ',
      organisationId: 'x',
      email: 'not-an-address',
      languages: ['svenska'],
      hsaId: 'XX123',
      bio: 'x'.repeat(2001),
      phoneVisibility: 'everyone',
      topicIds: ['nope'],
      version: 3,
    });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = new Set(problem.errors?.map((e) => e.field));
    for (const field of [
      'body.givenName',
      'body.familyName',
      'body.organisationId',
      'body.email',
      'body.languages.0',
      'body.hsaId',
      'body.bio',
      'body.phoneVisibility',
      'body.topicIds.0',
      'body.version',
    ]) {
      expect(fields).toContain(field);
    }
    expectProblem(await create(admin, { givenName: 'Utan' }), 400, 'VALIDATION_FAILED');
  });

  it('answers 422 for unknown topics and an unknown organisation', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    const topics = await create(admin, {
      givenName: 'Okänd',
      familyName: 'Topic',
      organisationId: await organisationId('Eskilstuna kommun'),
      topicIds: [await topicId('egenvard'), unknown],
    });
    expect(expectProblem(topics, 422, 'UNPROCESSABLE').errors).toEqual([
      { field: 'body.topicIds.1', message: 'is not a known topic' },
    ]);
    const organisation = await create(admin, {
      givenName: 'Okänd',
      familyName: 'Organisation',
      organisationId: unknown,
    });
    expect(expectProblem(organisation, 422, 'UNPROCESSABLE').errors?.[0]?.field).toBe(
      'body.organisationId',
    );
  });

  it('refuses a steward outside the scope, a viewer, and protected identity from an editor', async () => {
    const base = { givenName: 'Ny', familyName: 'Person' };
    expectProblem(
      await create(steward, { ...base, organisationId: await organisationId('Flens kommun') }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await create(viewer, {
        ...base,
        organisationId: await organisationId('Kullbergska sjukhuset'),
      }),
      403,
      'FORBIDDEN',
    );
    const protectedByEditor = await create(steward, {
      ...base,
      organisationId: await organisationId('Eskilstuna kommun'),
      protected: true,
    });
    expect(expectProblem(protectedByEditor, 403, 'FORBIDDEN').detail).toMatch(/administrators/);
  });
});

describe('changing people', () => {
  it('needs If-Match (428) and refuses a stale one (412) with the current version', async () => {
    const id = await insertPerson();
    expectProblem(await patch(id, steward, { title: 'Ny titel' }), 428, 'PRECONDITION_REQUIRED');
    expectProblem(
      await patch(id, steward, { title: 'Ny titel' }, 'garbage'),
      400,
      'VALIDATION_FAILED',
    );
    const stale = await patch(id, steward, { title: 'Ny titel' }, 7);
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect(stale.json()).toMatchObject({ currentVersion: 1, current: { id, version: 1 } });
    expect(await auditFor(id)).toEqual([]);
  });

  it('lets the steward change a person in scope, bumping the version, with one audit event', async () => {
    const id = await insertPerson();
    const response = await patch(
      id,
      steward,
      { title: 'Biståndshandläggare', phoneVisibility: 'organisation', phone: '016-10 29 99' },
      1,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe('"2"');
    expect(response.json<Person>()).toMatchObject({
      title: 'Biståndshandläggare',
      phone: '016-10 29 99',
      phoneVisibility: 'organisation',
      version: 2,
    });
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(['person.updated']);
    expect(events[0]?.before).toMatchObject({ title: null, version: 1 });
    expect(events[0]?.after).toMatchObject({ title: 'Biståndshandläggare', version: 2 });
  });

  it('takes three statements: lock and read, the update read back in the same statement, the event', async () => {
    const counter = await countStatements(t);
    try {
      const id = await insertPerson();
      const url = `/api/v1/people/${id}`;
      const edit = (version: number, payload: object) =>
        counter.count(url, { ...admin, 'if-match': `"${version}"` }, { method: 'PATCH', payload });
      // The first request after start may look things up once and keep them (the user).
      await counter.count(url, admin);
      expect(await edit(1, { title: 'Samordnare' })).toBe(3);
      expect(await edit(2, { title: 'Samordnare', phone: '016-10 29 98' })).toBe(3);
      // Topics: checked (one statement) and replaced (two) before the update.
      expect(await edit(3, { topicIds: [await topicId('egenvard')] })).toBe(6);
      const saved = await detail(id);
      expect(saved.json<PersonDetail>()).toMatchObject({
        title: 'Samordnare',
        phone: '016-10 29 98',
        topicIds: [await topicId('egenvard')],
        version: 4,
      });
    } finally {
      await counter.close();
    }
  });

  it('refuses an editor out of scope (a Flen person, or moving someone to Flen) and a viewer', async () => {
    const flen = await personId('mikael.olsson@flen.example');
    expectProblem(
      await patch(flen, steward, { title: 'X' }, await versionOf(flen)),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await patch(flen, viewer, { title: 'X' }, await versionOf(flen)),
      403,
      'FORBIDDEN',
    );
    const id = await insertPerson();
    expectProblem(
      await patch(id, steward, { organisationId: await organisationId('Flens kommun') }, 1),
      403,
      'FORBIDDEN',
    );
    expectProblem(await patch(id, steward, { protected: true }, 1), 403, 'FORBIDDEN');
    expect(await auditFor(flen)).toEqual([]);
    expect(await auditFor(id)).toEqual([]);
  });

  it('lets an admin move a person to another organisation', async () => {
    const id = await insertPerson();
    const response = await patch(
      id,
      admin,
      { organisationId: await organisationId('Flens kommun') },
      1,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Person>().organisation.name).toBe('Flens kommun');
  });

  it('refuses a taken e-mail address (409) and unknown topics (422) on change', async () => {
    const id = await insertPerson();
    const duplicate = await patch(id, steward, { email: 'AKE.lindstrom@eskilstuna.example' }, 1);
    expect(expectProblem(duplicate, 409, 'DUPLICATE').detail).toMatch(/e-mail address/);
    const topics = await patch(
      id,
      steward,
      { topicIds: ['00000000-0000-4000-8000-000000000000'] },
      1,
    );
    expectProblem(topics, 422, 'UNPROCESSABLE');
    expectProblem(await patch(id, steward, {}, 1), 400, 'VALIDATION_FAILED');
    expectProblem(
      await patch('00000000-0000-4000-8000-000000000000', admin, { title: 'X' }, 1),
      404,
      'NOT_FOUND',
    );
    expect(await auditFor(id)).toEqual([]);
  });

  it('lets lasare@ change her own phone and topics: one event, topics in before and after', async () => {
    const id = await personId('elin.sjoqvist@regionsormland.example');
    const version = await versionOf(id);
    const topics = [await topicId('digitalisering'), await topicId('anhorigstod')];
    const response = await patch(id, viewer, { phone: '0150-56 20 99', topicIds: topics }, version);
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json<Person>();
    expect(updated.phone).toBe('0150-56 20 99');
    expect([...updated.topicIds].sort()).toEqual([...topics].sort());
    expect(updated.version).toBe(version + 1);
    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(['person.updated']);
    const [event] = events;
    if (!event) throw new Error('expected one audit event');
    expect(event.actor_id).toBe(await userId(demoUsers.viewer));
    expect((event.before as Person).topicIds).toEqual([
      await topicId('delaktighet-och-personcentrering'),
    ]);
    expect([...(event.after as Person).topicIds].sort()).toEqual([...topics].sort());

    // Only the topics: still a new version, so caches and change feeds notice.
    const again = await patch(id, viewer, { topicIds: [] }, version + 1);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json<Person>()).toMatchObject({ topicIds: [], version: version + 2 });
    expect((await auditFor(id)).length).toBe(2);
  });

  it('refuses lasare@ changing her own organisation, name or protection, saying why', async () => {
    const id = await personId('elin.sjoqvist@regionsormland.example');
    const version = await versionOf(id);
    const moved = await patch(
      id,
      viewer,
      { organisationId: await organisationId('Region Sörmland'), phone: '0150-1' },
      version,
    );
    const problem = expectProblem(moved, 403, 'FORBIDDEN');
    expect(problem.detail).toMatch(/organisationId/);
    expect(problem.errors).toEqual([{ field: 'body.organisationId', message: expect.any(String) }]);
    expectProblem(await patch(id, viewer, { familyName: 'Annan' }, version), 403, 'FORBIDDEN');
    expectProblem(await patch(id, viewer, { protected: true }, version), 403, 'FORBIDDEN');
    expect(await versionOf(id)).toBe(version);
  });
});

describe('archiving and restoring people', () => {
  it('archives with If-Match, hides from lists, and restores with archivedAt: null', async () => {
    const id = await insertPerson({ given_name: 'Arkiv', family_name: 'Arkivsson' });
    expectProblem(await remove(id, steward), 428, 'PRECONDITION_REQUIRED');
    expectProblem(await remove(id, steward, 9), 412, 'PRECONDITION_FAILED');

    const archived = await remove(id, steward, 1);
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.headers.etag).toBe('"2"');
    expect(archived.json<Person>().archivedAt).not.toBeNull();

    const kommun = await organisationId('Eskilstuna kommun');
    expect((await list(`organisation=${kommun}&limit=500`)).items.map((p) => p.id)).not.toContain(
      id,
    );
    expect(
      (await list(`organisation=${kommun}&limit=500&include=archived`)).items.map((p) => p.id),
    ).toContain(id);
    expect((await detail(id, viewer)).json<PersonDetail>().archivedAt).not.toBeNull();

    const restored = await patch(id, steward, { archivedAt: null }, 2);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Person>()).toMatchObject({ archivedAt: null, version: 3 });

    const events = await auditFor(id);
    expect(events.map((e) => e.action)).toEqual(['person.archived', 'person.restored']);
    expect(events[0]?.before).toMatchObject({ archivedAt: null });
  });

  it('refuses archiving by an editor out of scope, a viewer and the person themselves', async () => {
    const flen = await personId('jenny.lund@flen.example');
    expectProblem(await remove(flen, steward, await versionOf(flen)), 403, 'FORBIDDEN');
    const elin = await personId('elin.sjoqvist@regionsormland.example');
    expectProblem(await remove(elin, viewer, await versionOf(elin)), 403, 'FORBIDDEN');
    const id = await insertPerson();
    expectProblem(await patch(id, viewer, { archivedAt: null }, 1), 403, 'FORBIDDEN');
    expect(await auditFor(flen)).toEqual([]);
  });
});

describe('confirming an entry', () => {
  it('lets the person confirm their own entry: stamped, version bumped, ETag and audit', async () => {
    const id = await personId('elin.sjoqvist@regionsormland.example');
    const version = await versionOf(id);
    const before = (await auditFor(id)).length;
    const response = await verify(id, viewer);
    expect(response.statusCode, response.body).toBe(200);
    const verified = response.json<Person>();
    expect(verified.version).toBe(version + 1);
    expect(response.headers.etag).toBe(`"${version + 1}"`);
    expect(verified.lastVerifiedBy).toBe(await userId(demoUsers.viewer));
    expect(Date.now() - Date.parse(verified.lastVerifiedAt ?? '')).toBeLessThan(60_000);
    const events = await auditFor(id);
    expect(events.length).toBe(before + 1);
    expect(events.at(-1)?.action).toBe('person.verified');
  });

  it('lets a steward confirm people of their organisation, not of others', async () => {
    const id = await personId('dilan.ahmadi@eskilstuna.example');
    const response = await verify(id, steward);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Person>().lastVerifiedBy).toBe(await userId(demoUsers.editor));
    expect((await auditFor(id)).map((e) => e.action)).toEqual(['person.verified']);

    expectProblem(
      await verify(await personId('mikael.olsson@flen.example'), steward),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await verify(await personId('therese.hansson@regionsormland.example'), viewer),
      403,
      'FORBIDDEN',
    );
    expect((await verify(await personId('mikael.olsson@flen.example'), admin)).statusCode).toBe(
      200,
    );
    expectProblem(await verify('00000000-0000-4000-8000-000000000000', admin), 404, 'NOT_FOUND');
  });
});
