import { createRequire } from 'node:module';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { Person, PersonDetail } from '@nk/shared';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralise } from '../../apps/api/src/features/exports/csv';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/*
 * vCard and CSV exports, read back by parsers that are not ours (ical.js and vcf for vCard,
 * csv-parse for CSV) and compared with what the JSON API says about the same people.
 */

interface VcfProperty {
  valueOf(): string;
  type?: string | string[];
  value?: string;
}
interface VcfCard {
  version: string;
  get(name: string): VcfProperty | VcfProperty[] | undefined;
}
const vCard = createRequire(import.meta.url)('vcf') as { parse(text: string): VcfCard[] };

type Headers = Record<string, string>;

let t: TestApp;
let admin: Headers;
let editor: Headers;
let viewer: Headers;
let eskilstuna: string;
let ake: string;
let elin: string;
/** `;`, `,`, quotes, non-ASCII and a name long enough to fold. */
let tricky: string;
/** Cells a spreadsheet would run, and a line break inside a name. */
let hostile: string;
let secret: string;

const idOf = async (table: 'people' | 'organisations', column: string, value: string) =>
  (
    await t.database.db
      .selectFrom(table)
      .select('id')
      .where(column as 'id', '=', value)
      .executeTakeFirstOrThrow()
  ).id;

async function createPerson(body: Record<string, unknown>): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/people',
    headers: admin,
    payload: { organisationId: eskilstuna, ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Person>().id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  eskilstuna = await idOf('organisations', 'name', 'Eskilstuna kommun');
  ake = await idOf('people', 'email', 'ake.lindstrom@eskilstuna.example');
  elin = await idOf('people', 'email', 'elin.sjoqvist@regionsormland.example');
  tricky = await createPerson({
    givenName: 'Zoë "Zizi"',
    familyName: 'Nyström; Åberg, von Ærø-Östergötland-Wallenberg-Håkansson-Sjöqvist',
    title: 'Samordnare "LPO"; Äldres hälsa, Eskilstuna\\Strängnäs',
    email: 'zoe.nystrom@eskilstuna.example',
    phone: '016-10 99 99',
    mobile: '070-174 99 99',
    mobileVisibility: 'organisation',
  });
  hostile = await createPerson({
    givenName: '=HYPERLINK("https://evil.example";"klick")',
    familyName: 'Berg\nSund',
    title: '@SUM(1+1)',
    email: 'berg.sund@eskilstuna.example',
    phone: '+46 16 10 88 88',
    mobile: '-070 174 88 88',
  });
  secret = await createPerson({ givenName: 'Sara', familyName: 'Skyddad', protected: true });
});
afterAll(() => t.close());

const get = (url: string, headers: Headers = viewer) => t.app.inject({ url, headers });

async function detail(id: string, headers: Headers): Promise<PersonDetail> {
  const response = await get(`/api/v1/people/${id}`, headers);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<PersonDetail>();
}

interface Card {
  uid: string;
  version: string;
  fn: string;
  n: string[];
  org: string[];
  title: string | null;
  role: string | null;
  email: string | null;
  tels: { type: string; uri: string }[];
  note: string | null;
  rev: string;
}

/** Every card of a file as ical.js reads it (unescaped, unfolded, structured values split). */
function parseCards(text: string): Card[] {
  const parsed = ICAL.parse(text) as unknown[];
  const jcards = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
  return jcards.map((jcard) => {
    const card = new ICAL.Component(jcard);
    const text = (name: string) => {
      const value = card.getFirstPropertyValue(name);
      return value === null ? null : String(value);
    };
    const list = (name: string) => {
      const value = card.getFirstProperty(name)?.getValues()[0] as unknown;
      return (Array.isArray(value) ? value : [value]).map(String);
    };
    return {
      uid: String(text('uid')),
      version: String(text('version')),
      fn: String(text('fn')),
      n: list('n'),
      org: list('org'),
      title: text('title'),
      role: text('role'),
      email: text('email'),
      tels: card.getAllProperties('tel').map((p) => ({
        type: String(p.getParameter('type')),
        uri: String(p.getFirstValue()),
      })),
      note: text('note'),
      rev: card.getFirstProperty('rev')?.toICALString().split(':')[1] ?? '',
    };
  });
}

const telUri = (number: string) => {
  const digits = number.replace(/\D/g, '');
  if (number.trim().startsWith('+')) return `tel:+${digits}`;
  return digits.startsWith('0') ? `tel:+46${digits.slice(1)}` : `tel:${digits};phone-context=+46`;
};

/** The card must say what the JSON API says about the person to the same caller. */
function expectCardMatches(card: Card, person: PersonDetail) {
  expect(card.version).toBe('4.0');
  expect(card.uid).toBe(`urn:uuid:${person.id}`);
  expect(card.fn).toBe(`${person.givenName} ${person.familyName}`);
  expect(card.n.slice(0, 2)).toEqual([person.familyName, person.givenName]);
  expect(card.org).toEqual([person.organisation.name]);
  expect(card.role).toBe(person.title);
  expect(card.email).toBe(person.email);
  const tels = [
    ...(person.phone ? [{ type: 'work', uri: telUri(person.phone) }] : []),
    ...(person.mobile ? [{ type: 'cell', uri: telUri(person.mobile) }] : []),
  ];
  expect(card.tels).toEqual(tels);
  const roles = [...new Set(person.currentPosts.map((p) => p.role.nameSv))];
  expect(card.title).toBe(roles.length > 0 ? roles.join(', ') : null);
  if (person.currentPosts.length === 0) expect(card.note).toBeNull();
  else {
    const lines = (card.note ?? '').split('\n');
    expect(lines).toHaveLength(person.currentPosts.length);
    person.currentPosts.forEach((post, i) => {
      expect(lines[i]).toContain(post.role.nameSv);
      expect(lines[i]).toContain(post.organisation.name);
      expect(lines[i]).toContain(post.validFrom);
    });
  }
  expect(card.rev).toBe(`${person.updatedAt.slice(0, 19).replace(/[-:]/g, '')}Z`);
}

/** CRLF only, no physical line over 75 octets, no character cut in two by a fold. */
function expectWellFormedLines(raw: Buffer) {
  const text = raw.toString('utf8');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(text.endsWith('\r\n')).toBe(true);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < raw.length) {
    let end = raw.indexOf('\r\n', start);
    if (end === -1) end = raw.length;
    const line = raw.subarray(start, end);
    expect(line.length).toBeLessThanOrEqual(75);
    expect(() => decoder.decode(line)).not.toThrow();
    start = end + 2;
  }
}

describe('GET /people/:id/vcard', () => {
  it('answers a vCard 4.0 download that two independent parsers read back as the person', async () => {
    const response = await get(`/api/v1/people/${ake}/vcard`, admin);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="ake-lindstrom.vcf"',
    );
    expect(response.headers['cache-control']).toBe('no-store');
    expectWellFormedLines(response.rawPayload);

    const [card, ...rest] = parseCards(response.body);
    expect(rest).toHaveLength(0);
    const person = await detail(ake, admin);
    expect(person.currentPosts.length).toBeGreaterThan(0);
    expectCardMatches(card as Card, person);

    const [other] = vCard.parse(response.body);
    expect(other?.version).toBe('4.0');
    expect(other?.get('uid')?.valueOf()).toBe(`urn:uuid:${ake}`);
    const tels = [other?.get('tel')].flat() as VcfProperty[];
    expect(tels.map((tel) => [tel.type, tel.value])).toEqual([
      ['work', 'uri'],
      ['cell', 'uri'],
    ]);
  });

  it('escapes ; , \\ and quotes and folds long non-ASCII lines without cutting a character', async () => {
    const response = await get(`/api/v1/people/${tricky}/vcard`, admin);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="zoe-zizi-nystrom-aberg-von-aero-ostergotland-wallenberg-hakansson-sjoqvist.vcf"',
    );
    expectWellFormedLines(response.rawPayload);
    expect(response.body).toContain('N:Nyström\\; Åberg\\, von');
    expect(response.body).toMatch(/\r\n [^\r\n]/);
    const [card] = parseCards(response.body);
    expectCardMatches(card as Card, await detail(tricky, admin));
    expect(card?.n).toEqual([
      'Nyström; Åberg, von Ærø-Östergötland-Wallenberg-Håkansson-Sjöqvist',
      'Zoë "Zizi"',
      '',
      '',
      '',
    ]);
    expect(card?.role).toBe('Samordnare "LPO"; Äldres hälsa, Eskilstuna\\Strängnäs');

    const [other] = vCard.parse(response.body);
    // vcf leaves values escaped: the comma is, a semicolon outside a compound value is not.
    expect(other?.get('fn')?.valueOf()).toBe(
      'Zoë "Zizi" Nyström; Åberg\\, von Ærø-Östergötland-Wallenberg-Håkansson-Sjöqvist',
    );
  });

  it('keeps a line break inside a name inside its property', async () => {
    const response = await get(`/api/v1/people/${hostile}/vcard`, admin);
    expectWellFormedLines(response.rawPayload);
    const [card] = parseCards(response.body);
    expect(card?.fn).toBe('=HYPERLINK("https://evil.example";"klick") Berg\nSund');
    expectCardMatches(card as Card, await detail(hostile, admin));
  });

  it('leaves out a mobile number restricted to Eskilstuna for a reader elsewhere', async () => {
    const hidden = await get(`/api/v1/people/${ake}/vcard`, viewer);
    expect(hidden.statusCode).toBe(200);
    const [card] = parseCards(hidden.body);
    expect(card?.tels.map((tel) => tel.type)).toEqual(['work']);
    expect(hidden.body).not.toContain('701740640');
    expectCardMatches(card as Card, await detail(ake, viewer));

    const shown = await get(`/api/v1/people/${ake}/vcard`, editor);
    expect(parseCards(shown.body)[0]?.tels).toContainEqual({
      type: 'cell',
      uri: 'tel:+46701740640',
    });
  });

  it('lists the posts held on asOf', async () => {
    const before = await get(`/api/v1/people/${ake}/vcard?asOf=2019-01-01`, admin);
    const [card] = parseCards(before.body);
    expect(card?.title).toBeNull();
    expect(card?.note).toBeNull();
  });

  it('writes who downloaded whose card to the audit log', async () => {
    await get(`/api/v1/people/${elin}/vcard`, viewer);
    const viewerId = (await t.app.inject({ url: '/api/v1/me', headers: viewer })).json<{
      id: string;
    }>().id;
    const event = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'entity_type', 'actor_id', 'after'])
      .where('action', '=', 'export.vcard')
      .where('entity_id', '=', elin)
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ entity_type: 'person', actor_id: viewerId });
    expect(event.after).toMatchObject({ count: 1 });
  });

  it('is 404 for an unknown person and for a protected one, 400 for a bad id, 401 signed out', async () => {
    expectProblem(
      await get('/api/v1/people/00000000-0000-4000-8000-000000000000/vcard'),
      404,
      'NOT_FOUND',
    );
    expectProblem(await get(`/api/v1/people/${secret}/vcard`), 404, 'NOT_FOUND');
    expect((await get(`/api/v1/people/${secret}/vcard`, admin)).statusCode).toBe(200);
    expectProblem(await get('/api/v1/people/not-an-id/vcard'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await get(`/api/v1/people/${ake}/vcard?asOf=2024-13-45`),
      400,
      'VALIDATION_FAILED',
    );
    expect((await get(`/api/v1/people/${ake}/vcard`, {})).statusCode).toBe(401);
  });
});

describe('GET /export/contacts.vcf', () => {
  it('holds a card per person the filters select, the same people search finds', async () => {
    const response = await get('/api/v1/export/contacts.vcf?municipality=0484', viewer);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/vcard; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="contacts.vcf"');
    expect(response.headers['x-export-capped']).toBe('false');
    expectWellFormedLines(response.rawPayload);

    const cards = parseCards(response.body);
    expect(cards.length).toBe(Number(response.headers['x-export-count']));
    expect(vCard.parse(response.body)).toHaveLength(cards.length);
    const search = (
      await get('/api/v1/search?type=person&municipality=0484&limit=100', viewer)
    ).json<{ items: { id: string }[] }>();
    expect(cards.map((c) => c.uid.slice('urn:uuid:'.length)).sort()).toEqual(
      search.items.map((i) => i.id).sort(),
    );
    expect(cards.map((c) => c.uid)).toContain(`urn:uuid:${tricky}`);
    expect(cards.map((c) => c.uid)).not.toContain(`urn:uuid:${secret}`);
    for (const card of cards) {
      expectCardMatches(card, await detail(card.uid.slice('urn:uuid:'.length), viewer));
    }
  });

  it('follows a text search and narrows to an explicit list of ids', async () => {
    const byText = parseCards((await get('/api/v1/export/contacts.vcf?q=lindstrom')).body);
    expect(byText.map((c) => c.fn)).toContain('Åke Lindström');

    const bundle = await get(`/api/v1/export/contacts.vcf?ids=${ake},${elin},${secret}`);
    expect(parseCards(bundle.body).map((c) => c.fn)).toEqual(['Åke Lindström', 'Elin Sjöqvist']);
    const both = await get(`/api/v1/export/contacts.vcf?ids=${ake},${elin}&municipality=0484`);
    expect(parseCards(both.body).map((c) => c.fn)).toEqual(['Åke Lindström']);
    const forAdmin = await get(`/api/v1/export/contacts.vcf?ids=${secret}`, admin);
    expect(parseCards(forAdmin.body).map((c) => c.fn)).toEqual(['Sara Skyddad']);
  });

  it('shows restricted numbers only to callers entitled to them', async () => {
    const url = `/api/v1/export/contacts.vcf?ids=${ake},${tricky}`;
    const hidden = (await get(url, viewer)).body;
    expect(hidden).not.toContain('701740640');
    expect(hidden).not.toContain('701749999');
    const shown = (await get(url, editor)).body;
    expect(shown).toContain('tel:+46701740640');
    expect(shown).toContain('tel:+46701749999');
  });

  it('writes the filters, the count and the people to the audit log', async () => {
    const response = await get(`/api/v1/export/contacts.vcf?municipality=0484&ids=${ake}`, editor);
    expect(response.statusCode).toBe(200);
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['entity_type', 'entity_id', 'after'])
      .where('action', '=', 'export.contacts_vcf')
      .orderBy('seq', 'desc')
      .execute();
    expect(events[0]).toMatchObject({
      entity_type: 'export',
      entity_id: null,
      after: { filters: { municipality: '0484', ids: ake }, count: 1, personIds: [ake] },
    });
  });

  it('refuses bad filters with per-field errors and signed-out callers', async () => {
    for (const query of [
      'organisation=eskilstuna',
      'municipality=484',
      'asOf=2024-02-30x',
      'type=organisation',
      'ids=1,2,3',
      `ids=${ake},`,
      'former=perhaps',
      'colour=blue',
    ]) {
      const problem = expectProblem(
        await get(`/api/v1/export/contacts.vcf?${query}`),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors?.[0]?.field, query).toMatch(/^querystring/);
    }
    expect((await get('/api/v1/export/contacts.vcf', {})).statusCode).toBe(401);
  });
});

describe('GET /export/people.csv', () => {
  type Row = Record<string, string>;
  const neutralised = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

  function expectRowMatches(row: Row | undefined, person: PersonDetail) {
    expect(row).toBeDefined();
    const expected = {
      id: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      title: person.title ?? '',
      organisation: person.organisation.name,
      email: person.email ?? '',
      phone: person.phone ?? '',
      mobile: person.mobile ?? '',
      archivedAt: person.archivedAt ?? '',
      updatedAt: person.updatedAt,
    };
    const { posts, ...rest } = row as Row;
    expect(rest).toEqual(
      Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, neutralised(v)])),
    );
    const lines = posts ? (posts as string).split('\n') : [];
    expect(lines).toHaveLength(person.currentPosts.length);
    person.currentPosts.forEach((post, i) => {
      expect(lines[i]).toContain(`${post.role.nameSv} – ${post.organisation.name}`);
    });
  }

  it('is UTF-8 with a BOM and RFC 4180 quoting that csv-parse reads back as the people', async () => {
    const url = `/api/v1/export/people.csv?ids=${ake},${tricky},${hostile},${elin}`;
    const response = await get(url, admin);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="people.csv"');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.body).toMatch(/^\uFEFFid,givenName,familyName,title,organisation,/);

    const rows = parseCsv(response.rawPayload, { bom: true, columns: true }) as Row[];
    expect(rows).toHaveLength(4);
    for (const id of [ake, tricky, hostile, elin]) {
      expectRowMatches(
        rows.find((r) => r.id === id),
        await detail(id, admin),
      );
    }
  });

  it('neutralises every cell a spreadsheet would run as a formula', async () => {
    const response = await get(`/api/v1/export/people.csv?ids=${hostile}`, admin);
    const [row] = parseCsv(response.rawPayload, { bom: true, columns: true }) as Row[];
    expect(row).toMatchObject({
      givenName: `'=HYPERLINK("https://evil.example";"klick")`,
      familyName: 'Berg\nSund',
      title: "'@SUM(1+1)",
      phone: "'+46 16 10 88 88",
      mobile: "'-070 174 88 88",
    });
    for (const line of response.body.split(/\r\n/)) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@\t\r]/);
    }
    // The API trims names and numbers, so a leading tab or CR only reaches the writer directly.
    expect(neutralise('\t=1+1')).toBe("'\t=1+1");
    expect(neutralise('\r=1+1')).toBe("'\r=1+1");
    expect(neutralise('Åke')).toBe('Åke');
  });

  it('writes the semicolon variant for Swedish Excel with the same content', async () => {
    const ids = `ids=${ake},${tricky},${hostile}`;
    const comma = await get(`/api/v1/export/people.csv?${ids}&separator=comma`, admin);
    const semicolon = await get(`/api/v1/export/people.csv?${ids}&separator=semicolon`, admin);
    expect(semicolon.body).toMatch(/^\uFEFFid;givenName;familyName;/);
    expect(semicolon.body).toContain('"Nyström; Åberg, von');
    expect(parseCsv(semicolon.rawPayload, { bom: true, columns: true, delimiter: ';' })).toEqual(
      parseCsv(comma.rawPayload, { bom: true, columns: true }),
    );
  });

  it('leaves hidden numbers empty for a reader and fills them for an entitled caller', async () => {
    const url = '/api/v1/export/people.csv?municipality=0484';
    const asViewer = parseCsv((await get(url, viewer)).rawPayload, {
      bom: true,
      columns: true,
    }) as Row[];
    expect(asViewer.find((r) => r.id === ake)?.mobile).toBe('');
    expect(asViewer.find((r) => r.id === secret)).toBeUndefined();
    const asEditor = parseCsv((await get(url, editor)).rawPayload, {
      bom: true,
      columns: true,
    }) as Row[];
    expect(asEditor.find((r) => r.id === ake)?.mobile).toBe('070-174 06 40');
    for (const row of asViewer) {
      expectRowMatches(row, await detail(row.id as string, viewer));
    }
  });

  it('writes each export to the audit log with its filters and count', async () => {
    const viewerId = (await t.app.inject({ url: '/api/v1/me', headers: viewer })).json<{
      id: string;
    }>().id;
    const response = await get('/api/v1/export/people.csv?municipality=0484&separator=semicolon');
    const event = await t.database.db
      .selectFrom('audit_events')
      .select(['actor_id', 'entity_type', 'after'])
      .where('action', '=', 'export.people_csv')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.actor_id).toBe(viewerId);
    const after = event.after as { filters: object; count: number; personIds: string[] };
    expect(after.filters).toMatchObject({ municipality: '0484' });
    expect(after.count).toBe(Number(response.headers['x-export-count']));
    expect(after.personIds).toContain(ake);
  });

  it('answers the header row alone when nobody matches', async () => {
    const response = await get('/api/v1/export/people.csv?q=qqxxzzy&type=person');
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-export-count']).toBe('0');
    expect(response.body).toBe(
      '\uFEFFid,givenName,familyName,title,organisation,email,phone,mobile,posts,archivedAt,updatedAt\r\n',
    );
  });

  it('refuses a bad separator or filter and signed-out callers', async () => {
    for (const query of ['separator=tab', 'topic=1', 'role=', `q=${'x'.repeat(201)}`]) {
      expectProblem(await get(`/api/v1/export/people.csv?${query}`), 400, 'VALIDATION_FAILED');
    }
    expect((await get('/api/v1/export/people.csv', {})).statusCode).toBe(401);
  });
});

it('documents the exports in a valid OpenAPI document', async () => {
  const document = (await t.app.inject({ url: '/api/openapi.json' })).json<{
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  }>();
  await SwaggerParser.validate(structuredClone(document) as never);
  expect(document.paths['/api/v1/export/people.csv']?.get?.responses['200']).toMatchObject({
    content: { 'text/csv': { schema: { type: 'string' } } },
  });
  expect(document.paths['/api/v1/export/contacts.vcf']?.get).toBeDefined();
  expect(document.paths['/api/v1/people/{id}/vcard']?.get).toBeDefined();
});
