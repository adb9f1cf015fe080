import type { Organisation, Person, ReviewQueue } from '@nk/shared';
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

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  byName = new Map(list.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]));
  const roles = await t.app.inject({ url: '/api/v1/roles?limit=100', headers: admin });
  roleId = roles
    .json<{ items: { id: string; key: string }[] }>()
    .items.find((r) => r.key === 'narvardskoordinator')?.id as string;
});
afterAll(() => t.close());

const idOf = (name: string) => byName.get(name)?.id as string;

async function queue(headers = steward, query = ''): Promise<ReviewQueue> {
  const response = await t.app.inject({ url: `/api/v1/review${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ReviewQueue>();
}

async function post(url: string, payload: object, headers = admin) {
  const response = await t.app.inject({ method: 'POST', url, headers, payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json();
}

const daysAgo = (days: number) => {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
};

describe(`the review queue on ${testDatabaseKind}`, () => {
  it("shows a steward what needs attention in their organisations, and nothing of others'", async () => {
    const eskilstuna = idOf('Eskilstuna kommun');
    const before = await queue();
    const organisationsSeen = new Set(
      [...before.unverified.items, ...before.missingContact.items].map((p) => p.organisationId),
    );
    expect(organisationsSeen.has(idOf('Flens kommun'))).toBe(false);

    // A second Åke Lindström without e-mail: a likely duplicate, and a person missing contact.
    const twin = await post(
      '/api/v1/people',
      { givenName: 'Ake', familyName: 'LINDSTRÖM', organisationId: eskilstuna },
      steward,
    );
    // A post whose holder left nine days ago: a new vacancy.
    const unit = await post('/api/v1/organisations', {
      name: 'Granskningsenheten',
      kind: 'unit',
      parentId: eskilstuna,
    });
    const vacated = await post('/api/v1/posts', { roleId, organisationId: unit.id });
    await post('/api/v1/assignments', {
      postId: vacated.id,
      personId: twin.id,
      validFrom: '2025-01-01',
      validTo: daysAgo(10),
    });
    // A report from a reader about the twin.
    await post(
      '/api/v1/suggestions',
      { targetType: 'person', targetId: twin.id, message: 'Finns redan i katalogen.' },
      viewer,
    );

    const after = await queue();
    expect(after.missingContact.items.map((p) => p.id)).toContain(twin.id);
    expect(after.missingContact.count).toBe(before.missingContact.count + 1);
    const group = after.duplicates.items.find((g) => g.some((p) => p.id === twin.id));
    expect(group?.map((p) => `${p.givenName} ${p.familyName}`).sort()).toEqual([
      'Ake LINDSTRÖM',
      'Åke Lindström',
    ]);
    expect(after.newVacancies.items.map((p) => p.id)).toContain(vacated.id);
    expect(after.newVacancies.items.find((p) => p.id === vacated.id)?.vacantSince).toBe(daysAgo(9));
    expect(after.vacancies.count).toBe(before.vacancies.count + 1);
    expect(after.suggestions.items.map((s) => s.targetId)).toContain(twin.id);

    // "Still correct" takes a person off the unverified list.
    const stale = after.unverified.items.find((p) => p.id !== twin.id) as { id: string };
    const read = await t.app.inject({ url: `/api/v1/people/${stale.id}`, headers: steward });
    const verified = await t.app.inject({
      method: 'POST',
      url: `/api/v1/people/${stale.id}/verify`,
      headers: { ...steward, 'if-match': read.headers.etag as string },
      payload: {},
    });
    expect(verified.statusCode, verified.body).toBe(200);
    const confirmed = await queue();
    expect(confirmed.unverified.count).toBe(after.unverified.count - 1);
    expect(confirmed.unverified.items.map((p) => p.id)).not.toContain(stale.id);
  });

  it("shows the admin every organisation's vacancies, and narrows to one organisation", async () => {
    const everything = await queue(admin);
    const gnesta = everything.vacancies.items.find(
      (p) => p.organisation.name === 'Gnesta kommun',
    ) as { vacantSince: string | null };
    expect(gnesta.vacantSince).toBe('2025-07-01');
    const stewardView = await queue();
    expect(stewardView.vacancies.items.map((p) => p.organisation.name)).not.toContain(
      'Gnesta kommun',
    );
    const narrowed = await queue(admin, `?organisation=${idOf('Gnesta kommun')}`);
    expect(new Set(narrowed.vacancies.items.map((p) => p.organisation.name))).toEqual(
      new Set(['Gnesta kommun']),
    );
    expect(narrowed.unverified.items.every((p) => p.organisationName === 'Gnesta kommun')).toBe(
      true,
    );
  });

  it('keeps protected people out of a steward’s queue', async () => {
    const hidden = await post('/api/v1/people', {
      givenName: 'Skyddad',
      familyName: 'Person',
      organisationId: idOf('Eskilstuna kommun'),
      protected: true,
    });
    const stewardView = await queue(steward, '?limit=200');
    expect(stewardView.missingContact.items.map((p: { id: string }) => p.id)).not.toContain(
      (hidden as Person).id,
    );
    const adminView = await queue(admin, `?organisation=${idOf('Eskilstuna kommun')}&limit=200`);
    expect(adminView.missingContact.items.map((p) => p.id)).toContain((hidden as Person).id);
  });

  it('refuses readers, strangers and other organisations, and bad input', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/review', headers: viewer }), 403, 'FORBIDDEN');
    expectProblem(await t.app.inject({ url: '/api/v1/review' }), 401, 'NOT_SIGNED_IN');
    expectProblem(
      await t.app.inject({
        url: `/api/v1/review?organisation=${idOf('Flens kommun')}`,
        headers: steward,
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await t.app.inject({ url: '/api/v1/review?organisation=flen', headers: admin }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.app.inject({ url: '/api/v1/review?limit=0', headers: admin }),
      400,
      'VALIDATION_FAILED',
    );
  });
});
