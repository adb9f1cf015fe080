import type { Import, Organisation } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { testDatabaseKind } from '../helpers/test-database';

let t: TestApp;
let admin: Record<string, string>;
let steward: Record<string, string>;
let viewer: Record<string, string>;
let byName: Map<string, Organisation>;

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  steward = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  byName = new Map(list.json<{ items: Organisation[] }>().items.map((o) => [o.name, o]));
});
afterAll(() => t.close());

const idOf = (name: string) => {
  const organisation = byName.get(name);
  if (!organisation) throw new Error(`no ${name}`);
  return organisation.id;
};

/** A new unit below Eskilstuna kommun, so each test starts from an empty list. */
async function freshUnit(name: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/organisations',
    headers: admin,
    payload: { name, kind: 'unit', parentId: idOf('Eskilstuna kommun') },
  });
  expect(response.statusCode).toBe(201);
  return response.json<Organisation>().id;
}

const upload = (
  organisationId: string,
  body: string | Buffer,
  headers = steward,
  extra: Record<string, string> = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/imports?${new URLSearchParams({ organisation: organisationId, ...extra })}`,
    headers: { ...headers, 'content-type': 'text/csv' },
    payload: body,
  });

async function preview(organisationId: string, body: string | Buffer, extra = {}) {
  const response = await upload(organisationId, body, steward, extra);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Import>();
}

const commit = (id: string, payload: object = {}, headers = steward) =>
  t.app.inject({ method: 'POST', url: `/api/v1/imports/${id}/commit`, headers, payload });

const undo = (id: string, headers = steward) =>
  t.app.inject({ method: 'POST', url: `/api/v1/imports/${id}/undo`, headers, payload: {} });

const actionsOf = (result: Import) =>
  Object.fromEntries(result.rows.map((row) => [row.name, row.action]));

/** What an export of the unit shows: its people and who holds which post, without versions. */
async function directoryOf(organisationId: string) {
  const people = await t.app.inject({
    url: `/api/v1/people?organisation=${organisationId}&limit=500`,
    headers: admin,
  });
  const posts = await t.app.inject({
    url: `/api/v1/posts?organisation=${organisationId}&limit=500`,
    headers: admin,
  });
  type PersonRow = Record<string, unknown>;
  type PostRow = {
    role: { key: string };
    holders: { validFrom: string; validTo: string | null; person: { id: string } }[];
  };
  return {
    people: people
      .json<{ items: PersonRow[] }>()
      .items.map(({ givenName, familyName, email, phone, mobile, title }) => ({
        givenName,
        familyName,
        email,
        phone,
        mobile,
        title,
      })),
    posts: posts
      .json<{ items: PostRow[] }>()
      .items.map((post) => ({
        role: post.role.key,
        holders: post.holders.map((h) => `${h.person.id} ${h.validFrom}–${h.validTo}`),
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
const dayBefore = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
};

/** People are matched by e-mail across the directory, so each test has its own addresses. */
const listFor = (tag: string) =>
  [
    'givenName,familyName,email,title,phone,role,validFrom',
    `Anna,Ek,anna.ek@${tag}.example,Samordnare,016-10 00 01,Närvårdskoordinator,2024-01-01`,
    `Bo,Berg,bo.berg@${tag}.example,,016-10 00 02,processledare-kommun,2024-01-01`,
    `"Cecilia","Dahl","cecilia.dahl@${tag}.example","Enhetschef, äldreomsorg",,NVK,2024-01-01`,
  ].join('\r\n');
const firstList = listFor('import');

/** Swedish Excel: Windows-1252, semicolons, Swedish headings, no byte-order mark. */
function secondList(): Buffer {
  const text = [
    'Förnamn;Efternamn;E-post;Titel;Telefon;Roll',
    'Anna;Ek;anna.ek@import.example;Samordnare;016-10 00 99;Närvårdskoordinator',
    'Cecilia;Dahl;cecilia.dahl@import.example;;;',
    'David;Öberg;david.oberg@import.example;Utvecklare;;Närvårdskoordinator',
    'Cecilja;Dahl;c.dahl@annan.example;;;',
    'Erik;;inte-en-adress;;;Påhittad roll',
  ].join('\r\n');
  return Buffer.from(text, 'latin1');
}

describe(`CSV import as desired state on ${testDatabaseKind}`, () => {
  it('adds a list, finds nothing to change when it comes again, then previews, commits and undoes exactly what a changed list says', async () => {
    const unit = await freshUnit('Importenheten');
    const first = await preview(unit, `\uFEFF${firstList}`, { filename: 'lista.csv' });
    expect(first).toMatchObject({
      status: 'preview',
      encoding: 'utf-8',
      separator: ',',
      filename: 'lista.csv',
      summary: { add: 3, change: 0, end: 0, unchanged: 0, error: 0, duplicate: 0 },
    });
    expect(first.rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(first.rows[2]?.changes).toMatchObject({
      title: { from: null, to: 'Enhetschef, äldreomsorg' },
      role: { from: null, to: 'Närvårdskoordinator' },
    });
    // Nothing changes before the commit.
    expect((await directoryOf(unit)).people).toEqual([]);

    const committed = await commit(first.id);
    expect(committed.statusCode, committed.body).toBe(200);
    expect(committed.json<Import>()).toMatchObject({
      status: 'committed',
      applied: { add: 3, change: 0, end: 0 },
    });
    const afterFirst = await directoryOf(unit);
    expect(afterFirst.people.map((p) => p.email)).toEqual([
      'bo.berg@import.example',
      'cecilia.dahl@import.example',
      'anna.ek@import.example',
    ]);
    // Two närvårdskoordinatorer need two posts: a post has one holder at a time.
    expect(afterFirst.posts.map((p) => p.role).sort()).toEqual([
      'narvardskoordinator',
      'narvardskoordinator',
      'processledare-kommun',
    ]);
    expect(afterFirst.posts.every((p) => p.holders.length === 1)).toBe(true);

    // The same file again changes nothing.
    const again = await preview(unit, firstList);
    expect(again.summary).toEqual({
      add: 0,
      change: 0,
      end: 0,
      unchanged: 3,
      error: 0,
      duplicate: 0,
    });

    // The changed list: 1 add, 1 change, 1 end, 1 unchanged, 1 error, 1 duplicate.
    const before = await directoryOf(unit);
    const second = await preview(unit, secondList());
    expect(second).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    expect(second.summary).toEqual({
      add: 1,
      change: 1,
      end: 1,
      unchanged: 1,
      error: 1,
      duplicate: 1,
    });
    expect(actionsOf(second)).toEqual({
      'Anna Ek': 'change',
      'Cecilia Dahl': 'unchanged',
      'David Öberg': 'add',
      'Cecilja Dahl': 'duplicate',
      Erik: 'error',
      'Bo Berg': 'end',
    });
    const byAction = (action: string) => second.rows.find((r) => r.action === action);
    expect(byAction('change')?.changes).toEqual({
      phone: { from: '016-10 00 01', to: '016-10 00 99' },
    });
    expect(byAction('end')).toMatchObject({
      line: null,
      changes: { role: { from: 'Processledare (kommun)', to: null } },
    });
    expect(byAction('error')?.errors).toEqual([
      { column: 'Efternamn', message: 'is empty' },
      { column: 'E-post', message: 'is not an e-mail address' },
      { column: 'Roll', message: '"Påhittad roll" is not a role in the catalogue' },
    ]);
    expect(byAction('duplicate')?.personId).toBeDefined();

    // Errors are not committed by accident.
    expectProblem(await commit(second.id), 422, 'UNPROCESSABLE');
    const applied = await commit(second.id, { validRowsOnly: true });
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json<Import>().applied).toEqual({
      add: 1,
      change: 1,
      end: 1,
      unchanged: 0,
      error: 0,
      duplicate: 0,
    });
    const after = await directoryOf(unit);
    expect(after.people.find((p) => p.email === 'anna.ek@import.example')?.phone).toBe(
      '016-10 00 99',
    );
    expect(after.people.map((p) => p.email)).toContain('david.oberg@import.example');
    expect(after.people.map((p) => p.email)).not.toContain('c.dahl@annan.example');
    const bo = await t.database.db
      .selectFrom('assignments as a')
      .innerJoin('people as p', 'p.id', 'a.person_id')
      .select(['a.valid_to'])
      .where('p.email', '=', 'bo.berg@import.example')
      .executeTakeFirstOrThrow();
    expect(bo.valid_to).toBe(dayBefore(today()));
    expectProblem(await commit(second.id, { validRowsOnly: true }), 409, 'CONFLICT');

    // Undo puts everything back as it was.
    const undone = await undo(second.id);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json<Import>().status).toBe('undone');
    expect(await directoryOf(unit)).toEqual(before);
    expectProblem(await undo(second.id), 409, 'CONFLICT');
  });

  it('writes one audit event per changed object, and one for the import', async () => {
    const unit = await freshUnit('Importenheten för revision');
    const first = await preview(unit, listFor('revision'));
    await commit(first.id);
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action'])
      .where(
        'request_id',
        'in',
        t.database.db
          .selectFrom('audit_events')
          .select('request_id')
          .where('entity_id', '=', first.id)
          .where('action', '=', 'import.committed'),
      )
      .execute();
    const counts: Record<string, number> = {};
    for (const e of events) counts[e.action] = (counts[e.action] ?? 0) + 1;
    expect(counts).toEqual({
      'person.created': 3,
      'post.created': 3,
      'assignment.created': 3,
      'import.committed': 1,
    });
  });

  it('refuses a commit when the directory changed after the preview', async () => {
    const unit = await freshUnit('Importenheten som ändras');
    const list = listFor('andras');
    await commit((await preview(unit, list)).id);
    const changed = await preview(unit, list.replace('016-10 00 01', '016-10 00 55'));
    const anna = changed.rows.find((r) => r.action === 'change');
    const person = await t.app.inject({ url: `/api/v1/people/${anna?.personId}`, headers: admin });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${anna?.personId}`,
      headers: { ...admin, 'if-match': person.headers.etag as string },
      payload: { title: 'Ny titel' },
    });
    expect(patched.statusCode).toBe(200);
    const refused = await commit(changed.id);
    expectProblem(refused, 409, 'CONFLICT');
    expect(refused.json().detail).toContain('line 2');
  });

  it('refuses an undo that would overwrite a later change', async () => {
    const unit = await freshUnit('Importenheten som ändras efteråt');
    const first = await preview(unit, listFor('efterat'));
    await commit(first.id);
    const anna = first.rows[0];
    const added = await t.app.inject({
      url: `/api/v1/people?organisation=${unit}`,
      headers: admin,
    });
    const person = added
      .json<{ items: { id: string; email: string }[] }>()
      .items.find((p) => p.email === 'anna.ek@efterat.example');

    const current = await t.app.inject({ url: `/api/v1/people/${person?.id}`, headers: admin });
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/people/${person?.id}`,
      headers: { ...admin, 'if-match': current.headers.etag as string },
      payload: { title: 'Ändrad efter importen' },
    });
    expect(anna?.name).toBe('Anna Ek');
    const refused = await undo(first.id);
    expectProblem(refused, 409, 'CONFLICT');
    expect(refused.json().detail).toContain('Anna Ek');
  });

  it('uses a mapping for unknown headings and remembers it for the organisation', async () => {
    const unit = await freshUnit('Importenheten med egna rubriker');
    const file = 'Namn,Släktnamn,Mejladress,Anteckning\nFrida,Fors,frida.fors@import.example,x';
    const missing = await upload(unit, file);
    expectProblem(missing, 422, 'UNPROCESSABLE');
    expect(missing.json().errors).toEqual(
      expect.arrayContaining([
        { field: 'mapping.givenName', message: 'has no column in the file' },
        { field: 'mapping.familyName', message: 'has no column in the file' },
      ]),
    );
    const mapping = JSON.stringify({ Namn: 'givenName', Släktnamn: 'familyName', Anteckning: '' });
    const mapped = await preview(unit, file, { mapping });
    expect(mapped.mapping).toEqual({
      Namn: 'givenName',
      Släktnamn: 'familyName',
      Mejladress: 'email',
    });
    expect(mapped.summary.add).toBe(1);
    // The next file with the same headings needs no mapping.
    const remembered = await preview(unit, file);
    expect(remembered.rows[0]?.name).toBe('Frida Fors');
  });

  it('reads quoted cells with separators, quotes and line breaks', async () => {
    const unit = await freshUnit('Importenheten med citattecken');
    const file = [
      'Förnamn;Efternamn;E-post;Titel',
      '"Greta";"Gran; Lind";greta@import.example;"Säger ""hej""\nnär hon ringer"',
    ].join('\n');
    const result = await preview(unit, file);
    expect(result.rows[0]).toMatchObject({
      action: 'add',
      name: 'Greta Gran; Lind',
      changes: { title: { from: null, to: 'Säger "hej"\nnär hon ringer' } },
    });
  });
});

describe('who may import, and bad input', () => {
  it('lets stewards import only into their own organisations, and admins anywhere', async () => {
    const unit = await freshUnit('Importenheten för behörighet');
    expectProblem(await upload(unit, firstList, viewer), 403, 'FORBIDDEN');
    expectProblem(await upload(idOf('Flens kommun'), firstList, steward), 403, 'FORBIDDEN');
    expect((await upload(unit, firstList, admin)).statusCode).toBe(201);
    const previewed = await preview(unit, firstList);
    expectProblem(await commit(previewed.id, {}, viewer), 403, 'FORBIDDEN');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: `/api/v1/imports?organisation=${unit}`,
      headers: { 'content-type': 'text/csv' },
      payload: firstList,
    });
    expectProblem(anonymous, 401, 'NOT_SIGNED_IN');
  });

  it('answers bad requests with problem+json, never a 500', async () => {
    const unit = await freshUnit('Importenheten för felaktiga anrop');
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/imports',
        headers: { ...steward, 'content-type': 'text/csv' },
        payload: firstList,
      }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await upload(unit, firstList, steward, { mapping: '[1,2' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await upload(unit, ''), 422, 'UNPROCESSABLE');
    expectProblem(await upload(unit, 'givenName,familyName,email\n"Anna,Ek'), 422, 'UNPROCESSABLE');
    expectProblem(
      await upload('00000000-0000-4000-8000-000000000000', firstList, admin),
      404,
      'NOT_FOUND',
    );
    const json = await t.app.inject({
      method: 'POST',
      url: `/api/v1/imports?organisation=${unit}`,
      headers: { ...steward, 'content-type': 'application/json' },
      payload: { rows: [] },
    });
    expect(json.statusCode).toBeGreaterThanOrEqual(400);
    expect(json.statusCode).toBeLessThan(500);
    expectProblem(
      await t.app.inject({
        url: '/api/v1/imports/00000000-0000-4000-8000-000000000000',
        headers: steward,
      }),
      404,
      'NOT_FOUND',
    );
  });
});
