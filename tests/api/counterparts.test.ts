import type {
  CounterpartGroup,
  CounterpartPost,
  Counterparts,
  Coverage,
  Network,
  Organisation,
} from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { countStatements } from '../helpers/statement-counter';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Record<string, string>;
let viewer: Record<string, string>;
let organisations: Map<string, Organisation>;
let networks: Map<string, Network>;

const organisationId = (name: string) => {
  const organisation = organisations.get(name);
  if (!organisation) throw new Error(`no organisation ${name}`);
  return organisation.id;
};
const networkId = (name: string) => {
  const network = networks.get(name);
  if (!network) throw new Error(`no network ${name}`);
  return network.id;
};

async function counterparts(
  params: Record<string, string>,
  headers = viewer,
): Promise<Counterparts> {
  const response = await t.app.inject({
    url: `/api/v1/counterparts?${new URLSearchParams(params)}`,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Counterparts>();
}

async function coverage(id: string, query = '', headers = viewer): Promise<Coverage> {
  const response = await t.app.inject({
    url: `/api/v1/networks/${id}/coverage${query}`,
    headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Coverage>();
}

const groupOf = (answer: Counterparts, name: string): CounterpartGroup => {
  const group = answer.groups.find((g) => g.organisation.name === name);
  if (!group)
    throw new Error(`no group ${name} in ${answer.groups.map((g) => g.organisation.name)}`);
  return group;
};
const namesOn = (post: CounterpartPost, kind?: string) =>
  post.holders
    .filter((h) => kind === undefined || h.kind === kind)
    .map((h) => `${h.person.givenName} ${h.person.familyName}`);

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  organisations = new Map(list.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]));
  const networkList = await t.app.inject({ url: '/api/v1/networks?limit=500', headers: admin });
  networks = new Map(networkList.json<{ items: Network[] }>().items.map((n) => [n.name, n]));
});

afterAll(async () => {
  await t?.close();
});

describe('GET /counterparts', () => {
  it('gives a närvårdskoordinator the sjukhuskoordinator of the hospital serving the municipality, first', async () => {
    const answer = await counterparts({
      role: 'narvardskoordinator',
      organisation: organisationId('Vingåkers kommun'),
      asOf: '2026-12-01',
    });
    expect(answer.role.key).toBe('narvardskoordinator');
    expect(answer.organisation.name).toBe('Vingåkers kommun');
    expect(answer.counterpartRoles.map((c) => c.role.key).sort()).toEqual([
      'narvardskoordinator',
      'sjukhuskoordinator',
    ]);

    const [first] = answer.groups;
    expect(first?.organisation).toMatchObject({ name: 'Kullbergska sjukhuset', kind: 'hospital' });
    expect(first?.relations[0]).toEqual({
      kind: 'serves',
      direction: 'incoming',
      through: null,
      network: null,
    });
    expect(first?.relations.slice(1).map((r) => r.network?.name)).toContain(
      'Trygg och effektiv utskrivning',
    );
    const post = first?.posts[0] as CounterpartPost;
    expect(post.role.key).toBe('sjukhuskoordinator');
    expect(post.organisation.name).toBe('Kullbergska sjukhuset');
    expect(post.vacant).toBe(false);
    expect(namesOn(post, 'holder')).toEqual(['Elin Sjöqvist']);
    expect(namesOn(post, 'deputy')).toEqual(['Therese Hansson']);

    // Hospitals outside the catchment are related only through the shared forum.
    const malarsjukhuset = groupOf(answer, 'Mälarsjukhuset');
    expect(malarsjukhuset.relations.every((r) => r.kind === 'network')).toBe(true);
    // Peers: the närvårdskoordinatorer of other municipalities; never the asking municipality.
    expect(groupOf(answer, 'Flens kommun').posts.map((p) => p.role.key)).toEqual([
      'narvardskoordinator',
    ]);
    expect(answer.groups.map((g) => g.organisation.name)).not.toContain('Vingåkers kommun');
  });

  it('gives a hospital coordinator the närvårdskoordinatorer of its catchment (the reverse direction)', async () => {
    const answer = await counterparts({
      role: 'sjukhuskoordinator',
      organisation: organisationId('Kullbergska sjukhuset'),
      asOf: '2026-12-01',
    });
    const linked = answer.groups.filter((g) => g.relations.some((r) => r.kind === 'serves'));
    expect(linked.map((g) => g.organisation.name)).toEqual([
      'Flens kommun',
      'Katrineholms kommun',
      'Vingåkers kommun',
    ]);
    expect(answer.groups.slice(0, 3)).toEqual(linked);
    expect(linked[0]?.relations[0]).toMatchObject({ kind: 'serves', direction: 'outgoing' });

    const vingaker = groupOf(answer, 'Vingåkers kommun');
    expect(vingaker.posts).toHaveLength(1);
    expect(vingaker.posts[0]?.role.key).toBe('narvardskoordinator');
    expect(namesOn(vingaker.posts[0] as CounterpartPost)).toEqual(['Sara Pettersson']);
    // MAS is the sjukhuskoordinator's other counterpart.
    expect(
      groupOf(answer, 'Katrineholms kommun')
        .posts.map((p) => p.role.key)
        .sort(),
    ).toEqual(['mas', 'narvardskoordinator']);
  });

  it('narrows to one organisation with target and flags the vacant Processledare Gnesta post', async () => {
    const answer = await counterparts({
      role: 'processledare-kommun',
      organisation: organisationId('Nyköpings kommun'),
      target: organisationId('Gnesta kommun'),
      asOf: '2026-12-01',
    });
    expect(answer.target?.name).toBe('Gnesta kommun');
    expect(answer.groups.map((g) => g.organisation.name)).toEqual(['Gnesta kommun']);
    const [post] = answer.groups[0]?.posts ?? [];
    expect(post).toMatchObject({
      title: 'Processledare Nära vård, Gnesta',
      vacant: true,
      vacantSince: '2025-07-01',
      holders: [],
    });
    expect(answer.groups[0]?.postCount).toBe(1);
  });

  it('answers as of a date: Tove Gränsmark before the handover, Helena Sjöberg with Magnus Eklund as deputy after', async () => {
    const ask = (asOf: string) =>
      counterparts({
        role: 'processledare-kommun',
        organisation: organisationId('Gnesta kommun'),
        target: organisationId('Region Sörmland'),
        asOf,
      });
    const plRegion = (answer: Counterparts) => {
      const region = groupOf(answer, 'Region Sörmland');
      expect(region.relations.map((r) => r.network?.name)).toContain(
        'Nätverket Nära vård i Sörmland',
      );
      const post = region.posts.find((p) => p.role.key === 'processledare-region');
      if (!post) throw new Error('no regional processledare post');
      return post;
    };

    const before = plRegion(await ask('2024-02-15'));
    expect(namesOn(before, 'holder')).toEqual(['Tove Gränsmark']);
    expect(namesOn(before, 'deputy')).toEqual([]);

    const after = plRegion(await ask('2024-03-15'));
    expect(namesOn(after)).toEqual(['Helena Sjöberg', 'Magnus Eklund']);
    expect(after.holders.map((h) => h.kind)).toEqual(['holder', 'deputy']);
    expect(after.vacant).toBe(false);
  });

  it('shows an interim beside the holder', async () => {
    const answer = await counterparts({
      role: 'processledare-region',
      organisation: organisationId('Region Sörmland'),
      target: organisationId('Flens kommun'),
      asOf: '2026-12-01',
    });
    const post = groupOf(answer, 'Flens kommun').posts.find(
      (p) => p.role.key === 'processledare-kommun',
    ) as CounterpartPost;
    expect(post.holders.map((h) => [h.kind, h.person.familyName])).toEqual([
      ['holder', 'Olsson'],
      ['interim', 'Lund'],
    ]);
  });

  it('relates through the organisations above the asking one, and says through which', async () => {
    const answer = await counterparts({
      role: 'processledare-region',
      organisation: organisationId('Division Närsjukvård'),
      target: organisationId('FoU Sörmland'),
      asOf: '2026-12-01',
    });
    const [fou] = answer.groups;
    expect(answer.groups).toHaveLength(1);
    expect(fou?.organisation.name).toBe('FoU Sörmland');
    expect(fou?.relations[0]).toMatchObject({
      kind: 'partner',
      direction: 'incoming',
      through: { name: 'Region Sörmland', kind: 'region' },
      network: null,
    });
    const networks = fou?.relations.filter((r) => r.kind === 'network') ?? [];
    // The division's own programme area, and the region's network.
    expect(networks).toContainEqual(
      expect.objectContaining({
        through: null,
        network: expect.objectContaining({ name: 'LPO Äldres hälsa' }),
      }),
    );
    expect(networks).toContainEqual(
      expect.objectContaining({
        through: expect.objectContaining({ name: 'Region Sörmland' }),
        network: expect.objectContaining({ name: 'Nätverket Nära vård i Sörmland' }),
      }),
    );
    expect(fou?.posts.map((p) => p.title).sort()).toEqual([
      'Projektledare Nära vård',
      'Projektledare Tillsammans för unga vuxna',
    ]);
  });

  it('looks the role up by id as well as by key', async () => {
    const byKey = await counterparts({
      role: 'sjukhuskoordinator',
      organisation: organisationId('Kullbergska sjukhuset'),
      asOf: '2026-12-01',
    });
    const byId = await counterparts({
      role: byKey.role.id,
      organisation: organisationId('Kullbergska sjukhuset'),
      asOf: '2026-12-01',
    });
    expect(byId).toEqual(byKey);
  });

  it("keeps at most perOrganisation posts per group, the organisation's own first, and counts them all", async () => {
    const answer = await counterparts({
      role: 'processledare-kommun',
      organisation: organisationId('Gnesta kommun'),
      target: organisationId('Region Sörmland'),
      asOf: '2026-12-01',
      perOrganisation: '1',
    });
    const region = groupOf(answer, 'Region Sörmland');
    expect(region.posts).toHaveLength(1);
    expect(region.posts[0]?.organisation.name).toBe('Region Sörmland');
    expect(region.postCount).toBeGreaterThan(1);
  });

  it('shows the first posts of the whole list whatever perOrganisation is', async () => {
    const question = {
      role: 'processledare-kommun',
      organisation: organisationId('Gnesta kommun'),
      asOf: '2026-12-01',
    };
    const all = await counterparts({ ...question, perOrganisation: '200' });
    const spread = all.groups.filter(
      (group) => new Set(group.posts.map((p) => p.organisation.id)).size > 2,
    );
    expect(spread.length).toBeGreaterThan(0);
    for (const perOrganisation of [1, 2, 3]) {
      const some = await counterparts({ ...question, perOrganisation: String(perOrganisation) });
      expect(some.groups.map((group) => group.organisation.id)).toEqual(
        all.groups.map((group) => group.organisation.id),
      );
      some.groups.forEach((group, i) => {
        const whole = all.groups[i];
        expect(group.postCount).toBe(whole?.postCount);
        expect(group.posts.map((p) => p.id)).toEqual(
          whole?.posts.slice(0, perOrganisation).map((p) => p.id),
        );
      });
    }
  });

  it('gives a post below two related organisations to the nearer, and leaves out archived units', async () => {
    // A network with Gnesta kommun, a hospital and one of its clinics; below the clinic a ward,
    // and beside the clinic an archived unit: a sjukhuskoordinator post in each.
    const db = t.database.db;
    const organisation = (name: string, parent: string | null, archived = false) =>
      db
        .insertInto('organisations')
        .values({
          name,
          kind: parent ? 'unit' : 'hospital',
          parent_id: parent,
          archived_at: archived ? '2026-01-01T00:00:00Z' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((row) => row.id);
    const hospital = await organisation('Testsjukhuset', null);
    const clinic = await organisation('Testkliniken', hospital);
    const ward = await organisation('Testavdelningen', clinic);
    const closed = await organisation('Nedlagda enheten', hospital, true);
    const network = await db
      .insertInto('networks')
      .values({ name: 'Testnätverket', kind: 'network' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('network_organisations')
      .values(
        [organisationId('Gnesta kommun'), hospital, clinic].map((id) => ({
          network_id: network.id,
          organisation_id: id,
          valid_from: null,
          valid_to: null,
        })),
      )
      .execute();
    const role = await db
      .selectFrom('roles')
      .select('id')
      .where('key', '=', 'sjukhuskoordinator')
      .executeTakeFirstOrThrow();
    const posts = await db
      .insertInto('posts')
      .values(
        [hospital, clinic, ward, closed].map((id) => ({
          role_id: role.id,
          organisation_id: id,
          network_id: null,
          title: null,
          functional_email: null,
          functional_phone: null,
          note: null,
          archived_at: null,
        })),
      )
      .returning('id')
      .execute();
    const ask = (target?: string) =>
      counterparts({
        role: 'narvardskoordinator',
        organisation: organisationId('Gnesta kommun'),
        asOf: '2026-12-01',
        ...(target ? { target } : {}),
      });
    const placesIn = (answer: Counterparts, name: string) => {
      const group = groupOf(answer, name);
      return { count: group.postCount, at: group.posts.map((post) => post.organisation.name) };
    };
    try {
      const all = await ask();
      expect(placesIn(all, 'Testsjukhuset')).toEqual({ count: 1, at: ['Testsjukhuset'] });
      expect(placesIn(all, 'Testkliniken')).toEqual({
        count: 2,
        at: ['Testkliniken', 'Testavdelningen'],
      });
      // Within the hospital's tree: the same places.
      const inHospital = await ask(hospital);
      expect(inHospital.groups.map((g) => g.organisation.name)).toEqual([
        'Testkliniken',
        'Testsjukhuset',
      ]);
      expect(placesIn(inHospital, 'Testkliniken').count).toBe(2);
      // Only the ward: its post, still the clinic's.
      const inWard = await ask(ward);
      expect(inWard.groups.map((g) => placesIn(inWard, g.organisation.name))).toEqual([
        { count: 1, at: ['Testavdelningen'] },
      ]);
      expect(inWard.groups[0]?.organisation.name).toBe('Testkliniken');
    } finally {
      await db
        .deleteFrom('posts')
        .where(
          'id',
          'in',
          posts.map((post) => post.id),
        )
        .execute();
      await db.deleteFrom('network_organisations').where('network_id', '=', network.id).execute();
      await db.deleteFrom('networks').where('id', '=', network.id).execute();
      for (const id of [ward, closed, clinic, hospital]) {
        await db.deleteFrom('organisations').where('id', '=', id).execute();
      }
    }
  });

  it('hides people with a protected identity from non-admins without calling the post vacant', async () => {
    const pettersson = await t.database.db
      .selectFrom('people')
      .select(['id'])
      .where('family_name', '=', 'Pettersson')
      .where('given_name', '=', 'Sara')
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('people')
      .set({ protected: true })
      .where('id', '=', pettersson.id)
      .execute();
    try {
      const params = {
        role: 'sjukhuskoordinator',
        organisation: organisationId('Kullbergska sjukhuset'),
        target: organisationId('Vingåkers kommun'),
        asOf: '2026-12-01',
      };
      const seenByViewer = (await counterparts(params)).groups[0]?.posts[0];
      expect(seenByViewer?.holders).toEqual([]);
      expect(seenByViewer?.vacant).toBe(false);
      const seenByAdmin = (await counterparts(params, admin)).groups[0]?.posts[0];
      expect(namesOn(seenByAdmin as CounterpartPost)).toEqual(['Sara Pettersson']);
    } finally {
      await t.database.db
        .updateTable('people')
        .set({ protected: false })
        .where('id', '=', pettersson.id)
        .execute();
    }
  });

  it('hides numbers kept inside the organisation from callers outside it', async () => {
    const person = await t.database.db
      .selectFrom('people')
      .select(['id', 'mobile'])
      .where('family_name', '=', 'Sjöqvist')
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('people')
      .set({ mobile_visibility: 'organisation', mobile: person.mobile ?? '070-174 06 98' })
      .where('id', '=', person.id)
      .execute();
    try {
      const params = {
        role: 'narvardskoordinator',
        organisation: organisationId('Vingåkers kommun'),
        target: organisationId('Kullbergska sjukhuset'),
        asOf: '2026-12-01',
      };
      const editor = bearer(await t.signIn(demoUsers.editor));
      const holder = (headers: Record<string, string>) =>
        counterparts(params, headers).then(
          (a) => a.groups[0]?.posts[0]?.holders.find((h) => h.kind === 'holder')?.person,
        );
      // The viewer is Elin Sjöqvist herself (same employer); the Eskilstuna editor is outside.
      // Asked twice round: each is given the answer kept for callers who see what they see.
      for (let round = 0; round < 2; round++) {
        expect((await holder(editor))?.mobile).toBeNull();
        expect((await holder(admin))?.mobile).toBeTruthy();
        expect((await holder(viewer))?.mobile).toBeTruthy();
      }
    } finally {
      await t.database.db
        .updateTable('people')
        .set({ mobile_visibility: 'network', mobile: person.mobile })
        .where('id', '=', person.id)
        .execute();
    }
  });

  it('refuses bad parameters with 400 and per-field errors', async () => {
    const cases: [string, string[]][] = [
      ['', ['querystring.role', 'querystring.organisation']],
      [`role=narvardskoordinator&organisation=not-a-uuid`, ['querystring.organisation']],
      [
        `role=${encodeURIComponent('drop table;')}&organisation=${organisationId('Gnesta kommun')}`,
        ['querystring.role'],
      ],
      [
        `role=narvardskoordinator&organisation=${organisationId('Gnesta kommun')}&asOf=2024-13-45`,
        ['querystring.asOf'],
      ],
      [
        `role=narvardskoordinator&organisation=${organisationId('Gnesta kommun')}&perOrganisation=0`,
        ['querystring.perOrganisation'],
      ],
      [
        `role=narvardskoordinator&organisation=${organisationId('Gnesta kommun')}&colour=blue`,
        ['querystring.colour'],
      ],
    ];
    for (const [query, fields] of cases) {
      const response = await t.app.inject({
        url: `/api/v1/counterparts?${query}`,
        headers: viewer,
      });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.field).sort(), query).toEqual(fields.sort());
    }
  });

  it('answers 404 for an unknown role, organisation or target', async () => {
    const gnesta = organisationId('Gnesta kommun');
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const query of [
      `role=no-such-role&organisation=${gnesta}`,
      `role=${unknown}&organisation=${gnesta}`,
      `role=narvardskoordinator&organisation=${unknown}`,
      `role=narvardskoordinator&organisation=${gnesta}&target=${unknown}`,
    ]) {
      const response = await t.app.inject({
        url: `/api/v1/counterparts?${query}`,
        headers: viewer,
      });
      expectProblem(response, 404, 'NOT_FOUND');
    }
  });

  it('asks for sign-in', async () => {
    const response = await t.app.inject({
      url: `/api/v1/counterparts?role=narvardskoordinator&organisation=${organisationId('Gnesta kommun')}`,
    });
    expectProblem(response, 401, 'NOT_SIGNED_IN');
  });
});

describe('GET /networks/:id/coverage', () => {
  it("lays out member organisations in Swedish order against the roles of the network's posts", async () => {
    const grid = await coverage(networkId('Trygg och effektiv utskrivning'), '?asOf=2026-12-01');
    expect(grid.network.name).toBe('Trygg och effektiv utskrivning');
    expect(grid.roles.map((r) => r.key)).toEqual([
      'mas',
      'narvardskoordinator',
      'sjukhuskoordinator',
    ]);
    expect(grid.rows.map((r) => r.organisation.name)).toEqual([
      'Eskilstuna kommun',
      'Flens kommun',
      'Gnesta kommun',
      'Katrineholms kommun',
      'Kullbergska sjukhuset',
      'Mälarsjukhuset',
      'Nyköpings kommun',
      'Nyköpings lasarett',
      'Oxelösunds kommun',
      'Region Sörmland',
      'Strängnäs kommun',
      'Trosa kommun',
      'Vingåkers kommun',
    ]);
    for (const row of grid.rows) {
      expect(row.cells.map((c) => c.roleId)).toEqual(grid.roles.map((r) => r.id));
    }
    const cell = (organisation: string, role: string) => {
      const row = grid.rows.find((r) => r.organisation.name === organisation);
      const index = grid.roles.findIndex((r) => r.key === role);
      return row?.cells[index];
    };
    const kullbergska = cell('Kullbergska sjukhuset', 'sjukhuskoordinator');
    expect(kullbergska?.postCount).toBe(1);
    expect(namesOn(kullbergska?.posts[0] as CounterpartPost)).toEqual([
      'Elin Sjöqvist',
      'Therese Hansson',
    ]);
    expect(cell('Gnesta kommun', 'mas')).toEqual({
      roleId: grid.roles[0]?.id,
      postCount: 0,
      vacantCount: 0,
      posts: [],
    });
    expect(grid.postsOutsideMembers).toBe(0);
  });

  it('shows a vacancy with the day it began, and posts below a member in its row', async () => {
    const grid = await coverage(
      networkId('Nätverket Nära vård i Sörmland'),
      '?asOf=2026-12-01&perCell=5',
    );
    const column = (key: string) => grid.roles.findIndex((r) => r.key === key);
    const row = (name: string) => {
      const found = grid.rows.find((r) => r.organisation.name === name);
      if (!found) throw new Error(`no row ${name}`);
      return found;
    };

    const gnesta = row('Gnesta kommun').cells[column('processledare-kommun')];
    expect(gnesta).toMatchObject({ postCount: 1, vacantCount: 1 });
    expect(gnesta?.posts[0]).toMatchObject({
      vacant: true,
      vacantSince: '2025-07-01',
      holders: [],
    });

    // The divisions are not members: their utvecklingsledare posts sit in Region Sörmland's row.
    const region = row('Region Sörmland');
    const utvecklingsledare = region.cells[column('utvecklingsledare')];
    expect(utvecklingsledare?.postCount).toBe(4);
    expect(utvecklingsledare?.posts.map((p) => p.organisation.kind)).toEqual([
      'division',
      'division',
      'division',
      'division',
    ]);
    // Never held: vacant, but since no known day.
    const folkhalsa = region.cells[column('folkhalsostrateg')];
    expect(folkhalsa).toMatchObject({ postCount: 1, vacantCount: 1 });
    expect(folkhalsa?.posts[0]?.vacantSince).toBeNull();

    const plRegion = region.cells[column('processledare-region')]?.posts[0] as CounterpartPost;
    expect(namesOn(plRegion)).toEqual(['Helena Sjöberg', 'Magnus Eklund']);
  });

  it('answers as of a date and keeps at most perCell posts per cell', async () => {
    const grid = await coverage(
      networkId('Nätverket Nära vård i Sörmland'),
      '?asOf=2024-02-15&perCell=1',
    );
    const region = grid.rows.find((r) => r.organisation.name === 'Region Sörmland');
    const index = grid.roles.findIndex((r) => r.key === 'processledare-region');
    expect(namesOn(region?.cells[index]?.posts[0] as CounterpartPost)).toEqual(['Tove Gränsmark']);
    const ul = region?.cells[grid.roles.findIndex((r) => r.key === 'utvecklingsledare')];
    expect(ul?.postCount).toBe(4);
    expect(ul?.posts).toHaveLength(1);
    // Peter Holm still held the Gnesta post then.
    const gnesta = grid.rows.find((r) => r.organisation.name === 'Gnesta kommun');
    const pl = gnesta?.cells[grid.roles.findIndex((r) => r.key === 'processledare-kommun')];
    expect(pl?.vacantCount).toBe(0);
    expect(namesOn(pl?.posts[0] as CounterpartPost)).toEqual(['Peter Holm']);
  });

  it('answers 404 for an unknown network, 400 for a bad id or date, 401 without sign-in', async () => {
    expectProblem(
      await t.app.inject({
        url: '/api/v1/networks/00000000-0000-4000-8000-000000000000/coverage',
        headers: viewer,
      }),
      404,
      'NOT_FOUND',
    );
    const badId = expectProblem(
      await t.app.inject({ url: '/api/v1/networks/nope/coverage', headers: viewer }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badId.errors?.map((e) => e.field)).toEqual(['params.id']);
    const badDate = expectProblem(
      await t.app.inject({
        url: `/api/v1/networks/${networkId('LPO Äldres hälsa')}/coverage?asOf=yesterday`,
        headers: viewer,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badDate.errors?.map((e) => e.field)).toEqual(['querystring.asOf']);
    expectProblem(
      await t.app.inject({ url: `/api/v1/networks/${networkId('LPO Äldres hälsa')}/coverage` }),
      401,
      'NOT_SIGNED_IN',
    );
  });

  it('is documented in the OpenAPI document under counterparts', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, { get?: { tags?: string[]; responses?: Record<string, unknown> } }>;
    }>();
    for (const path of ['/api/v1/counterparts', '/api/v1/networks/{id}/coverage']) {
      const get = document.paths[path]?.get;
      expect(get?.tags).toContain('counterparts');
      expect(Object.keys(get?.responses ?? {})).toEqual(
        expect.arrayContaining(['200', '400', '401', '404']),
      );
    }
  });
});

describe('statements per answer', () => {
  it('stays the same however many organisations and posts answer, and is less once kept', async () => {
    const counter = await countStatements(t);
    try {
      const count = (url: string) => counter.count(url, viewer);
      const ask = (params: Record<string, string>) =>
        count(`/api/v1/counterparts?${new URLSearchParams({ asOf: '2026-12-01', ...params })}`);
      // The first request after start may look up things once and keep them (the user, the
      // catalogue behind the caller's access).
      await ask({ role: 'sjukhuskoordinator', organisation: organisationId('Gnesta kommun') });
      const narrowQuestion = {
        role: 'narvardskoordinator',
        organisation: organisationId('Vingåkers kommun'),
        target: organisationId('Kullbergska sjukhuset'),
      };
      const wideQuestion = {
        role: 'processledare-region',
        organisation: organisationId('Region Sörmland'),
        perOrganisation: '200',
      };
      const narrow = await ask(narrowQuestion);
      const wide = await ask(wideQuestion);
      expect(wide).toBe(narrow);
      expect(narrow).toBeLessThanOrEqual(6);
      // Asked again while nothing has changed: the answer is kept. One statement reads the
      // caller's access, one checks that the catalogue, the placements and the people on the
      // answer stand still.
      expect(await ask(narrowQuestion)).toBe(2);
      expect(await ask(wideQuestion)).toBe(2);

      const smallGrid = `/api/v1/networks/${networkId('LPO Psykisk hälsa')}/coverage`;
      const largeGrid = `/api/v1/networks/${networkId('Nätverket Nära vård i Sörmland')}/coverage?perCell=50`;
      const small = await count(smallGrid);
      const large = await count(largeGrid);
      expect(large).toBe(small);
      expect(small).toBeLessThanOrEqual(7);
      expect(await count(smallGrid)).toBe(2);
      expect(await count(largeGrid)).toBe(2);
    } finally {
      await counter.close();
    }
  });

  it('keeps the posts of a kept answer while the people on them stand still', async () => {
    const counter = await countStatements(t);
    try {
      const url = `/api/v1/counterparts?${new URLSearchParams({
        asOf: '2026-12-01',
        role: 'narvardskoordinator',
        organisation: organisationId('Vingåkers kommun'),
        target: organisationId('Kullbergska sjukhuset'),
      })}`;
      const ask = async () => {
        await counter.count(url, viewer);
        const answer = await counter.app.inject({ url, headers: viewer });
        return { read: counter.tablesRead(), answer: answer.json<Counterparts>() };
      };
      const first = await ask();
      expect(first.read).toContain('posts');
      const kept = await ask();
      expect(kept.read).not.toContain('posts');
      expect(kept.answer).toEqual(first.answer);

      // A holder's title changes (on the test's own app): read again at once, then kept again.
      const person = groupOf(first.answer, 'Kullbergska sjukhuset').posts[0]?.holders[0]?.person;
      if (!person) throw new Error('no holder at Kullbergska');
      const profile = await t.app.inject({ url: `/api/v1/people/${person.id}`, headers: admin });
      const retitled = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/people/${person.id}`,
        headers: { ...admin, 'if-match': profile.headers.etag as string },
        payload: { title: 'Sjukhuskoordinator, nu med ny titel' },
      });
      expect(retitled.statusCode, retitled.body).toBe(200);
      const changed = await ask();
      expect(changed.read).toContain('posts');
      const holders = groupOf(changed.answer, 'Kullbergska sjukhuset').posts[0]?.holders;
      expect(holders?.find((h) => h.person.id === person.id)?.person.title).toBe(
        'Sjukhuskoordinator, nu med ny titel',
      );
      expect((await ask()).read).not.toContain('posts');
    } finally {
      await counter.close();
    }
  });

  it('looks up the people on a kept answer only after someone has changed', async () => {
    const counter = await countStatements(t);
    const url = `/api/v1/networks/${networkId('LPO Psykisk hälsa')}/coverage?asOf=2026-12-01`;
    // As an admin, whose access takes no statement of its own (a viewer's reads their own row).
    const ask = async () => {
      expect(await counter.count(url, admin)).toBeGreaterThan(0);
      return counter.tablesRead();
    };
    // Someone on no post of the grid: a new person, changed in the database itself.
    const outsider = await t.database.db
      .insertInto('people')
      .values({
        organisation_id: organisationId('Gnesta kommun'),
        given_name: 'Utan',
        family_name: 'Uppdrag',
        email: 'utan.uppdrag@gnesta.example',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const rename = (familyName: string) =>
      t.database.db
        .updateTable('people')
        .set({ family_name: familyName })
        .where('id', '=', outsider.id)
        .execute();
    try {
      await ask();
      // Kept, and nobody has changed: one small statement, no person looked up.
      const kept = await ask();
      expect(kept).toContain('people_version');
      expect(kept).not.toContain('people');
      expect(kept).not.toContain('posts');

      await rename('Uppdragslös');
      // Somebody has: the people on the grid are looked up, found as they were, and kept.
      const checked = await ask();
      expect(checked).toContain('people');
      expect(checked).not.toContain('posts');
      const again = await ask();
      expect(again).not.toContain('people');
      expect(again).not.toContain('posts');
    } finally {
      await t.database.db.deleteFrom('people').where('id', '=', outsider.id).execute();
      await counter.close();
    }
  });

  it('hides a holder given a protected identity from a kept grid at once, however it was changed', async () => {
    const counter = await countStatements(t);
    const url = `/api/v1/networks/${networkId('Trygg och effektiv utskrivning')}/coverage?asOf=2026-12-01`;
    const holdersIn = async () => {
      await counter.count(url, viewer);
      const grid = (await counter.app.inject({ url, headers: viewer })).json<Coverage>();
      const read = counter.tablesRead();
      const people = grid.rows.flatMap((row) =>
        row.cells.flatMap((cell) => cell.posts.flatMap((post) => post.holders)),
      );
      return { read, names: people.map((h) => `${h.person.givenName} ${h.person.familyName}`) };
    };
    // Changed in the database itself, as another process or instance would.
    const protect = (value: boolean) =>
      t.database.db
        .updateTable('people')
        .set({ protected: value })
        .where('given_name', '=', 'Elin')
        .where('family_name', '=', 'Sjöqvist')
        .execute();
    try {
      await holdersIn();
      const kept = await holdersIn();
      expect(kept.read).not.toContain('posts');
      expect(kept.names).toContain('Elin Sjöqvist');
      await protect(true);
      const hidden = await holdersIn();
      expect(hidden.read).toContain('posts');
      expect(hidden.names).not.toContain('Elin Sjöqvist');
      expect(hidden.names).toContain('Therese Hansson');
    } finally {
      await protect(false);
      await counter.close();
    }
  });
});
