import type { Organisation, PersonDetail, PersonMerge } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { testDatabaseKind } from '../helpers/test-database';

let t: TestApp;
let admin: Record<string, string>;
let steward: Record<string, string>;
let viewer: Record<string, string>;
let byName: Map<string, Organisation>;
let roleId: string;
let topicId: string;
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  byName = new Map(list.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]));
  const roles = await t.app.inject({ url: '/api/v1/roles?limit=100', headers: admin });
  roleId = roles.json<{ items: { id: string }[] }>().items[0]?.id as string;
  const topics = await t.app.inject({ url: '/api/v1/topics?limit=100', headers: admin });
  topicId = topics.json<{ items: { id: string }[] }>().items[0]?.id as string;
});
afterAll(() => t.close());

const idOf = (name: string) => byName.get(name)?.id as string;

async function post(url: string, payload: object, headers = admin) {
  const response = await t.app.inject({ method: 'POST', url, headers, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

const person = (id: string, headers = admin) =>
  t.app.inject({ url: `/api/v1/people/${id}`, headers });

async function etagOf(id: string): Promise<string> {
  return (await person(id)).headers.etag as string;
}

const merge = async (survivorId: string, payload: object, headers = steward) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/people/${survivorId}/merge`,
    headers: { ...headers, 'if-match': await etagOf(survivorId) },
    payload,
  });

/** Two entries for Karin Åberg in Eskilstuna; the second has a post, a topic and a report. */
async function twins(organisation = 'Eskilstuna kommun') {
  counter++;
  const survivor = await post('/api/v1/people', {
    givenName: 'Karin',
    familyName: 'Åberg',
    email: `karin.aberg.${counter}@eskilstuna.example`,
    phone: '016-710 00 00',
    organisationId: idOf('Eskilstuna kommun'),
  });
  const duplicate = await post('/api/v1/people', {
    givenName: 'Karin',
    familyName: 'Aberg',
    email: `k.aberg.${counter}@eskilstuna.example`,
    mobile: '070-111 22 33',
    organisationId: idOf(organisation),
    topicIds: [topicId],
  });
  const seat = await post('/api/v1/posts', { roleId, organisationId: idOf(organisation) });
  const assignment = await post('/api/v1/assignments', {
    postId: seat.id,
    personId: duplicate.id,
    validFrom: '2023-05-01',
  });
  const report = await post(
    '/api/v1/suggestions',
    { targetType: 'person', targetId: duplicate.id, message: 'Samma person som Karin Åberg.' },
    viewer,
  );
  return { survivor, duplicate, assignment, report };
}

const detail = async (id: string) => (await person(id)).json<PersonDetail>();

describe(`merging duplicates on ${testDatabaseKind}`, () => {
  it('moves posts, topics and reports to the survivor, archives the duplicate, and undoes it exactly', async () => {
    const { survivor, duplicate, assignment, report } = await twins();
    const survivorBefore = await detail(survivor.id);
    const duplicateBefore = await detail(duplicate.id);

    const merged = await merge(survivor.id, { duplicateId: duplicate.id, take: ['email'] });
    expect(merged.statusCode, merged.body).toBe(201);
    const result = merged.json<PersonMerge>();
    expect(result).toMatchObject({
      mergedId: duplicate.id,
      moved: { assignments: 1, suggestions: 1, topics: 1, user: false },
      undone: false,
      survivor: {
        email: duplicate.email,
        phone: '016-710 00 00',
        mobile: '070-111 22 33',
        topicIds: [topicId],
      },
    });
    const after = await detail(survivor.id);
    expect(JSON.stringify(after)).toContain(assignment.id);
    const gone = await detail(duplicate.id);
    expect(gone.archivedAt).not.toBeNull();
    expect(gone.email).toBeNull();
    const moved = await t.app.inject({ url: `/api/v1/suggestions/${report.id}`, headers: admin });
    expect(moved.json().targetId).toBe(survivor.id);
    const events = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('entity_id', 'in', [survivor.id, duplicate.id, assignment.id])
      .where('action', 'in', ['person.merged', 'person.archived', 'assignment.moved'])
      .execute();
    expect(events.map((e) => e.action).sort()).toEqual([
      'assignment.moved',
      'person.archived',
      'person.merged',
    ]);

    const undone = await t.app.inject({
      method: 'POST',
      url: `/api/v1/merges/${result.id}/undo`,
      headers: steward,
    });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json<PersonMerge>().undone).toBe(true);
    const strip = ({ version, updatedAt, ...rest }: PersonDetail) => rest;
    expect(strip(await detail(survivor.id))).toEqual(strip(survivorBefore));
    expect(strip(await detail(duplicate.id))).toEqual(strip(duplicateBefore));
    const back = await t.app.inject({ url: `/api/v1/suggestions/${report.id}`, headers: admin });
    expect(back.json().targetId).toBe(duplicate.id);
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/merges/${result.id}/undo`,
        headers: steward,
      }),
      409,
      'CONFLICT',
    );
  });

  it('refuses an undo once an entry has changed since the merge', async () => {
    const { survivor, duplicate } = await twins();
    const result = (await merge(survivor.id, { duplicateId: duplicate.id })).json<PersonMerge>();
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${survivor.id}`,
      headers: { ...admin, 'if-match': await etagOf(survivor.id) },
      payload: { title: 'Ny titel' },
    });
    expect(patched.statusCode).toBe(200);
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/merges/${result.id}/undo`,
      headers: steward,
    });
    expectProblem(refused, 409, 'CONFLICT');
  });

  it('checks scope, versions and the pair', async () => {
    const { survivor, duplicate } = await twins();
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/people/${survivor.id}/merge`,
        headers: steward,
        payload: { duplicateId: duplicate.id },
      }),
      428,
      'PRECONDITION_REQUIRED',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/people/${survivor.id}/merge`,
        headers: { ...steward, 'if-match': '"999"' },
        payload: { duplicateId: duplicate.id },
      }),
      412,
      'PRECONDITION_FAILED',
    );
    expectProblem(await merge(survivor.id, { duplicateId: survivor.id }), 422, 'UNPROCESSABLE');
    expectProblem(
      await merge(survivor.id, { duplicateId: duplicate.id }, viewer),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await merge(survivor.id, { duplicateId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await merge(survivor.id, { duplicateId: duplicate.id, take: ['password'] }),
      400,
      'VALIDATION_FAILED',
    );
    // A duplicate in another municipality needs a steward of both.
    const flen = await twins('Flens kommun');
    expectProblem(
      await merge(flen.survivor.id, { duplicateId: flen.duplicate.id }),
      403,
      'FORBIDDEN',
    );
    expect(
      (await merge(flen.survivor.id, { duplicateId: flen.duplicate.id }, admin)).statusCode,
    ).toBe(201);
    // Once merged, the duplicate is archived and cannot be merged again.
    expectProblem(
      await merge(flen.survivor.id, { duplicateId: flen.duplicate.id }, admin),
      422,
      'UNPROCESSABLE',
    );
  });
});
