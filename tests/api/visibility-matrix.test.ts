import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { phonePattern } from '../../apps/api/src/features/privacy/scrub';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/*
 * Field visibility and protected identity (DESIGN §2, §3.7) across every output format: a number
 * restricted to the person's organisation, and a protected person, must appear in none of the
 * API's answers to a caller who is not entitled to them (the raw bodies are scanned), and must
 * appear for one who is.
 *
 * - Åke Lindström (Eskilstuna kommun) has `mobileVisibility: 'organisation'`: lasare (Elin
 *   Sjöqvist, Kullbergska) may not see the mobile; redaktor (steward of Eskilstuna) may.
 * - A protected person, created here by the admin and holding a post in Eskilstuna, is for
 *   administrators only: lasare and redaktor may not see them at all.
 */

type Headers = Record<string, string>;

let t: TestApp;
let admin: Headers;
let editor: Headers;
let viewer: Headers;
let eskilstuna: string;
let regionSormland: string;
let malarsjukhuset: string;
let ake: string;
let akePost: string;
let hidden: string;
let hiddenPost: string;

const akeMobile = '070-174 06 40';
/** The mobile in any punctuation, national or +46. */
const akeMobilePattern = new RegExp(phonePattern(akeMobile) as string);
const protectedPerson = {
  givenName: 'Sigrid',
  familyName: 'Örnhjelm',
  email: 'sigrid.ornhjelm@eskilstuna.example',
  phone: '016-10 77 31',
  mobile: '070-555 31 77',
};
const protectedNeedles = [protectedPerson.familyName, 'Ornhjelm', protectedPerson.email];
const protectedNumbers = [protectedPerson.phone, protectedPerson.mobile].map(
  (number) => new RegExp(phonePattern(number) as string),
);

interface Probe {
  /** What is asked, for the failure message. */
  name: string;
  url: () => string;
}

/** Every output that could carry Åke's mobile. */
const mobileProbes: Probe[] = [
  { name: 'GET /people/:id', url: () => `/api/v1/people/${ake}` },
  { name: 'GET /people', url: () => `/api/v1/people?organisation=${eskilstuna}&limit=500` },
  { name: 'GET /search (name)', url: () => `/api/v1/search?q=${encodeURIComponent('Lindström')}` },
  {
    name: 'GET /search (organisation)',
    url: () => `/api/v1/search?q=ake&organisation=${eskilstuna}`,
  },
  { name: 'GET /organisations/:id', url: () => `/api/v1/organisations/${eskilstuna}` },
  { name: 'GET /posts/:id', url: () => `/api/v1/posts/${akePost}` },
  {
    name: 'GET /counterparts',
    url: () => `/api/v1/counterparts?role=processledare-region&organisation=${regionSormland}`,
  },
  {
    name: 'GET /export/people.csv',
    url: () => `/api/v1/export/people.csv?organisation=${eskilstuna}`,
  },
  {
    name: 'GET /export/contacts.vcf',
    url: () => `/api/v1/export/contacts.vcf?organisation=${eskilstuna}`,
  },
  { name: 'GET /people/:id/vcard', url: () => `/api/v1/people/${ake}/vcard` },
  { name: 'FHIR Practitioner/:id', url: () => `/fhir/r4/Practitioner/${ake}` },
  {
    name: 'FHIR Practitioner?name',
    url: () => `/fhir/r4/Practitioner?name=${encodeURIComponent('Lindström')}`,
  },
  {
    name: 'FHIR PractitionerRole?practitioner',
    url: () =>
      `/fhir/r4/PractitionerRole?practitioner=${ake}&_include=PractitionerRole:practitioner`,
  },
  {
    name: 'FHIR PractitionerRole?organization',
    url: () =>
      `/fhir/r4/PractitionerRole?organization=${eskilstuna}&_include=PractitionerRole:practitioner&_count=100`,
  },
];

/** Every output that could name the protected person. */
const protectedProbes: Probe[] = [
  { name: 'GET /people/:id', url: () => `/api/v1/people/${hidden}` },
  { name: 'GET /people', url: () => `/api/v1/people?organisation=${eskilstuna}&limit=500` },
  {
    name: 'GET /search (name)',
    url: () => `/api/v1/search?q=${encodeURIComponent(protectedPerson.familyName)}`,
  },
  { name: 'GET /search (e-mail)', url: () => `/api/v1/search?q=${protectedPerson.email}` },
  { name: 'GET /organisations/:id', url: () => `/api/v1/organisations/${eskilstuna}` },
  { name: 'GET /posts/:id', url: () => `/api/v1/posts/${hiddenPost}` },
  {
    name: 'GET /counterparts',
    url: () => `/api/v1/counterparts?role=sjukhuskoordinator&organisation=${malarsjukhuset}`,
  },
  {
    name: 'GET /export/people.csv',
    url: () => `/api/v1/export/people.csv?organisation=${eskilstuna}`,
  },
  {
    name: 'GET /export/contacts.vcf',
    url: () => `/api/v1/export/contacts.vcf?organisation=${eskilstuna}`,
  },
  { name: 'GET /export/contacts.vcf?ids', url: () => `/api/v1/export/contacts.vcf?ids=${hidden}` },
  { name: 'GET /people/:id/vcard', url: () => `/api/v1/people/${hidden}/vcard` },
  { name: 'FHIR Practitioner/:id', url: () => `/fhir/r4/Practitioner/${hidden}` },
  {
    name: 'FHIR Practitioner?name',
    url: () => `/fhir/r4/Practitioner?name=${encodeURIComponent(protectedPerson.familyName)}`,
  },
  {
    name: 'FHIR PractitionerRole?practitioner',
    url: () =>
      `/fhir/r4/PractitionerRole?practitioner=${hidden}&_include=PractitionerRole:practitioner`,
  },
  {
    name: 'FHIR PractitionerRole?organization',
    url: () =>
      `/fhir/r4/PractitionerRole?organization=${eskilstuna}&_include=PractitionerRole:practitioner&_count=100`,
  },
];

/**
 * The raw body, less the parts that only repeat the request (a problem's `instance`, the search's
 * `q`, a FHIR Bundle's self link, a FHIR "Practitioner/<id> is not known" diagnostic): asking
 * for an id or a name is not learning anything about it.
 */
async function body(url: string, headers: Headers): Promise<{ status: number; text: string }> {
  const response = await t.app.inject({ url, headers });
  const text = response.body
    .replace(/"instance":"[^"]*"/g, '')
    .replace(/"q":"[^"]*"/g, '')
    .replace(/\{"relation":"self","url":"[^"]*"\}/g, '')
    .replace(/"diagnostics":"[A-Za-z]+\/[0-9a-f-]{36} is not known[^"]*"/g, '');
  return { status: response.statusCode, text };
}

const idOf = async (table: 'people' | 'organisations', column: string, value: string) =>
  (
    await t.database.db
      .selectFrom(table)
      .select('id')
      .where(column as 'id', '=', value)
      .executeTakeFirstOrThrow()
  ).id;

async function created(url: string, payload: object): Promise<string> {
  const response = await t.app.inject({ method: 'POST', url, headers: admin, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string }>().id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  eskilstuna = await idOf('organisations', 'name', 'Eskilstuna kommun');
  regionSormland = await idOf('organisations', 'name', 'Region Sörmland');
  malarsjukhuset = await idOf('organisations', 'name', 'Mälarsjukhuset');
  ake = await idOf('people', 'email', 'ake.lindstrom@eskilstuna.example');
  akePost = (
    await t.database.db
      .selectFrom('assignments')
      .select('post_id')
      .where('person_id', '=', ake)
      .executeTakeFirstOrThrow()
  ).post_id;

  hidden = await created('/api/v1/people', {
    ...protectedPerson,
    organisationId: eskilstuna,
    title: 'Närvårdskoordinator',
    protected: true,
  });
  const role = await t.database.db
    .selectFrom('roles')
    .select('id')
    .where('key', '=', 'narvardskoordinator')
    .executeTakeFirstOrThrow();
  hiddenPost = await created('/api/v1/posts', {
    roleId: role.id,
    organisationId: eskilstuna,
    title: 'Närvårdskoordinator, hemsjukvården',
  });
  await created('/api/v1/assignments', {
    postId: hiddenPost,
    personId: hidden,
    validFrom: '2025-01-01',
  });
});
afterAll(() => t?.close());

function namesProtected(text: string): string | undefined {
  const lower = text.toLowerCase();
  return (
    protectedNeedles.find((needle) => lower.includes(needle.toLowerCase())) ??
    protectedNumbers.find((pattern) => pattern.test(text))?.source
  );
}

describe("a mobile number restricted to the person's organisation", () => {
  it.each(mobileProbes.map((p) => [p.name, p] as const))(
    '%s leaves it out for a caller outside the organisation',
    async (_name, probe) => {
      const { status, text } = await body(probe.url(), viewer);
      expect(status, text).toBeLessThan(300);
      expect(akeMobilePattern.test(text), `mobile found in ${probe.name}`).toBe(false);
      // Åke himself is listed: only the number is withheld.
      expect(text).toMatch(/Lindstr(ö|o|\\u00f6)m/);
    },
  );

  it.each(mobileProbes.map((p) => [p.name, p] as const))(
    "%s shows it to a steward of the person's organisation",
    async (_name, probe) => {
      const { status, text } = await body(probe.url(), editor);
      expect(status, text).toBeLessThan(300);
      expect(akeMobilePattern.test(text), `mobile missing in ${probe.name}`).toBe(true);
    },
  );

  it('is not a way to find him either: searching the number finds nobody for an outsider', async () => {
    const digits = '0701740640';
    const outsider = await t.app.inject({ url: `/api/v1/search?q=${digits}`, headers: viewer });
    expect(outsider.statusCode).toBe(200);
    const outsiderIds = outsider.json<{ items: { id: string }[] }>().items.map((hit) => hit.id);
    expect(outsiderIds).not.toContain(ake);
    const steward = await t.app.inject({ url: `/api/v1/search?q=${digits}`, headers: editor });
    expect(steward.json<{ items: { id: string }[] }>().items.map((hit) => hit.id)).toContain(ake);
  });
});

describe('a protected person', () => {
  it.each(protectedProbes.map((p) => [p.name, p] as const))(
    '%s does not reveal them to a viewer',
    async (_name, probe) => {
      const { status, text } = await body(probe.url(), viewer);
      expect(status === 404 || status < 300, `${status} ${text}`).toBe(true);
      expect(namesProtected(text), probe.name).toBeUndefined();
      expect(text).not.toContain(hidden);
    },
  );

  it.each(protectedProbes.map((p) => [p.name, p] as const))(
    '%s does not reveal them to a steward of their organisation',
    async (_name, probe) => {
      const { status, text } = await body(probe.url(), editor);
      expect(status === 404 || status < 300, `${status} ${text}`).toBe(true);
      expect(namesProtected(text), probe.name).toBeUndefined();
      expect(text).not.toContain(hidden);
    },
  );

  it.each(protectedProbes.map((p) => [p.name, p] as const))(
    '%s shows them to an administrator',
    async (_name, probe) => {
      const { status, text } = await body(probe.url(), admin);
      expect(status, text).toBeLessThan(300);
      expect(text.toLowerCase()).toMatch(/örnhjelm|ornhjelm|\\u00f6rnhjelm/);
    },
  );
});
