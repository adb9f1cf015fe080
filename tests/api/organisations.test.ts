import type { Organisation, OrganisationDetail } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  headers = bearer(await t.signIn(demoUsers.viewer));
});
afterAll(() => t.close());

async function list(query = ''): Promise<{ items: Organisation[]; nextCursor: string | null }> {
  const response = await t.app.inject({ url: `/api/v1/organisations${query}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function allOrganisations(query = ''): Promise<Organisation[]> {
  return (await list(`?limit=500${query}`)).items;
}

async function detail(name: string, asOf?: string): Promise<OrganisationDetail> {
  const organisation = (await allOrganisations()).find((o) => o.name === name);
  if (!organisation) throw new Error(`no organisation named ${name}`);
  const suffix = asOf ? `?asOf=${asOf}` : '';
  const response = await t.app.inject({
    url: `/api/v1/organisations/${organisation.id}${suffix}`,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('listing organisations', () => {
  it('needs sign-in', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/organisations' }), 401, 'NOT_SIGNED_IN');
  });

  it('lists the nine municipalities with their SCB codes', async () => {
    const municipalities = await allOrganisations('&kind=municipality');
    expect(municipalities.map((m) => [m.name, m.municipalityCode])).toEqual([
      ['Eskilstuna kommun', '0484'],
      ['Flens kommun', '0482'],
      ['Gnesta kommun', '0461'],
      ['Katrineholms kommun', '0483'],
      ['Nyköpings kommun', '0480'],
      ['Oxelösunds kommun', '0481'],
      ['Strängnäs kommun', '0486'],
      ['Trosa kommun', '0488'],
      ['Vingåkers kommun', '0428'],
    ]);
  });

  it('filters by municipality code and by parent', async () => {
    expect((await allOrganisations('&municipality=0483')).map((o) => o.name)).toContain(
      'Katrineholms kommun',
    );
    const region = (await allOrganisations('&kind=region'))[0] as Organisation;
    const children = await allOrganisations(`&parent=${region.id}`);
    expect(children.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Mälarsjukhuset', 'Kullbergska sjukhuset', 'Nyköpings lasarett']),
    );
    expect(children.every((c) => c.parentId === region.id)).toBe(true);
  });

  it('sorts with Swedish rules: Å, Ä, Ö after Z and Ö never beside O', async () => {
    const names = [
      'Örebro vårdcentral',
      'Oskarshamn',
      'Zinkgruvan',
      'Åre',
      'Älvsbyn',
      'Öland',
      'Aneby',
    ];
    await t.database.db
      .insertInto('organisations')
      .values(names.map((name) => ({ name, kind: 'other' as const })))
      .execute();
    const sorted = (await allOrganisations('&kind=other'))
      .map((o) => o.name)
      .filter((n) => names.includes(n));
    expect(sorted).toEqual([
      'Aneby',
      'Oskarshamn',
      'Zinkgruvan',
      'Åre',
      'Älvsbyn',
      'Öland',
      'Örebro vårdcentral',
    ]);
  });

  it('pages with an opaque cursor without gaps or repeats', async () => {
    const everything = await allOrganisations();
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Organisation[]; nextCursor: string | null } = await list(
        `?limit=4${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(everything.map((o) => o.id));
  });

  it('refuses a cursor it did not issue', async () => {
    const response = await t.app.inject({ url: '/api/v1/organisations?cursor=bm9wZQ', headers });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors?.[0]?.field).toBe('querystring.cursor');
  });

  it('refuses bad filters with per-field errors', async () => {
    const response = await t.app.inject({
      url: '/api/v1/organisations?kind=castle&limit=0&municipality=12',
      headers,
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = body.errors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['querystring.kind', 'querystring.limit', 'querystring.municipality']),
    );
  });

  it('hides archived organisations unless asked', async () => {
    const [victim] = await allOrganisations('&kind=civil_society');
    if (!victim) throw new Error('demo data has a civil-society organisation');
    await t.database.db
      .updateTable('organisations')
      .set({ archived_at: new Date() })
      .where('id', '=', victim.id)
      .execute();
    expect((await allOrganisations()).some((o) => o.id === victim.id)).toBe(false);
    const withArchived = await allOrganisations('&include=archived');
    expect(withArchived.find((o) => o.id === victim.id)?.archivedAt).toBeTruthy();
  });

  it('lists only what changed since a time, in change order (the change feed)', async () => {
    const before = new Date().toISOString();
    const changed = (await allOrganisations('&kind=municipality')).slice(0, 2);
    for (const organisation of changed) {
      await t.database.db
        .updateTable('organisations')
        .set({ updated_at: new Date(), description: 'Ändrad' })
        .where('id', '=', organisation.id)
        .execute();
    }
    const feed = await allOrganisations(`&updatedSince=${encodeURIComponent(before)}`);
    expect(feed.map((o) => o.id).sort()).toEqual(changed.map((o) => o.id).sort());
  });
});

describe('one organisation', () => {
  it('shows a hospital with its parent chain, catchment and coordinator post', async () => {
    const kullbergska = await detail('Kullbergska sjukhuset');
    expect(kullbergska.ancestors.map((a) => a.name)).toEqual(['Region Sörmland']);
    const serves = kullbergska.links.filter(
      (l) => l.kind === 'serves' && l.direction === 'outgoing',
    );
    expect(serves.map((l) => l.organisation.name).sort()).toEqual([
      'Flens kommun',
      'Katrineholms kommun',
      'Vingåkers kommun',
    ]);
    const coordinator = kullbergska.posts.find((p) => p.role.key === 'sjukhuskoordinator');
    expect(coordinator?.vacant).toBe(false);
    expect(coordinator?.holders[0]?.person.familyName).toBeTruthy();
  });

  it('shows the municipality side of a catchment link', async () => {
    const flen = await detail('Flens kommun');
    expect(flen.links).toContainEqual(
      expect.objectContaining({
        kind: 'serves',
        direction: 'incoming',
        organisation: expect.objectContaining({ name: 'Kullbergska sjukhuset' }),
      }),
    );
  });

  it('flags the vacant processledare post in Gnesta with the day it became vacant', async () => {
    const gnesta = await detail('Gnesta kommun');
    const post = gnesta.posts.find((p) => p.role.key === 'processledare-kommun');
    expect(post).toMatchObject({ vacant: true, required: true, vacantSince: '2025-07-01' });
  });

  it('answers "who held the regional processledare post" on either side of the handover', async () => {
    const holderOn = async (date: string) => {
      const region = await detail('Region Sörmland', date);
      const post = region.posts.find((p) => p.role.key === 'processledare-region');
      return post?.holders
        .filter((h) => h.kind === 'holder')
        .map((h) => `${h.person.givenName} ${h.person.familyName}`);
    };
    const before = await holderOn('2024-02-15');
    const after = await holderOn('2024-03-15');
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(before).not.toEqual(after);
    expect(await holderOn('2024-02-29')).toEqual(before);
    expect(await holderOn('2024-03-01')).toEqual(after);
  });

  it('shows the region with its children and the never-filled folkhälsostrateg post', async () => {
    const region = await detail('Region Sörmland');
    expect(region.ancestors).toEqual([]);
    expect(region.children.length).toBeGreaterThanOrEqual(6);
    const strategist = region.posts.find((p) => p.role.key === 'folkhalsostrateg');
    expect(strategist).toMatchObject({ vacant: true, vacantSince: null, holders: [] });
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expectProblem(
      await t.app.inject({
        url: '/api/v1/organisations/00000000-0000-4000-8000-000000000000',
        headers,
      }),
      404,
      'NOT_FOUND',
    );
    const malformed = await t.app.inject({ url: '/api/v1/organisations/not-a-uuid', headers });
    expect(expectProblem(malformed, 400, 'VALIDATION_FAILED').errors?.[0]?.field).toBe('params.id');
  });

  it('hides phone numbers restricted to the organisation from people outside it', async () => {
    const eskilstuna = await detail('Eskilstuna kommun');
    const holder = eskilstuna.posts.flatMap((p) => p.holders)[0];
    if (!holder) throw new Error('Eskilstuna has a holder');
    await t.database.db
      .updateTable('people')
      .set({ mobile_visibility: 'organisation', mobile: '070-111 22 33' })
      .where('id', '=', holder.person.id)
      .execute();
    const find = (d: OrganisationDetail) =>
      d.posts.flatMap((p) => p.holders).find((h) => h.person.id === holder.person.id)?.person;
    // The viewer works in a hospital: outside Eskilstuna kommun.
    expect(find(await detail('Eskilstuna kommun'))?.mobile).toBeNull();
    const stewardHeaders = bearer(await t.signIn(demoUsers.editor));
    const asSteward = await t.app.inject({
      url: `/api/v1/organisations/${eskilstuna.id}`,
      headers: stewardHeaders,
    });
    expect(find(asSteward.json())?.mobile).toBe('070-111 22 33');
  });
});

describe('listing the links between organisations', () => {
  type Edge = { id: string; kind: string; fromOrganisationId: string; toOrganisationId: string };

  async function linkPage(query: string) {
    const response = await t.app.inject({ url: `/api/v1/organisation-links${query}`, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Edge[]; nextCursor: string | null }>();
  }

  it('needs sign-in and refuses a cursor it did not issue', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/organisation-links' }), 401, 'NOT_SIGNED_IN');
    expectProblem(
      await t.app.inject({ url: '/api/v1/organisation-links?cursor=bm9wZQ', headers }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('gives, page by page, exactly the links the organisation pages show', async () => {
    const edges: Edge[] = [];
    let cursor: string | null = null;
    do {
      const page = await linkPage(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(7);
      edges.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);

    const fromPages = new Map<string, string>();
    for (const organisation of await allOrganisations()) {
      const response = await t.app.inject({
        url: `/api/v1/organisations/${organisation.id}`,
        headers,
      });
      const { links } = response.json<OrganisationDetail>();
      for (const link of links) {
        const [from, to] =
          link.direction === 'outgoing'
            ? [organisation.id, link.organisation.id]
            : [link.organisation.id, organisation.id];
        fromPages.set(link.id, `${link.kind} ${from} ${to}`);
      }
    }
    expect(fromPages.size).toBeGreaterThan(7); // more than one page of seven
    expect(
      new Map(edges.map((e) => [e.id, `${e.kind} ${e.fromOrganisationId} ${e.toOrganisationId}`])),
    ).toEqual(fromPages);
  });

  it('filters by kind', async () => {
    const partners = await linkPage('?kind=partner&limit=500');
    const serves = await linkPage('?kind=serves&limit=500');
    expect(serves.items.length).toBeGreaterThan(0);
    expect(partners.items.every((e) => e.kind === 'partner')).toBe(true);
    expect(serves.items.every((e) => e.kind === 'serves')).toBe(true);
    expect(partners.items.length + serves.items.length).toBe(
      (await linkPage('?limit=500')).items.length,
    );
  });
});
