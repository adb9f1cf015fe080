import { Fhir } from 'fhir';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/** The slice of FHIR shapes the tests look into. */
interface Resource {
  resourceType: string;
  id: string;
  meta?: { lastUpdated?: string; versionId?: string };
  [field: string]: unknown;
}
interface Bundle extends Resource {
  type: string;
  total?: number;
  link: { relation: string; url: string }[];
  entry?: { fullUrl: string; resource: Resource; search: { mode: 'match' | 'include' } }[];
}
interface Outcome {
  resourceType: 'OperationOutcome';
  issue: { severity: string; code: string; diagnostics: string }[];
}
interface ContactPoint {
  system: string;
  value: string;
  use?: string;
}

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
let viewerToken: string;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewerToken = await t.signIn(demoUsers.viewer);
  viewer = bearer(viewerToken);
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `${address}/fhir/r4`;
});
afterAll(() => t.close());

const get = (url: string, headers: Record<string, string> = viewer) =>
  t.app.inject({ method: 'GET', url: `/fhir/r4/${url}`, headers });

async function getJson<T = Bundle>(url: string, headers: Record<string, string> = viewer) {
  const response = await get(url, headers);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
  return response.json<T>();
}

/** Asserts an OperationOutcome answer with the status and issue code. */
async function expectOutcome(
  url: string,
  status: number,
  code: string,
  headers: Record<string, string> = viewer,
  method: 'GET' | 'POST' | 'DELETE' = 'GET',
) {
  const response = await t.app.inject({ method, url: `/fhir/r4/${url}`, headers });
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/fhir\+json/);
  const outcome = response.json<Outcome>();
  expect(outcome.resourceType).toBe('OperationOutcome');
  expect(outcome.issue[0]?.code).toBe(code);
  expect(outcome.issue[0]?.diagnostics).toBeTruthy();
  expectValid(outcome as unknown as Resource);
  return { response, outcome };
}

const matches = (bundle: Bundle) =>
  (bundle.entry ?? []).filter((e) => e.search.mode === 'match').map((e) => e.resource);
const includes = (bundle: Bundle) =>
  (bundle.entry ?? []).filter((e) => e.search.mode === 'include').map((e) => e.resource);

const fhir = new Fhir();
/**
 * Validates against the R4 structure definitions with the `fhir` package; unexpected properties
 * are errors. It knows neither our own code systems nor every BCP 47 language (its value set is
 * the "common languages" list), and it reports codes from them as warnings where the binding is
 * an example or preferred: those, and only those, are allowed, as are notes that it lacks a
 * value set itself (mime types).
 */
const tolerated = [
  /^Code ".*" \(.*\/fhir\/r4\/CodeSystem\/[a-z-]+\) not found in value set$/,
  /^Code "[a-z]{2,3}" \(urn:ietf:bcp:47\) not found in value set$/,
  /^Value set "http:\/\/hl7\.org\/fhir\/ValueSet\/mimetypes" could not be found\.$/,
];
function expectValid(resource: Resource) {
  const result = fhir.validate(resource, { errorOnUnexpected: true });
  const problems = result.messages.filter(
    (m) =>
      m.severity === 'error' ||
      m.severity === 'fatal' ||
      !tolerated.some((r) => r.test(m.message ?? '')),
  );
  expect(problems, `${resource.resourceType}/${resource.id}`).toEqual([]);
  expect(result.valid).toBe(true);
}

async function idOf(table: 'people' | 'organisations', column: string, value: string) {
  const row = await t.database.db
    .selectFrom(table)
    .select('id')
    .where(column as never, '=', value as never)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Every page of a search, following `next` links through inject. */
async function allPages(url: string, headers: Record<string, string> = admin) {
  const pages: Bundle[] = [];
  let next: string | undefined = url;
  while (next) {
    const page: Bundle = await getJson(next, headers);
    pages.push(page);
    const link = page.link.find((l) => l.relation === 'next')?.url;
    next = link ? link.slice(link.indexOf('/fhir/r4/') + '/fhir/r4/'.length) : undefined;
  }
  return pages;
}

describe('metadata', () => {
  it('publishes a valid CapabilityStatement without a token, listing exactly what is supported', async () => {
    const statement = await getJson<Resource>('metadata', {});
    expect(statement.resourceType).toBe('CapabilityStatement');
    expectValid(statement);
    const rest = (
      statement.rest as {
        resource: {
          type: string;
          interaction: { code: string }[];
          searchParam: { name: string }[];
          searchInclude?: string[];
        }[];
      }[]
    )[0];
    const byType = new Map(rest?.resource.map((r) => [r.type, r]));
    expect([...byType.keys()].sort()).toEqual([
      'CodeSystem',
      'Organization',
      'OrganizationAffiliation',
      'Practitioner',
      'PractitionerRole',
    ]);
    for (const resource of byType.values()) {
      expect(resource.interaction.map((i) => i.code)).toEqual(['read', 'search-type']);
    }
    expect(byType.get('Organization')?.searchParam.map((p) => p.name)).toEqual(
      expect.arrayContaining(['_id', '_lastUpdated', 'name', 'identifier', 'partof', 'active']),
    );
    expect(byType.get('PractitionerRole')?.searchParam.map((p) => p.name)).toEqual(
      expect.arrayContaining(['practitioner', 'organization', 'role', 'active']),
    );
    expect(byType.get('PractitionerRole')?.searchInclude).toEqual([
      'PractitionerRole:practitioner',
      'PractitionerRole:organization',
    ]);
  });

  it('refuses every parameter the statement does not list', async () => {
    const statement = await getJson<Resource>('metadata', {});
    const rest = (
      statement.rest as { resource: { type: string; searchParam: { name: string }[] }[] }[]
    )[0];
    for (const resource of rest?.resource ?? []) {
      const listed = resource.searchParam.map((p) => p.name);
      for (const name of ['_sort', 'address', 'email', 'given', '_has']) {
        if (!listed.includes(name)) {
          await expectOutcome(`${resource.type}?${name}=x`, 400, 'not-supported');
        }
      }
    }
  });
});

describe('resources', () => {
  it('emits only resources the fhir validator accepts, on every page of every type', async () => {
    const seen = new Map<string, number>();
    for (const type of [
      'Organization',
      'Practitioner',
      'PractitionerRole?_include=PractitionerRole:practitioner&_include=PractitionerRole:organization',
      'OrganizationAffiliation?_include=OrganizationAffiliation:participating-organization',
      'CodeSystem',
    ]) {
      const separator = type.includes('?') ? '&' : '?';
      for (const page of await allPages(`${type}${separator}_count=50`)) {
        expect(page.resourceType).toBe('Bundle');
        expect(page.type).toBe('searchset');
        expectValid(page);
        for (const resource of [...matches(page), ...includes(page)]) {
          expectValid(resource);
          seen.set(resource.resourceType, (seen.get(resource.resourceType) ?? 0) + 1);
        }
      }
    }
    expect(seen.get('Organization')).toBeGreaterThan(15);
    expect(seen.get('Practitioner')).toBeGreaterThan(30);
    expect(seen.get('PractitionerRole')).toBeGreaterThan(30);
    expect(seen.get('OrganizationAffiliation')).toBeGreaterThan(10);
    expect(seen.get('CodeSystem')).toBe(4);
  });

  it('maps an organisation with its SCB code, HSA id, kind and parent', async () => {
    const eskilstuna = matches(await getJson('Organization?identifier=0484'));
    expect(eskilstuna).toHaveLength(1);
    expect(eskilstuna[0]).toMatchObject({ name: 'Eskilstuna kommun', active: true });
    const hospital = matches(
      await getJson('Organization?identifier=urn:oid:1.2.752.29.4.19|SE2321000032-1100'),
    )[0];
    expect(hospital?.name).toBe('Mälarsjukhuset');
    const regionId = await idOf('organisations', 'name', 'Region Sörmland');
    expect(hospital?.partOf).toEqual({ reference: `Organization/${regionId}` });
    const type = (
      hospital?.type as { coding: { system: string; code: string }[] }[] | undefined
    )?.[0]?.coding[0];
    expect(type?.code).toBe('hospital');

    // Over a real port, the kind's code system is published at its canonical URL.
    const overHttp = (await (
      await fetch(`${baseUrl}/Organization/${hospital?.id}`, { headers: viewer })
    ).json()) as Resource;
    const system = (overHttp.type as { coding: { system: string }[] }[])[0]?.coding[0]?.system;
    expect(system).toBe(`${baseUrl}/CodeSystem/organisation-kinds`);
    const published = await fetch(system as string, { headers: viewer });
    expect(published.status).toBe(200);
    expect(published.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    const codeSystem = (await published.json()) as { url: string; concept: { code: string }[] };
    expect(codeSystem.url).toBe(system);
    expect(codeSystem.concept.map((c) => c.code)).toContain('hospital');
    const byUrl = await getJson(`CodeSystem?url=${encodeURIComponent(system as string)}`);
    expect(matches(byUrl).map((c) => c.id)).toEqual(['organisation-kinds']);
  });

  it('finds an organisation by its uuid identifier, by parent and by kind', async () => {
    const regionId = await idOf('organisations', 'name', 'Region Sörmland');
    const byUuid = matches(
      await getJson(`Organization?identifier=urn:ietf:rfc:3986|urn:uuid:${regionId}`),
    );
    expect(byUuid.map((o) => o.name)).toEqual(['Region Sörmland']);
    const children = matches(await getJson(`Organization?partof=Organization/${regionId}`));
    expect(children.map((o) => o.name)).toContain('Mälarsjukhuset');
    expect(
      children.every(
        (o) => (o.partOf as { reference: string }).reference === `Organization/${regionId}`,
      ),
    ).toBe(true);
    const municipalities = await getJson('Organization?type=municipality');
    expect(municipalities.total).toBe(9);
  });

  it('expresses posts as PractitionerRoles with role code, period and functional contacts', async () => {
    const roles = await getJson('CodeSystem/roles');
    const codes = (roles.concept as { code: string }[]).map((c) => c.code);
    const bundle = await getJson('PractitionerRole?role=sjukhuskoordinator&_count=100');
    const all = matches(bundle);
    expect(all.length).toBeGreaterThan(0);
    for (const role of all) {
      const [roleCode] =
        (role.code as { coding: { system: string; code: string }[] }[])[0]?.coding ?? [];
      expect(roleCode?.code).toBe('sjukhuskoordinator');
      expect(roleCode?.system).toBe(roles.url);
      expect(codes).toContain(roleCode?.code);
      expect((role.period as { start: string }).start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const malarsjukhuset = await idOf('organisations', 'name', 'Mälarsjukhuset');
    const atHospital = matches(
      await getJson(
        `PractitionerRole?organization=${malarsjukhuset}&role=${encodeURIComponent(`${roles.url}|sjukhuskoordinator`)}`,
      ),
    );
    expect(atHospital.length).toBeGreaterThan(0);
    const telecom = atHospital[0]?.telecom as ContactPoint[];
    expect(telecom).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ system: 'phone', value: '016-10 52 30' }),
        expect.objectContaining({
          system: 'email',
          value: expect.stringMatching(/^sjukhuskoordinator\.malarsjukhuset@/),
        }),
      ]),
    );
    // A code of another system is not ours: nothing matches.
    expect(
      matches(await getJson('PractitionerRole?role=http://other.example|sjukhuskoordinator')),
    ).toEqual([]);
  });

  it('shows the regional processledare handover as two periods, one inactive', async () => {
    const tove = await idOf('people', 'family_name', 'Gränsmark');
    const helena = await idOf('people', 'family_name', 'Sjöberg');
    const old = matches(
      await getJson(`PractitionerRole?practitioner=${tove}&role=processledare-region`),
    );
    const current = matches(
      await getJson(
        `PractitionerRole?practitioner=Practitioner/${helena}&role=processledare-region&active=true`,
      ),
    );
    expect(old.map((r) => r.period)).toContainEqual({
      start: expect.any(String),
      end: '2024-02-29',
    });
    expect(old.find((r) => (r.period as { end?: string }).end === '2024-02-29')?.active).toBe(
      false,
    );
    expect(current.map((r) => (r.period as { start: string }).start)).toContain('2024-03-01');
  });

  it('relates organisations by catchment, partnership and network membership', async () => {
    const malarsjukhuset = await idOf('organisations', 'name', 'Mälarsjukhuset');
    const eskilstuna = await idOf('organisations', 'name', 'Eskilstuna kommun');
    const catchment = matches(
      await getJson(`OrganizationAffiliation?primary-organization=${malarsjukhuset}&role=serves`),
    );
    expect(
      catchment.map((a) => (a.participatingOrganization as { reference: string }).reference),
    ).toContain(`Organization/${eskilstuna}`);
    const memberships = await getJson(
      `OrganizationAffiliation?participating-organization=${eskilstuna}&role=network-member&_include=OrganizationAffiliation:participating-organization`,
    );
    const membership = matches(memberships)[0];
    expect(membership).toBeDefined();
    expect((membership?.network as { display: string }[] | undefined)?.[0]?.display).toBeTruthy();
    expect(includes(memberships).map((o) => o.id)).toEqual([eskilstuna]);
    // A membership's id reads back.
    const read = await getJson<Resource>(`OrganizationAffiliation/${membership?.id}`);
    expect(read).toEqual(membership);
  });
});

describe('search', () => {
  it('finds Sjöqvist when typed without diacritics, and honours :contains and :exact', async () => {
    const names = async (query: string) =>
      matches(await getJson(`Practitioner?${query}`)).map(
        (p) => (p.name as { text: string }[])[0]?.text,
      );
    expect(await names('name=sjoqvist')).toContain('Elin Sjöqvist');
    expect(await names('name=elin')).toContain('Elin Sjöqvist');
    expect(await names('name=oqvi')).not.toContain('Elin Sjöqvist');
    expect(await names('name:contains=OQVI')).toContain('Elin Sjöqvist');
    expect(await names('name:exact=Sjöqvist')).toEqual(['Elin Sjöqvist']);
    expect(await names('name:exact=sjoqvist')).toEqual([]);
    expect(await names('name=ake')).toContain('Åke Lindström');
    // Comma means "or".
    const either = await names('name=sjoqvist,lindstrom');
    expect(either).toEqual(expect.arrayContaining(['Elin Sjöqvist', 'Åke Lindström']));
    const organisations = matches(await getJson('Organization?name=malarsjukhuset'));
    expect(organisations.map((o) => o.name)).toEqual(['Mälarsjukhuset']);
  });

  it('filters on _lastUpdated with gt, ge, lt and le', async () => {
    const id = await idOf('people', 'family_name', 'Sjöqvist');
    await t.database.db
      .updateTable('people')
      .set({ updated_at: new Date('2030-05-05T10:00:00.000Z') })
      .where('id', '=', id)
      .execute();
    const ids = async (query: string) =>
      matches(await getJson(`Practitioner?${query}&_count=100`)).map((p) => p.id);
    expect(await ids('_lastUpdated=gt2030-01-01')).toEqual([id]);
    expect(await ids('_lastUpdated=2030-05-05')).toEqual([id]);
    expect(await ids('_lastUpdated=ge2030-05-05T10:00:00Z')).toEqual([id]);
    expect(await ids('_lastUpdated=gt2030-05-05T10:00:00Z')).toEqual([]);
    expect(await ids('_lastUpdated=le2030-05-05T10:00:00Z')).toContain(id);
    expect(await ids('_lastUpdated=lt2030-05-05T10:00:00Z')).not.toContain(id);
    expect(await ids('_lastUpdated=gt2030-05-05&_lastUpdated=lt2031')).toEqual([]);
    expect(await ids('_lastUpdated=ge2030-05&_lastUpdated=lt2030-06')).toEqual([id]);
    expect(await ids('_lastUpdated=lt0050')).toEqual([]);
    expect(await ids('_lastUpdated=2030-05-05T12:00:00%2B02:00')).toEqual([id]);
    expect(await ids('_lastUpdated=2030-05-05T12:00:00+02:00')).toEqual([id]);
    const read = await getJson<Resource>(`Practitioner/${id}`);
    expect(read.meta?.lastUpdated).toBe('2030-05-05T10:00:00.000Z');
  });

  it('pages with an opaque cursor, caps _count at 100, and gives a total where it is cheap', async () => {
    const first = await getJson('Organization?_count=5');
    expect(matches(first)).toHaveLength(5);
    expect(first.total).toBeGreaterThan(15);
    const pages = await allPages('Organization?_count=5', viewer);
    const ids = pages.flatMap((p) => matches(p).map((r) => r.id));
    expect(ids).toHaveLength(first.total as number);
    expect(new Set(ids).size).toBe(ids.length);
    const next = first.link.find((l) => l.relation === 'next')?.url as string;
    expect(next).toMatch(/^http:\/\/.+\/fhir\/r4\/Organization\?.*_cursor=/);
    expect(next).toContain('_count=5');

    await t.database.db
      .insertInto('organisations')
      .values(
        Array.from({ length: 110 }, (_, i) => ({
          name: `Testförening ${i + 1}`,
          kind: 'civil_society' as const,
        })),
      )
      .execute();
    const capped = await getJson('Organization?_count=1000');
    expect(matches(capped)).toHaveLength(100);
    expect(capped.total).toBeGreaterThan(110);
    expect(capped.link.map((l) => l.relation)).toContain('next');
    // Counting people would cost a second scan: a paged people search has no total.
    const people = await getJson('Practitioner?_count=10');
    expect(people.total).toBeUndefined();
    const single = await getJson('Practitioner?name=sjoqvist');
    expect(single.total).toBe(matches(single).length);
  });

  it('runs searches with paging and _include through fhir-kit-client on a real port', async () => {
    const client = new Client({ baseUrl, bearerToken: viewerToken });
    const statement = (await client.capabilityStatement()) as Resource;
    expect(statement.fhirVersion).toBe('4.0.1');

    const rows = await t.database.db
      .selectFrom('assignments as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select(['a.id', 'a.person_id'])
      .where('p.protected', '=', false)
      .execute();
    let bundle = (await client.search({
      resourceType: 'PractitionerRole',
      searchParams: {
        _count: 7,
        _include: ['PractitionerRole:practitioner', 'PractitionerRole:organization'],
      },
    })) as Bundle;
    const seen: string[] = [];
    let pages = 0;
    while (bundle) {
      pages++;
      const roles = matches(bundle);
      expect(roles.length).toBeLessThanOrEqual(7);
      seen.push(...roles.map((r) => r.id));
      const included = new Set(includes(bundle).map((r) => `${r.resourceType}/${r.id}`));
      for (const role of roles) {
        expect(included).toContain((role.practitioner as { reference: string }).reference);
        expect(included).toContain((role.organization as { reference: string }).reference);
      }
      const next = client.nextPage({ bundle: bundle as never });
      if (!next) break;
      bundle = (await next) as Bundle;
    }
    expect(pages).toBe(Math.ceil(rows.length / 7));
    expect(seen.sort()).toEqual(rows.map((r) => r.id).sort());

    const read = (await client.read({
      resourceType: 'Practitioner',
      id: rows[0]?.person_id as string,
    })) as Resource;
    expect(read.resourceType).toBe('Practitioner');
    const notFound = client.read({ resourceType: 'Organization', id: crypto.randomUUID() });
    await expect(notFound).rejects.toMatchObject({
      response: { status: 404, data: { resourceType: 'OperationOutcome' } },
    });
  });
});

describe('cost', () => {
  /** Counts the SQL statements one request runs, through the app's own query executor. */
  async function statementsOf(url: string, headers: Record<string, string>) {
    const executor = t.app.db.getExecutor();
    const original = executor.executeQuery.bind(executor);
    let count = 0;
    executor.executeQuery = ((...args: Parameters<typeof original>) => {
      // Sign-in checks read the user now and then (a short reuse window): not the search's cost.
      if (!/from "users"/.test(args[0].sql)) count++;
      return original(...args);
    }) as typeof executor.executeQuery;
    try {
      await getJson(url, headers);
    } finally {
      executor.executeQuery = original;
    }
    return count;
  }

  it('runs the same number of statements for a page of 2 or of 50, includes and all', async () => {
    const include = '_include=PractitionerRole:practitioner&_include=PractitionerRole:organization';
    for (const headers of [viewer, admin]) {
      const small = await statementsOf(`PractitionerRole?_count=2&${include}`, headers);
      const large = await statementsOf(`PractitionerRole?_count=50&${include}`, headers);
      expect(large).toBe(small);
      // Caller's access (viewers only), the page, one statement per included type.
      expect(large).toBe(headers === admin ? 3 : 4);
    }
    expect(await statementsOf('Organization?_count=2', viewer)).toBe(
      await statementsOf('Organization?_count=50', viewer),
    );
  });
});

describe('errors', () => {
  it('answers OperationOutcomes with the right status codes', async () => {
    const noToken = await expectOutcome('Organization', 401, 'login', {});
    expect(noToken.response.headers['www-authenticate']).toMatch(/^Bearer/);
    await expectOutcome('Practitioner/x', 401, 'login', { authorization: 'Bearer nonsense' });
    await expectOutcome('Organization?colour=blue', 400, 'not-supported');
    await expectOutcome('Organization?name:sounds=x', 400, 'not-supported');
    await expectOutcome('Organization?_count=none', 400, 'invalid');
    await expectOutcome('Organization?_count=0', 400, 'invalid');
    await expectOutcome('Organization?_lastUpdated=yesterday', 400, 'invalid');
    await expectOutcome('Organization?_lastUpdated=2024-02-30', 400, 'invalid');
    await expectOutcome('Organization?_lastUpdated=ne2024-01-01', 400, 'not-supported');
    await expectOutcome('Organization?active=maybe', 400, 'invalid');
    await expectOutcome('Organization?_cursor=bogus', 400, 'invalid');
    await expectOutcome(
      'Organization?_include=PractitionerRole:practitioner',
      400,
      'not-supported',
    );
    await expectOutcome(
      'PractitionerRole?_include=PractitionerRole:location',
      400,
      'not-supported',
    );
    await expectOutcome('PractitionerRole?organization=Practitioner/x', 400, 'invalid');
    await expectOutcome('Organization?_format=xml', 400, 'not-supported');
    await expectOutcome(`Organization/${crypto.randomUUID()}`, 404, 'not-found');
    await expectOutcome('Practitioner/not-an-id', 404, 'not-found');
    await expectOutcome('CodeSystem/unknown', 404, 'not-found');
    await expectOutcome('Patient', 404, 'not-supported');
    const post = await expectOutcome('Organization', 405, 'not-supported', viewer, 'POST');
    expect(post.response.headers.allow).toBe('GET, HEAD');
    // A forged cursor whose values the database cannot read is still the client's mistake.
    const forged = Buffer.from(JSON.stringify(['a', 'not-a-uuid'])).toString('base64url');
    await expectOutcome(`Practitioner?_cursor=${forged}`, 400, 'invalid');
  });

  it('matches nothing, rather than failing, for ids that cannot exist', async () => {
    const bundle = await getJson('Organization?_id=nope,also-nope');
    expect(bundle.total).toBe(0);
    expect(bundle.entry ?? []).toEqual([]);
  });
});

describe('visibility', () => {
  const mobile = '070-174 06 40';
  const telecomOf = (resources: Resource[]) =>
    resources.flatMap((r) => (r.telecom as ContactPoint[] | undefined) ?? []).map((c) => c.value);

  it("shows Åke Lindström's mobile inside Eskilstuna only", async () => {
    const ake = await idOf('people', 'family_name', 'Lindström');
    for (const [headers, visible] of [
      [viewer, false],
      [editor, true],
      [admin, true],
    ] as const) {
      const practitioner = await getJson<Resource>(`Practitioner/${ake}`, headers);
      const searched = matches(await getJson('Practitioner?name=lindstrom', headers));
      const roles = await getJson(
        `PractitionerRole?practitioner=${ake}&_include=PractitionerRole:practitioner`,
        headers,
      );
      const all = [practitioner, ...searched, ...matches(roles), ...includes(roles)];
      expect(matches(roles).length).toBeGreaterThan(0);
      for (const resource of all) {
        expect(telecomOf([resource]).includes(mobile), `${resource.resourceType}`).toBe(visible);
      }
      // The landline is for everyone.
      expect(telecomOf([practitioner])).toContain('016-10 23 45');
      const raw = (
        await get(
          `PractitionerRole?practitioner=${ake}&_include=PractitionerRole:practitioner`,
          headers,
        )
      ).body;
      expect(raw.includes(mobile)).toBe(visible);
    }
  });

  it('hides a protected identity from everyone but administrators', async () => {
    const person = await idOf('people', 'family_name', 'Sjöqvist');
    await t.database.db
      .updateTable('people')
      .set({ protected: true })
      .where('id', '=', person)
      .execute();
    try {
      for (const headers of [viewer, editor]) {
        await expectOutcome(`Practitioner/${person}`, 404, 'not-found', headers);
        expect(matches(await getJson('Practitioner?name=sjoqvist', headers))).toEqual([]);
        expect(matches(await getJson(`PractitionerRole?practitioner=${person}`, headers))).toEqual(
          [],
        );
        const everything = await allPages(
          'PractitionerRole?_count=100&_include=PractitionerRole:practitioner',
          headers,
        );
        expect(JSON.stringify(everything)).not.toContain('Sjöqvist');
      }
      expect(matches(await getJson('Practitioner?name=sjoqvist', admin))).toHaveLength(1);
      expect(
        matches(await getJson(`PractitionerRole?practitioner=${person}`, admin)).length,
      ).toBeGreaterThan(0);
    } finally {
      await t.database.db
        .updateTable('people')
        .set({ protected: false })
        .where('id', '=', person)
        .execute();
    }
  });
});
