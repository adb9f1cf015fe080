import type { Assignment, HandoverResult, Organisation, Post, PostDetail } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInSweden } from '../../apps/api/src/lib/dates';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
let posts: Map<string, Post>;
let organisations: Map<string, Organisation>;

const titles = {
  plRegion: 'Processledare Nära vård, Region Sörmland',
  plGnesta: 'Processledare Nära vård, Gnesta',
  plFlen: 'Processledare Nära vård, Flen',
  plEskilstuna: 'Processledare Nära vård, Eskilstuna',
  plStrangnas: 'Processledare Nära vård, Strängnäs',
  nvkEskilstuna: 'Närvårdskoordinator, Eskilstuna',
  nvkTrosa: 'Närvårdskoordinator, Trosa',
  nvkOxelosund: 'Närvårdskoordinator, Oxelösund',
  nvkNykoping: 'Närvårdskoordinator, Nyköping',
};

const shift = (date: string, days: number) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

const postId = (title: string) => {
  const post = posts.get(title);
  if (!post) throw new Error(`no post ${title}`);
  return post.id;
};
const organisationId = (name: string) => {
  const organisation = organisations.get(name);
  if (!organisation) throw new Error(`no organisation ${name}`);
  return organisation.id;
};
const personId = async (givenName: string, familyName: string) =>
  (
    await t.database.db
      .selectFrom('people')
      .select('id')
      .where('given_name', '=', givenName)
      .where('family_name', '=', familyName)
      .executeTakeFirstOrThrow()
  ).id;

const list = async (query: string, headers = admin) => {
  const response = await t.app.inject({ url: `/api/v1/assignments?${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: Assignment[]; nextCursor: string | null }>();
};

const postAsOf = async (id: string, asOf: string) => {
  const response = await t.app.inject({ url: `/api/v1/posts/${id}?asOf=${asOf}`, headers: admin });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PostDetail>();
};
const holderNames = (post: PostDetail) =>
  post.holders
    .filter((h) => h.kind === 'holder')
    .map((h) => `${h.person.givenName} ${h.person.familyName}`);

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'before', 'after', 'request_id'])
    .where('entity_id', '=', entityId)
    .orderBy('seq')
    .execute();
const auditOfRequest = (requestId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'entity_type', 'entity_id', 'before', 'after'])
    .where('request_id', '=', requestId)
    .orderBy('seq')
    .execute();

const create = (payload: object, headers = admin) =>
  t.app.inject({ method: 'POST', url: '/api/v1/assignments', headers, payload });
const handover = (post: string, payload: object, headers = admin) =>
  t.app.inject({ method: 'POST', url: `/api/v1/posts/${post}/handover`, headers, payload });

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const postList = await t.app.inject({ url: '/api/v1/posts?limit=500', headers: admin });
  posts = new Map(
    postList.json<{ items: Post[] }>().items.map((p) => [p.title ?? p.id, p] as const),
  );
  const organisationList = await t.app.inject({
    url: '/api/v1/organisations?limit=500',
    headers: admin,
  });
  organisations = new Map(
    organisationList.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]),
  );
});
afterAll(() => t.close());

describe('reading assignments', () => {
  it('needs a signed-in caller', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/assignments' }), 401, 'NOT_SIGNED_IN');
  });

  it('answers who held the regional processledare post on either side of the handover', async () => {
    const tove = await personId('Tove', 'Gränsmark');
    const helena = await personId('Helena', 'Sjöberg');
    const before = await list(`post=${postId(titles.plRegion)}&asOf=2024-02-15`, viewer);
    expect(before.items.map((a) => a.personId)).toEqual([tove]);
    expect(before.items[0]).toMatchObject({
      kind: 'holder',
      validFrom: '2021-09-01',
      validTo: '2024-02-29',
      postId: postId(titles.plRegion),
    });
    const after = await list(`post=${postId(titles.plRegion)}&asOf=2024-03-15&kind=holder`);
    expect(after.items.map((a) => a.personId)).toEqual([helena]);
    const everyone = await list(`post=${postId(titles.plRegion)}&asOf=2024-03-15`);
    expect(everyone.items.map((a) => a.kind).sort()).toEqual(['deputy', 'holder']);
  });

  it("filters by person and by the post's organisation including those below it", async () => {
    const tove = await personId('Tove', 'Gränsmark');
    const hers = await list(`person=${tove}`);
    expect(hers.items.map((a) => a.validFrom)).toEqual(['2021-09-01', '2024-03-01']);

    const region = await list(`organisation=${organisationId('Region Sörmland')}&limit=500`);
    const postIds = new Set(region.items.map((a) => a.postId));
    expect(postIds).toContain(postId(titles.plRegion));
    const hospitalPost = [...posts.values()].find((p) => p.organisation.name === 'Mälarsjukhuset');
    expect(postIds).toContain(hospitalPost?.id);
    expect(postIds).not.toContain(postId(titles.plFlen));
  });

  it('pages oldest first with a cursor, covering all 55 demo assignments once', async () => {
    const seen: Assignment[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`limit=10${cursor ? `&cursor=${cursor}` : ''}`, viewer);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBeGreaterThanOrEqual(55);
    expect(new Set(seen.map((a) => a.id)).size).toBe(seen.length);
    const starts = seen.map((a) => a.validFrom);
    expect([...starts].sort()).toEqual(starts);
  });

  it('shows one assignment with its ETag, 404 for an unknown one and 400 for bad filters', async () => {
    const [first] = (await list(`post=${postId(titles.plRegion)}&asOf=2024-02-15`)).items;
    if (!first) throw new Error('expected an assignment');
    const response = await t.app.inject({
      url: `/api/v1/assignments/${first.id}`,
      headers: viewer,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${first.version}"`);
    expect(response.json()).toEqual(first);
    expectProblem(
      await t.app.inject({
        url: '/api/v1/assignments/00000000-0000-4000-8000-000000000000',
        headers: viewer,
      }),
      404,
      'NOT_FOUND',
    );
    const bad = expectProblem(
      await t.app.inject({
        url: '/api/v1/assignments?asOf=2024-02-30x&kind=boss',
        headers: viewer,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['querystring.asOf', 'querystring.kind']),
    );
  });
});

describe('creating assignments', () => {
  it('refuses a second holder overlapping the current one with 409 and a sentence naming them', async () => {
    const response = await create({
      postId: postId(titles.plRegion),
      personId: await personId('Tove', 'Gränsmark'),
      validFrom: '2025-01-01',
    });
    const problem = expectProblem(response, 409, 'OVERLAPPING_ASSIGNMENT');
    expect(problem.detail).toContain('Helena Sjöberg already holds this post from 2024-03-01');
  });

  it('adds an interim beside the holder: 201, ETag, Location and an assignment.created event', async () => {
    const anna = await personId('Anna', 'Eriksson');
    const response = await create(
      {
        postId: postId(titles.nvkEskilstuna),
        personId: await personId('Emma', 'Lindqvist'),
        kind: 'interim',
        validFrom: '2026-06-01',
        validTo: '2026-08-31',
        note: 'Sommarvikariat',
      },
      editor,
    );
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json<Assignment>();
    expect(created).toMatchObject({ kind: 'interim', validTo: '2026-08-31', version: 1 });
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/assignments/${created.id}`);
    expect(await auditFor(created.id)).toEqual([
      expect.objectContaining({ action: 'assignment.created', before: null }),
    ]);
    const summer = await postAsOf(postId(titles.nvkEskilstuna), '2026-07-01');
    expect(holderNames(summer)).toEqual(['Anna Eriksson']);
    expect(summer.holders.map((h) => h.kind)).toEqual(['holder', 'interim', 'deputy']);
    expect(summer.holders[0]?.person.id).toBe(anna);
  });

  it('refuses an end before the start with 400 on body.validTo, and bad fields per field', async () => {
    const backwards = expectProblem(
      await create({
        postId: postId(titles.plGnesta),
        personId: await personId('Emma', 'Lindqvist'),
        validFrom: '2026-05-01',
        validTo: '2026-04-30',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(backwards.errors).toEqual([
      { field: 'body.validTo', message: 'must be on or after validFrom' },
    ]);
    const bad = expectProblem(
      await create({ postId: 'x', validFrom: '1 maj', kind: 'boss', id: 'y' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining([
        'body.postId',
        'body.personId',
        'body.validFrom',
        'body.kind',
        'body.id',
      ]),
    );
  });

  it('refuses an unknown post or person with 422 and the field', async () => {
    const noPost = expectProblem(
      await create({
        postId: '00000000-0000-4000-8000-000000000000',
        personId: await personId('Emma', 'Lindqvist'),
        validFrom: '2026-05-01',
      }),
      422,
      'UNPROCESSABLE',
    );
    expect(noPost.errors).toEqual([{ field: 'body.postId', message: 'does not exist' }]);
    const noPerson = expectProblem(
      await create({
        postId: postId(titles.plGnesta),
        personId: '00000000-0000-4000-8000-000000000000',
        validFrom: '2026-05-01',
      }),
      422,
      'UNPROCESSABLE',
    );
    expect(noPerson.errors).toEqual([{ field: 'body.personId', message: 'does not exist' }]);
  });

  it('lets editors assign only to posts in their scope; viewers never', async () => {
    const payload = {
      postId: postId(titles.plFlen),
      personId: await personId('Anna', 'Eriksson'),
      kind: 'deputy',
      validFrom: '2026-05-01',
    };
    expectProblem(await create(payload, editor), 403, 'FORBIDDEN');
    expectProblem(await create(payload, viewer), 403, 'FORBIDDEN');
  });

  it('relies on the database constraint too: an overlapping holder inserted directly is refused', async () => {
    await expect(
      t.database.db
        .insertInto('assignments')
        .values({
          post_id: postId(titles.plRegion),
          person_id: await personId('Tove', 'Gränsmark'),
          valid_from: '2025-01-01',
        })
        .execute(),
    ).rejects.toMatchObject({ code: '23P01' });
  });
});

describe('changing and ending assignments', () => {
  let interim: Assignment;

  beforeAll(async () => {
    const response = await create({
      postId: postId(titles.nvkOxelosund),
      personId: await personId('Amira', 'Hassan'),
      kind: 'deputy',
      validFrom: '2025-01-01',
    });
    expect(response.statusCode, response.body).toBe(201);
    interim = response.json<Assignment>();
  });

  it('needs If-Match (428) and refuses a stale version (412)', async () => {
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/assignments/${interim.id}`,
        headers: admin,
        payload: { note: 'x' },
      }),
      428,
      'PRECONDITION_REQUIRED',
    );
    const stale = expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/assignments/${interim.id}`,
        headers: { ...admin, 'if-match': '"7"' },
        payload: { note: 'x' },
      }),
      412,
      'PRECONDITION_FAILED',
    ) as unknown as { currentVersion: number; current: Assignment };
    expect(stale.currentVersion).toBe(1);
    expect(stale.current.id).toBe(interim.id);
  });

  it('refuses changing post or person, an end before the start, and an empty body', async () => {
    const patch = (payload: object) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/assignments/${interim.id}`,
        headers: { ...admin, 'if-match': '"1"' },
        payload,
      });
    const moved = expectProblem(await patch({ postId: interim.postId }), 400, 'VALIDATION_FAILED');
    expect(moved.errors?.map((e) => e.field)).toEqual(['body.postId']);
    const backwards = expectProblem(
      await patch({ validTo: '2024-12-31' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(backwards.errors?.map((e) => e.field)).toEqual(['body.validTo']);
    expectProblem(await patch({}), 400, 'VALIDATION_FAILED');
  });

  it('refuses turning it into a second holder (409) and lets the editor outside scope nothing (403)', async () => {
    const overlapping = expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/assignments/${interim.id}`,
        headers: { ...admin, 'if-match': '"1"' },
        payload: { kind: 'holder' },
      }),
      409,
      'OVERLAPPING_ASSIGNMENT',
    );
    expect(overlapping.detail).toContain('Hanna Virtanen already holds this post');
    expectProblem(
      await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/assignments/${interim.id}`,
        headers: { ...editor, 'if-match': '"1"' },
        payload: { note: 'x' },
      }),
      403,
      'FORBIDDEN',
    );
  });

  it('ends it on PATCH validTo, with an assignment.ended event', async () => {
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/assignments/${interim.id}`,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { validTo: '2025-12-31', note: 'Ersättare under 2025' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Assignment>()).toMatchObject({ validTo: '2025-12-31', version: 2 });
    expect(response.headers.etag).toBe('"2"');
    const events = await auditFor(interim.id);
    expect(events.map((e) => e.action)).toEqual(['assignment.created', 'assignment.ended']);
    expect(events[1]?.before).toMatchObject({ validTo: null });
    expect(events[1]?.after).toMatchObject({ validTo: '2025-12-31' });
  });

  it('ends a current assignment yesterday on DELETE and keeps the row', async () => {
    const today = todayInSweden();
    const created = await create({
      postId: postId(titles.plStrangnas),
      personId: await personId('Emma', 'Lindqvist'),
      kind: 'deputy',
      validFrom: '2024-01-01',
    });
    const assignment = created.json<Assignment>();
    expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/assignments/${assignment.id}`,
        headers: admin,
      }),
      428,
      'PRECONDITION_REQUIRED',
    );
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assignments/${assignment.id}`,
      headers: { ...admin, 'if-match': '"1"' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Assignment>()).toMatchObject({
      validFrom: '2024-01-01',
      validTo: shift(today, -1),
      version: 2,
    });
    const row = await t.database.db
      .selectFrom('assignments')
      .select(['valid_to'])
      .where('id', '=', assignment.id)
      .executeTakeFirst();
    expect(row?.valid_to).toBe(shift(today, -1));
    expect((await auditFor(assignment.id)).map((e) => e.action)).toEqual([
      'assignment.created',
      'assignment.ended',
    ]);

    const again = expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/assignments/${assignment.id}`,
        headers: { ...admin, 'if-match': '"2"' },
      }),
      422,
      'UNPROCESSABLE',
    );
    expect(again.detail).toContain(`already ended on ${shift(today, -1)}`);
  });

  it('refuses to DELETE a future assignment and says to use PATCH', async () => {
    const created = await create({
      postId: postId(titles.plStrangnas),
      personId: await personId('Emma', 'Lindqvist'),
      kind: 'deputy',
      validFrom: '2099-01-01',
    });
    const assignment = created.json<Assignment>();
    const problem = expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/assignments/${assignment.id}`,
        headers: { ...admin, 'if-match': '"1"' },
      }),
      422,
      'UNPROCESSABLE',
    );
    expect(problem.detail).toMatch(/future assignment.*use PATCH/);
    expectProblem(
      await t.app.inject({
        method: 'DELETE',
        url: '/api/v1/assignments/00000000-0000-4000-8000-000000000000',
        headers: { ...admin, 'if-match': '"1"' },
      }),
      404,
      'NOT_FOUND',
    );
  });
});

describe('handing a post over', () => {
  it('plans a handover in Eskilstuna: the old holder until the day before, the new from the date', async () => {
    const anna = await personId('Anna', 'Eriksson');
    const ahmed = await personId('Ahmed', 'Yusuf');
    const post = postId(titles.nvkEskilstuna);
    const date = '2027-03-01';
    const response = await handover(post, { personId: ahmed, date }, editor);
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<HandoverResult>();
    expect(result.ended).toMatchObject({
      personId: anna,
      validFrom: '2024-01-01',
      validTo: '2027-02-28',
    });
    expect(result.started).toMatchObject({
      personId: ahmed,
      kind: 'holder',
      validFrom: date,
      validTo: null,
      postId: post,
    });
    expect(response.headers.location).toBe(`/api/v1/assignments/${result.started.id}`);

    expect(holderNames(await postAsOf(post, '2027-02-28'))).toEqual(['Anna Eriksson']);
    expect(holderNames(await postAsOf(post, date))).toEqual(['Ahmed Yusuf']);

    const events = await auditOfRequest(String(response.headers['x-request-id']));
    expect(events.map((e) => [e.action, e.entity_id])).toEqual([
      ['assignment.ended', result.ended?.id],
      ['assignment.created', result.started.id],
    ]);
    expect(events[0]?.before).toMatchObject({ validTo: null });
    expect(events[0]?.after).toMatchObject({ validTo: '2027-02-28' });
  });

  it('refuses a handover dated before the current holder started, saying why', async () => {
    const response = await handover(postId(titles.plEskilstuna), {
      personId: await personId('Emma', 'Lindqvist'),
      date: '2020-01-01',
    });
    const problem = expectProblem(response, 422, 'UNPROCESSABLE');
    expect(problem.detail).toBe(
      'The current holder, Åke Lindström, started on 2020-11-01; a handover must be dated after that.',
    );
    expect(problem.errors).toEqual([{ field: 'body.date', message: 'must be after 2020-11-01' }]);
  });

  it('fills the vacant Gnesta post without ending anyone', async () => {
    const post = postId(titles.plGnesta);
    const date = todayInSweden();
    const response = await handover(post, {
      personId: await personId('Emma', 'Lindqvist'),
      date,
      note: 'Delad tjänst med Strängnäs',
    });
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<HandoverResult>();
    expect(result.ended).toBeNull();
    expect(result.started).toMatchObject({ validFrom: date, note: 'Delad tjänst med Strängnäs' });
    const vacancies = await t.app.inject({
      url: '/api/v1/posts?vacant=true&limit=500',
      headers: admin,
    });
    expect(vacancies.json<{ items: Post[] }>().items.some((p) => p.id === post)).toBe(false);
    const events = await auditOfRequest(String(response.headers['x-request-id']));
    expect(events.map((e) => e.action)).toEqual(['assignment.created']);
  });

  it('refuses handing the post to the person who already holds it (409)', async () => {
    const problem = expectProblem(
      await handover(postId(titles.plRegion), {
        personId: await personId('Helena', 'Sjöberg'),
        date: '2027-01-01',
      }),
      409,
      'CONFLICT',
    );
    expect(problem.detail).toContain('Helena Sjöberg already holds this post');
  });

  it('refuses a handover before an already planned one (409, naming the planned successor)', async () => {
    const problem = expectProblem(
      await handover(postId(titles.nvkTrosa), {
        personId: await personId('Emma', 'Lindqvist'),
        date: '2026-12-15',
      }),
      409,
      'CONFLICT',
    );
    expect(problem.detail).toContain(
      'Øystein Bakke is already due to take over as holder on 2027-01-01',
    );
  });

  it('lets the Eskilstuna editor hand over only Eskilstuna posts; viewers never', async () => {
    const payload = { personId: await personId('Anna', 'Eriksson'), date: '2027-06-01' };
    expectProblem(await handover(postId(titles.plFlen), payload, editor), 403, 'FORBIDDEN');
    expectProblem(await handover(postId(titles.plEskilstuna), payload, viewer), 403, 'FORBIDDEN');
    const allowed = await handover(postId(titles.plEskilstuna), payload, editor);
    expect(allowed.statusCode, allowed.body).toBe(201);
  });

  it('answers 404 for an unknown post, 422 for an unknown person, 400 per field', async () => {
    expectProblem(
      await handover('00000000-0000-4000-8000-000000000000', {
        personId: await personId('Anna', 'Eriksson'),
        date: '2027-06-01',
      }),
      404,
      'NOT_FOUND',
    );
    const unknown = expectProblem(
      await handover(postId(titles.nvkNykoping), {
        personId: '00000000-0000-4000-8000-000000000000',
        date: '2027-06-01',
      }),
      422,
      'UNPROCESSABLE',
    );
    expect(unknown.errors).toEqual([{ field: 'body.personId', message: 'does not exist' }]);
    const bad = expectProblem(
      await handover(postId(titles.nvkNykoping), { date: '2027-02-30', validTo: '2028-01-01' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['body.personId', 'body.date', 'body.validTo']),
    );
  });

  it('carries out two simultaneous handovers of one post one after the other', async () => {
    const post = postId(titles.nvkNykoping);
    const [first, second] = await Promise.all([
      handover(post, { personId: await personId('Emma', 'Lindqvist'), date: '2028-01-01' }),
      handover(post, { personId: await personId('Anna', 'Eriksson'), date: '2028-01-01' }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([201, 409]);
    const holders = await list(`post=${post}&kind=holder&asOf=2028-01-01`);
    expect(holders.items).toHaveLength(1);
  });
});
