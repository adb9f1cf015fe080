import type { Organisation, Post, PostDetail } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
let posts: Post[];
let organisations: Map<string, Organisation>;

const titles = {
  plGnesta: 'Processledare Nära vård, Gnesta',
  plFlen: 'Processledare Nära vård, Flen',
  plRegion: 'Processledare Nära vård, Region Sörmland',
  fhsRegion: 'Folkhälsostrateg Nära vård (folkhälsoperspektivet önskas)',
  nvkEskilstuna: 'Närvårdskoordinator, Eskilstuna',
  nvkFlen: 'Närvårdskoordinator, Flen',
};

async function listAll(query: string, headers = admin): Promise<Post[]> {
  const items: Post[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/posts?${query}&limit=500${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await t.app.inject({ url, headers });
    expect(response.statusCode, response.body).toBe(200);
    const page: { items: Post[]; nextCursor: string | null } = response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

const postTitled = (title: string) => {
  const post = posts.find((p) => p.title === title);
  if (!post) throw new Error(`no post ${title}`);
  return post;
};
const organisationId = (name: string) => {
  const organisation = organisations.get(name);
  if (!organisation) throw new Error(`no organisation ${name}`);
  return organisation.id;
};
const roleId = async (key: string) =>
  (
    await t.database.db
      .selectFrom('roles')
      .select('id')
      .where('key', '=', key)
      .executeTakeFirstOrThrow()
  ).id;

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();

const getPost = async (id: string, asOf?: string, headers = admin) => {
  const response = await t.app.inject({
    url: `/api/v1/posts/${id}${asOf ? `?asOf=${asOf}` : ''}`,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { detail: response.json<PostDetail>(), etag: String(response.headers.etag) };
};

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  posts = await listAll('asOf=2026-12-01');
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  organisations = new Map(list.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]));
});
afterAll(() => t.close());

describe('listing posts', () => {
  it('needs a signed-in caller', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/posts' }), 401, 'NOT_SIGNED_IN');
  });

  it('lists every demo post once, by organisation then role, with role, organisation and network', async () => {
    expect(posts).toHaveLength(37);
    expect(new Set(posts.map((p) => p.id)).size).toBe(37);
    const region = postTitled(titles.plRegion);
    expect(region.role.key).toBe('processledare-region');
    expect(region.organisation.name).toBe('Region Sörmland');
    expect(region.network?.name).toBeTruthy();
    expect(region.required).toBe(true);
    // Swedish order of organisation names: Vingåkers kommun comes after Trosa kommun.
    const order = posts.map((p) => p.organisation.name);
    expect(order.indexOf('Vingåkers kommun')).toBeGreaterThan(order.indexOf('Trosa kommun'));
  });

  it('pages with a keyset cursor without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { statusCode: number; json: <T>() => T } = await t.app.inject({
        url: `/api/v1/posts?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        headers: viewer,
      });
      expect(response.statusCode).toBe(200);
      const page = response.json<{ items: Post[]; nextCursor: string | null }>();
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(37);
    expect(new Set(seen).size).toBe(37);
  });

  it('lists vacancies: Gnesta since 2025-07-01, the folkhälsostrateg never held, not Flen', async () => {
    const vacancies = await listAll('vacant=true');
    expect(vacancies.every((p) => p.vacant && p.required)).toBe(true);
    const gnesta = vacancies.find((p) => p.title === titles.plGnesta);
    expect(gnesta).toMatchObject({ vacant: true, vacantSince: '2025-07-01', holders: [] });
    const strategist = vacancies.find((p) => p.title === titles.fhsRegion);
    expect(strategist).toMatchObject({ vacant: true, vacantSince: null });
    expect(vacancies.find((p) => p.title === titles.plFlen)).toBeUndefined();
  });

  it('shows an interim beside the holder without making the post vacant', () => {
    const flen = postTitled(titles.plFlen);
    expect(flen.vacant).toBe(false);
    expect(flen.vacantSince).toBeNull();
    expect(
      flen.holders.map((h) => [h.kind, `${h.person.givenName} ${h.person.familyName}`]),
    ).toEqual([
      ['holder', 'Mikael Olsson'],
      ['interim', 'Jenny Lund'],
    ]);
  });

  it('answers vacancies as of another date', async () => {
    const before = await listAll('vacant=true&asOf=2025-06-30');
    expect(before.find((p) => p.title === titles.plGnesta)).toBeUndefined();
    const filled = await listAll('vacant=false&asOf=2025-06-30');
    expect(filled.find((p) => p.title === titles.plGnesta)?.vacant).toBe(false);
  });

  it('filters by organisation including the organisations below it, by role and by network', async () => {
    const region = await listAll(`organisation=${organisationId('Region Sörmland')}`);
    const names = new Set(region.map((p) => p.organisation.name));
    expect(names).toContain('Region Sörmland');
    expect(names).toContain('Mälarsjukhuset');
    expect(names).not.toContain('Flens kommun');

    const coordinators = await listAll(`role=${await roleId('narvardskoordinator')}`);
    expect(coordinators).toHaveLength(9);
    expect(coordinators.every((p) => p.role.key === 'narvardskoordinator')).toBe(true);

    const network = postTitled(titles.plRegion).network;
    const inNetwork = await listAll(`network=${network?.id}`);
    expect(inNetwork.length).toBeGreaterThan(0);
    expect(inNetwork.every((p) => p.network?.id === network?.id)).toBe(true);
  });

  it('hides phone numbers restricted to the organisation from callers outside it', async () => {
    const hospital = await listAll(`organisation=${organisationId('Nyköpings lasarett')}`, viewer);
    const per = hospital
      .flatMap((p) => p.holders)
      .find((h) => h.person.familyName === 'Gustafsson');
    expect(per?.person.phone).toBeNull();
    expect(per?.person.mobile).toBeTruthy();
    const asAdmin = await listAll(`organisation=${organisationId('Nyköpings lasarett')}`);
    const same = asAdmin
      .flatMap((p) => p.holders)
      .find((h) => h.person.familyName === 'Gustafsson');
    expect(same?.person.phone).toBe('0155-20 31 17');
  });

  it('refuses bad filters per field', async () => {
    const response = await t.app.inject({
      url: '/api/v1/posts?organisation=nope&asOf=2024-13-45&vacant=maybe&limit=0',
      headers: viewer,
    });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = problem.errors?.map((e) => e.field) ?? [];
    expect(fields).toEqual(
      expect.arrayContaining([
        'querystring.organisation',
        'querystring.asOf',
        'querystring.vacant',
        'querystring.limit',
      ]),
    );
    expectProblem(
      await t.app.inject({ url: '/api/v1/posts?cursor=garbage', headers: viewer }),
      400,
      'VALIDATION_FAILED',
    );
  });
});

describe('one post', () => {
  it('shows the regional processledare timeline: Tove Gränsmark, then Helena Sjöberg', async () => {
    const { detail, etag } = await getPost(postTitled(titles.plRegion).id, '2024-02-15', viewer);
    expect(etag).toBe(`"${detail.version}"`);
    expect(detail.asOf).toBe('2024-02-15');
    expect(detail.holders.map((h) => h.person.familyName)).toEqual(['Gränsmark']);
    const timeline = detail.timeline.map((e) => ({
      name: `${e.person.givenName} ${e.person.familyName}`,
      kind: e.kind,
      validFrom: e.validFrom,
      validTo: e.validTo,
    }));
    expect(timeline.filter((e) => e.kind === 'holder')).toEqual([
      { name: 'Tove Gränsmark', kind: 'holder', validFrom: '2021-09-01', validTo: '2024-02-29' },
      { name: 'Helena Sjöberg', kind: 'holder', validFrom: '2024-03-01', validTo: null },
    ]);
    expect(timeline).toContainEqual({
      name: 'Magnus Eklund',
      kind: 'deputy',
      validFrom: '2024-03-01',
      validTo: null,
    });
    const after = await getPost(postTitled(titles.plRegion).id, '2024-03-15');
    expect(after.detail.holders.map((h) => [h.kind, h.person.familyName])).toEqual([
      ['holder', 'Sjöberg'],
      ['deputy', 'Eklund'],
    ]);
  });

  it('answers 404 for an unknown post and 400 for a malformed id or date', async () => {
    expectProblem(
      await t.app.inject({
        url: '/api/v1/posts/00000000-0000-4000-8000-000000000000',
        headers: viewer,
      }),
      404,
      'NOT_FOUND',
    );
    const badId = expectProblem(
      await t.app.inject({ url: '/api/v1/posts/abc', headers: viewer }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badId.errors?.map((e) => e.field)).toEqual(['params.id']);
    const badDate = expectProblem(
      await t.app.inject({
        url: `/api/v1/posts/${postTitled(titles.plRegion).id}?asOf=yesterday`,
        headers: viewer,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badDate.errors?.map((e) => e.field)).toEqual(['querystring.asOf']);
  });

  it('hides people with a protected identity from non-admins, without calling the post vacant', async () => {
    const post = postTitled(titles.nvkFlen);
    const holder = post.holders[0];
    if (!holder) throw new Error('Flen has a närvårdskoordinator');
    await t.database.db
      .updateTable('people')
      .set({ protected: true })
      .where('id', '=', holder.person.id)
      .execute();
    try {
      const seenByViewer = await getPost(post.id, undefined, viewer);
      expect(seenByViewer.detail.holders).toEqual([]);
      expect(seenByViewer.detail.vacant).toBe(false);
      expect(seenByViewer.detail.timeline.some((e) => e.person.id === holder.person.id)).toBe(
        false,
      );
      const seenByAdmin = await getPost(post.id);
      expect(seenByAdmin.detail.holders.map((h) => h.person.id)).toEqual([holder.person.id]);
    } finally {
      await t.database.db
        .updateTable('people')
        .set({ protected: false })
        .where('id', '=', holder.person.id)
        .execute();
    }
  });
});

describe('creating posts', () => {
  it('lets admin create a post with ETag, Location and a post.created audit event', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/posts',
      headers: admin,
      payload: {
        roleId: await roleId('folkhalsostrateg'),
        organisationId: organisationId('Gnesta kommun'),
        title: 'Folkhälsostrateg, Gnesta',
        functionalEmail: 'folkhalsa@gnesta.example',
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Post>();
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/posts/${created.id}`);
    expect(created).toMatchObject({
      title: 'Folkhälsostrateg, Gnesta',
      required: true,
      network: null,
      holders: [],
      vacant: true,
      vacantSince: null,
      role: { key: 'folkhalsostrateg' },
      organisation: { name: 'Gnesta kommun' },
    });
    const events = await auditFor(created.id);
    expect(events).toEqual([expect.objectContaining({ action: 'post.created', before: null })]);
    expect(events[0]?.after).toMatchObject({ title: 'Folkhälsostrateg, Gnesta' });
  });

  it('lets the Eskilstuna editor create a post there but not in Flen; viewers never', async () => {
    const attempt = async (headers: Record<string, string>, organisation: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/posts',
        headers,
        payload: { roleId: await roleId('mas'), organisationId: organisationId(organisation) },
      });
    expect((await attempt(editor, 'Eskilstuna kommun')).statusCode).toBe(201);
    expectProblem(await attempt(editor, 'Flens kommun'), 403, 'FORBIDDEN');
    expectProblem(await attempt(viewer, 'Eskilstuna kommun'), 403, 'FORBIDDEN');
  });

  it('refuses an unknown role, organisation or network with 422 and the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/posts',
      headers: admin,
      payload: {
        roleId: '00000000-0000-4000-8000-000000000001',
        organisationId: organisationId('Gnesta kommun'),
        networkId: '00000000-0000-4000-8000-000000000002',
      },
    });
    const problem = expectProblem(response, 422, 'UNPROCESSABLE');
    expect(problem.errors).toEqual([
      { field: 'body.roleId', message: 'does not exist' },
      { field: 'body.networkId', message: 'does not exist' },
    ]);
  });

  it('refuses invalid and unknown fields per field (no mass assignment)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/posts',
      headers: admin,
      payload: {
        organisationId: 'not-a-uuid',
        functionalEmail: 'not an e-mail',
        required: 'yes',
        version: 9,
      },
    });
    const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'body.roleId',
        'body.organisationId',
        'body.functionalEmail',
        'body.required',
        'body.version',
      ]),
    );
  });
});

describe('changing and archiving posts', () => {
  it('needs If-Match (428) and refuses a stale version (412 with the current post)', async () => {
    const post = postTitled(titles.nvkEskilstuna);
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/posts/${post.id}`,
        headers: admin,
        payload: { note: 'x' },
      }),
      428,
      'PRECONDITION_REQUIRED',
    );
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/posts/${post.id}`,
      headers: { ...admin, 'if-match': '"99"' },
      payload: { note: 'x' },
    });
    const problem = expectProblem(stale, 412, 'PRECONDITION_FAILED') as unknown as {
      currentVersion: number;
      current: Post;
    };
    expect(problem.currentVersion).toBe(post.version);
    expect(problem.current.id).toBe(post.id);
  });

  it('lets the Eskilstuna editor change an Eskilstuna post, with a post.updated event', async () => {
    const post = postTitled(titles.nvkEskilstuna);
    const { etag } = await getPost(post.id);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/posts/${post.id}`,
      headers: { ...editor, 'if-match': etag },
      payload: { functionalPhone: '016-10 23 61', note: 'Bemannad vardagar 8–16' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const updated = response.json<Post>();
    expect(updated).toMatchObject({ functionalPhone: '016-10 23 61', version: post.version + 1 });
    expect(response.headers.etag).toBe(`"${post.version + 1}"`);
    const events = await auditFor(post.id);
    expect(events.at(-1)).toMatchObject({
      action: 'post.updated',
      before: expect.objectContaining({ functionalPhone: '016-10 23 60' }),
      after: expect.objectContaining({ functionalPhone: '016-10 23 61' }),
    });
  });

  it('refuses the editor moving a post out of its scope, or changing a post outside it', async () => {
    const eskilstuna = (await getPost(postTitled(titles.nvkEskilstuna).id)).detail;
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/posts/${eskilstuna.id}`,
        headers: { ...editor, 'if-match': `"${eskilstuna.version}"` },
        payload: { organisationId: organisationId('Flens kommun') },
      }),
      403,
      'FORBIDDEN',
    );
    const flen = postTitled(titles.plFlen);
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/posts/${flen.id}`,
        headers: { ...editor, 'if-match': `"${flen.version}"` },
        payload: { note: 'x' },
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/posts/${flen.id}`,
        headers: { ...viewer, 'if-match': `"${flen.version}"` },
        payload: { note: 'x' },
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses an unknown role on PATCH with 422, and an empty body with 400', async () => {
    const post = (await getPost(postTitled(titles.plGnesta).id)).detail;
    const unknown = expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/posts/${post.id}`,
        headers: { ...admin, 'if-match': `"${post.version}"` },
        payload: { roleId: '00000000-0000-4000-8000-000000000003' },
      }),
      422,
      'UNPROCESSABLE',
    );
    expect(unknown.errors).toEqual([{ field: 'body.roleId', message: 'does not exist' }]);
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/posts/${post.id}`,
        headers: { ...admin, 'if-match': `"${post.version}"` },
        payload: {},
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: '/api/v1/posts/00000000-0000-4000-8000-000000000000',
        headers: { ...admin, 'if-match': '"1"' },
        payload: { note: 'x' },
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('archives on DELETE (kept, listed with include=archived) and restores with archivedAt: null', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/posts',
      headers: admin,
      payload: {
        roleId: await roleId('projektledare'),
        organisationId: organisationId('FoU Sörmland'),
        title: 'Projektledare, avslutat projekt',
        required: false,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const post = created.json<Post>();
    expectProblem(
      await t.app.inject({ method: 'DELETE', url: `/api/v1/posts/${post.id}`, headers: admin }),
      428,
      'PRECONDITION_REQUIRED',
    );
    const archived = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/posts/${post.id}`,
      headers: { ...admin, 'if-match': '"1"' },
    });
    expect(archived.statusCode, archived.body).toBe(200);
    expect(archived.json<Post>().archivedAt).toBeTruthy();
    expect((await listAll('')).some((p) => p.id === post.id)).toBe(false);
    expect((await listAll('include=archived')).some((p) => p.id === post.id)).toBe(true);
    expect((await getPost(post.id)).detail.archivedAt).toBeTruthy();

    const restored = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/posts/${post.id}`,
      headers: { ...admin, 'if-match': '"2"' },
      payload: { archivedAt: null },
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json<Post>()).toMatchObject({ archivedAt: null, version: 3 });
    expect((await auditFor(post.id)).map((e) => e.action)).toEqual([
      'post.created',
      'post.archived',
      'post.restored',
    ]);
  });

  it('refuses the editor archiving a post outside its scope', async () => {
    const flen = postTitled(titles.plFlen);
    expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/posts/${flen.id}`,
        headers: { ...editor, 'if-match': `"${flen.version}"` },
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('lists changed posts in change order with updatedSince', async () => {
    const since = new Date(Date.now() - 60_000).toISOString();
    const changed = await listAll(`updatedSince=${encodeURIComponent(since)}`);
    expect(changed.length).toBeGreaterThan(0);
    const times = changed.map((p) => p.updatedAt);
    expect([...times].sort()).toEqual(times);
    expect(changed.every((p) => p.updatedAt >= since)).toBe(true);
  });
});
