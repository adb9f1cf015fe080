import { hashPassword } from '@nk/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

/**
 * Every write route × every kind of caller, and for every accepted write the number of audit
 * events it leaves. A write route the OpenAPI document lists but this table lacks fails the run.
 */

type Caller = 'anonymous' | 'viewer' | 'otherEditor' | 'editor' | 'self' | 'admin';
const callers: Caller[] = ['anonymous', 'viewer', 'otherEditor', 'editor', 'self', 'admin'];

interface PreparedRequest {
  url: string;
  payload?: object | string;
  /** For bodies that are not JSON (a CSV file). */
  contentType?: string;
  /** Read this URL first and send its ETag as If-Match. */
  ifMatchFrom?: string;
}

interface Row {
  /** As the OpenAPI document names it, e.g. `PATCH /api/v1/organisations/{id}`. */
  route: string;
  /** A fresh request aimed at an object in Eskilstuna kommun (the editor's scope). */
  prepare(caller: Caller): Promise<PreparedRequest>;
  /** Expected status per caller; `ok` is any 2xx. */
  expected: Record<Caller, number | 'ok'>;
  /** Audit events an accepted request appends (one per changed entity). */
  auditEvents: number;
}

const orgScoped = {
  anonymous: 401,
  viewer: 403,
  otherEditor: 403,
  editor: 'ok',
  self: 403,
  admin: 'ok',
} as const;

let t: TestApp;
const tokens = new Map<Caller, string>();
let eskilstunaId: string;
let counter = 0;

async function asAdmin(method: 'GET' | 'POST', url: string, payload?: object) {
  const response = await t.app.inject({
    method,
    url,
    headers: bearer(tokens.get('admin') as string),
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A new unit below Eskilstuna kommun, so each cell edits an object no other cell touched. */
async function freshUnit(): Promise<string> {
  counter++;
  const created = await asAdmin('POST', '/api/v1/organisations', {
    name: `Testenhet ${counter}`,
    kind: 'unit',
    parentId: eskilstunaId,
  });
  return created.id;
}

const adminOnly = {
  anonymous: 401,
  viewer: 403,
  otherEditor: 403,
  editor: 403,
  self: 403,
  admin: 'ok',
} as const;

/** Like `orgScoped`, but the signed-in viewer acts on their own person entry. */
const orgScopedOrSelf = { ...orgScoped, self: 'ok' } as const;

let roleId: string;
let selfPersonId: string;

async function freshPerson(): Promise<string> {
  const created = await asAdmin('POST', '/api/v1/people', {
    givenName: 'Test',
    familyName: `Person ${++counter}`,
    organisationId: await freshUnit(),
  });
  return created.id;
}

async function freshPost(): Promise<string> {
  const created = await asAdmin('POST', '/api/v1/posts', {
    roleId,
    organisationId: await freshUnit(),
  });
  return created.id;
}

/** A post in its own unit with a holder since 2025-01-01, and a person to succeed them. */
async function freshHeldPost(): Promise<{ postId: string; assignmentId: string }> {
  const postId = await freshPost();
  const assignment = await asAdmin('POST', '/api/v1/assignments', {
    postId,
    personId: await freshPerson(),
    validFrom: '2025-01-01',
  });
  return { postId, assignmentId: assignment.id };
}

async function freshRole(): Promise<string> {
  const n = ++counter;
  const created = await asAdmin('POST', '/api/v1/roles', {
    key: `testroll-${n}`,
    nameSv: `Testroll ${n}`,
    nameEn: `Test role ${n}`,
  });
  return created.id;
}

async function freshTopic(): Promise<string> {
  const n = ++counter;
  const created = await asAdmin('POST', '/api/v1/topics', {
    key: `testomrade-${n}`,
    nameSv: `Testområde ${n}`,
    nameEn: `Test topic ${n}`,
  });
  return created.id;
}

async function freshNetwork(): Promise<string> {
  const created = await asAdmin('POST', '/api/v1/networks', {
    name: `Testnätverk ${++counter}`,
    kind: 'forum',
  });
  return created.id;
}

/** An invited viewer (no password yet), so each cell changes a user no other cell touched. */
async function freshUser(): Promise<string> {
  const n = ++counter;
  const created = await asAdmin('POST', '/api/v1/users', {
    email: `inbjuden.${n}@test.example`,
    displayName: `Inbjuden ${n}`,
    role: 'viewer',
  });
  return created.user.id;
}

/** An open suggestion about a fresh person below Eskilstuna kommun, reported by the admin. */
async function freshSuggestion(): Promise<string> {
  const created = await asAdmin('POST', '/api/v1/suggestions', {
    targetType: 'person',
    targetId: await freshPerson(),
    message: `Uppgiften stämmer inte längre (${++counter}).`,
  });
  return created.id;
}

/** A one-person CSV list with an address no other cell uses. */
const csvList = () => `givenName,familyName,email\nImma,Import,imma.${++counter}@matrix.example`;

/** An import previewed by the admin in a fresh unit below Eskilstuna; committed if asked. */
async function freshImport(committed: boolean): Promise<string> {
  const previewed = await t.app.inject({
    method: 'POST',
    url: `/api/v1/imports?organisation=${await freshUnit()}`,
    headers: { ...bearer(tokens.get('admin') as string), 'content-type': 'text/csv' },
    payload: csvList(),
  });
  if (previewed.statusCode !== 201) throw new Error(`import: ${previewed.body}`);
  const { id } = previewed.json<{ id: string }>();
  if (committed) await asAdmin('POST', `/api/v1/imports/${id}/commit`, {});
  return id;
}

/** A second entry for a fresh person, ready to be merged into it. */
async function freshTwin(survivorId: string): Promise<string> {
  const survivor = await asAdmin('GET', `/api/v1/people/${survivorId}`);
  const twin = await asAdmin('POST', '/api/v1/people', {
    givenName: survivor.givenName,
    familyName: survivor.familyName,
    organisationId: eskilstunaId,
  });
  return twin.id;
}

/** A merge of two fresh entries below Eskilstuna, made by the admin, ready to be undone. */
async function freshMerge(): Promise<string> {
  const survivorId = await freshPerson();
  const duplicateId = await freshTwin(survivorId);
  const read = await t.app.inject({
    url: `/api/v1/people/${survivorId}`,
    headers: bearer(tokens.get('admin') as string),
  });
  const merged = await t.app.inject({
    method: 'POST',
    url: `/api/v1/people/${survivorId}/merge`,
    headers: { ...bearer(tokens.get('admin') as string), 'if-match': String(read.headers.etag) },
    payload: { duplicateId },
  });
  if (merged.statusCode !== 201) throw new Error(`merge: ${merged.body}`);
  return merged.json<{ id: string }>().id;
}

const rows: Row[] = [
  {
    route: 'POST /api/v1/organisations',
    prepare: async () => ({
      url: '/api/v1/organisations',
      payload: { name: `Ny enhet ${++counter}`, kind: 'unit', parentId: eskilstunaId },
    }),
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/organisations/{id}',
    prepare: async () => {
      const url = `/api/v1/organisations/${await freshUnit()}`;
      return { url, payload: { phone: '016-10 10 10' }, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/organisations/{id}',
    prepare: async () => {
      const url = `/api/v1/organisations/${await freshUnit()}`;
      return { url, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/organisations/{id}/links',
    prepare: async () => ({
      url: `/api/v1/organisations/${await freshUnit()}/links`,
      payload: { kind: 'partner', organisationId: eskilstunaId },
    }),
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/organisations/{id}/links/{linkId}',
    prepare: async () => {
      const unit = await freshUnit();
      const link = await asAdmin('POST', `/api/v1/organisations/${unit}/links`, {
        kind: 'partner',
        organisationId: eskilstunaId,
      });
      return { url: `/api/v1/organisations/${unit}/links/${link.id}` };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/people',
    prepare: async () => ({
      url: '/api/v1/people',
      payload: { givenName: 'Ny', familyName: `Person ${++counter}`, organisationId: eskilstunaId },
    }),
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/people/{id}',
    prepare: async (caller) => {
      const id = caller === 'self' ? selfPersonId : await freshPerson();
      const url = `/api/v1/people/${id}`;
      return {
        url,
        payload: { phone: `016-10 10 ${String(++counter).padStart(2, '0')}` },
        ifMatchFrom: url,
      };
    },
    expected: orgScopedOrSelf,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/people/{id}',
    prepare: async () => {
      const url = `/api/v1/people/${await freshPerson()}`;
      return { url, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/people/{id}/verify',
    prepare: async (caller) => ({
      url: `/api/v1/people/${caller === 'self' ? selfPersonId : await freshPerson()}/verify`,
    }),
    expected: orgScopedOrSelf,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/posts',
    prepare: async () => ({
      url: '/api/v1/posts',
      payload: { roleId, organisationId: await freshUnit() },
    }),
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/posts/{id}',
    prepare: async () => {
      const url = `/api/v1/posts/${await freshPost()}`;
      return { url, payload: { title: 'Ändrad titel' }, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/posts/{id}',
    prepare: async () => {
      const url = `/api/v1/posts/${await freshPost()}`;
      return { url, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/assignments',
    prepare: async () => ({
      url: '/api/v1/assignments',
      payload: {
        postId: await freshPost(),
        personId: await freshPerson(),
        validFrom: '2026-01-01',
      },
    }),
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/assignments/{id}',
    prepare: async () => {
      const url = `/api/v1/assignments/${(await freshHeldPost()).assignmentId}`;
      return { url, payload: { note: 'Ändrad anteckning' }, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/assignments/{id}',
    prepare: async () => {
      const url = `/api/v1/assignments/${(await freshHeldPost()).assignmentId}`;
      return { url, ifMatchFrom: url };
    },
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/posts/{id}/handover',
    prepare: async () => ({
      url: `/api/v1/posts/${(await freshHeldPost()).postId}/handover`,
      payload: { personId: await freshPerson(), date: '2026-06-01' },
    }),
    expected: orgScoped,
    // The outgoing holder's assignment ends and the successor's starts.
    auditEvents: 2,
  },
  {
    route: 'POST /api/v1/roles',
    prepare: async () => {
      const n = ++counter;
      return {
        url: '/api/v1/roles',
        payload: { key: `ny-roll-${n}`, nameSv: `Ny roll ${n}`, nameEn: `New role ${n}` },
      };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/roles/{id}',
    prepare: async () => {
      const url = `/api/v1/roles/${await freshRole()}`;
      return { url, payload: { synonyms: ['tr'] }, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/roles/{id}',
    prepare: async () => {
      const url = `/api/v1/roles/${await freshRole()}`;
      return { url, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/roles/{id}/counterparts',
    prepare: async () => ({
      url: `/api/v1/roles/${await freshRole()}/counterparts`,
      payload: { roleId },
    }),
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/roles/{id}/counterparts/{pairId}',
    prepare: async () => {
      const id = await freshRole();
      const pair = await asAdmin('POST', `/api/v1/roles/${id}/counterparts`, { roleId });
      return { url: `/api/v1/roles/${id}/counterparts/${pair.id}` };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/topics',
    prepare: async () => {
      const n = ++counter;
      return {
        url: '/api/v1/topics',
        payload: { key: `nytt-omrade-${n}`, nameSv: `Nytt område ${n}`, nameEn: `New topic ${n}` },
      };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/topics/{id}',
    prepare: async () => {
      const url = `/api/v1/topics/${await freshTopic()}`;
      return { url, payload: { nameEn: 'Renamed topic' }, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/topics/{id}',
    prepare: async () => {
      const url = `/api/v1/topics/${await freshTopic()}`;
      return { url, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/networks',
    prepare: async () => ({
      url: '/api/v1/networks',
      payload: { name: `Nytt nätverk ${++counter}`, kind: 'project' },
    }),
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/networks/{id}',
    prepare: async () => {
      const url = `/api/v1/networks/${await freshNetwork()}`;
      return { url, payload: { organisationIds: [eskilstunaId] }, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/networks/{id}',
    prepare: async () => {
      const url = `/api/v1/networks/${await freshNetwork()}`;
      return { url, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/users',
    prepare: async () => {
      const n = ++counter;
      return {
        url: '/api/v1/users',
        payload: {
          email: `ny.anvandare.${n}@test.example`,
          displayName: `Ny användare ${n}`,
          role: 'editor',
          scopeOrganisationIds: [eskilstunaId],
        },
      };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'PATCH /api/v1/users/{id}',
    prepare: async () => {
      const url = `/api/v1/users/${await freshUser()}`;
      return { url, payload: { displayName: 'Ändrat namn' }, ifMatchFrom: url };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'DELETE /api/v1/users/{id}',
    prepare: async () => {
      const url = `/api/v1/users/${await freshUser()}`;
      return { url, ifMatchFrom: url };
    },
    // Disables the user: users are never deleted.
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/users/{id}/invitation',
    prepare: async () => ({ url: `/api/v1/users/${await freshUser()}/invitation` }),
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/me/password',
    prepare: async () => ({
      url: '/api/v1/me/password',
      payload: { currentPassword: 'not-the-password', newPassword: 'ett-nytt-losenord-2026' },
    }),
    // Everyone signed in may try; a wrong current password is refused as a field error.
    expected: { anonymous: 401, viewer: 400, otherEditor: 400, editor: 400, self: 400, admin: 400 },
    auditEvents: 0,
  },
  {
    route: 'POST /api/v1/suggestions',
    prepare: async () => ({
      url: '/api/v1/suggestions',
      payload: {
        targetType: 'person',
        targetId: await freshPerson(),
        field: 'phone',
        message: `Numret går till växeln (${++counter}).`,
      },
    }),
    // Anyone signed in may report that an entry is wrong, whatever organisation owns it.
    expected: {
      anonymous: 401,
      viewer: 'ok',
      otherEditor: 'ok',
      editor: 'ok',
      self: 'ok',
      admin: 'ok',
    },
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/suggestions/{id}/resolve',
    prepare: async () => ({
      url: `/api/v1/suggestions/${await freshSuggestion()}/resolve`,
      payload: { note: 'Rättat.' },
    }),
    // Stewards of the target's owner and admins; the reporter alone may not close it.
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/suggestions/{id}/dismiss',
    prepare: async () => ({ url: `/api/v1/suggestions/${await freshSuggestion()}/dismiss` }),
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/people/{id}/erase',
    // Always a fresh person: erasing the `self` caller's own entry would disable their account
    // and break every later cell that signs in as them.
    prepare: async () => {
      const id = await freshPerson();
      return { url: `/api/v1/people/${id}/erase`, ifMatchFrom: `/api/v1/people/${id}` };
    },
    expected: adminOnly,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/people/{id}/merge',
    prepare: async () => {
      const survivorId = await freshPerson();
      const url = `/api/v1/people/${survivorId}`;
      return {
        url: `${url}/merge`,
        payload: { duplicateId: await freshTwin(survivorId) },
        ifMatchFrom: url,
      };
    },
    // The survivor changed and the duplicate archived (neither had posts to move).
    expected: orgScoped,
    auditEvents: 2,
  },
  {
    route: 'POST /api/v1/merges/{id}/undo',
    prepare: async () => ({ url: `/api/v1/merges/${await freshMerge()}/undo` }),
    expected: orgScoped,
    auditEvents: 2,
  },
  {
    route: 'POST /api/v1/imports',
    prepare: async () => ({
      url: `/api/v1/imports?organisation=${await freshUnit()}`,
      payload: csvList(),
      contentType: 'text/csv',
    }),
    // A preview changes nothing in the directory but is itself recorded.
    expected: orgScoped,
    auditEvents: 1,
  },
  {
    route: 'POST /api/v1/imports/{id}/commit',
    prepare: async () => ({
      url: `/api/v1/imports/${await freshImport(false)}/commit`,
      payload: {},
    }),
    // The person added, and the import itself.
    expected: orgScoped,
    auditEvents: 2,
  },
  {
    route: 'POST /api/v1/imports/{id}/undo',
    prepare: async () => ({ url: `/api/v1/imports/${await freshImport(true)}/undo`, payload: {} }),
    // The added person archived again, and the import itself.
    expected: orgScoped,
    auditEvents: 2,
  },
];

/** Public by design: signing in, out, and accepting an invitation need no token. */
const publicRoutes = new Set([
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/accept-invite',
]);

beforeAll(async () => {
  t = await createTestApp();
  const organisations = await t.app.inject({
    url: '/api/v1/organisations?limit=500',
    headers: bearer(await t.signIn(demoUsers.admin)),
  });
  const byName = new Map<string, string>(
    organisations
      .json<{ items: { id: string; name: string }[] }>()
      .items.map((o) => [o.name, o.id]),
  );
  eskilstunaId = byName.get('Eskilstuna kommun') as string;
  const roles = await t.app.inject({
    url: '/api/v1/roles?limit=100',
    headers: bearer(await t.signIn(demoUsers.admin)),
  });
  roleId = roles
    .json<{ items: { id: string; key: string }[] }>()
    .items.find((r) => r.key === 'narvardskoordinator')?.id as string;

  // A steward of another municipality, to prove scope is checked on the object itself.
  const otherEditor = await t.database.db
    .insertInto('users')
    .values({
      email: 'redaktor.flen@demo.example',
      display_name: 'Redaktör Flen',
      role: 'editor',
      password_hash: await hashPassword(t.demoPassword),
      person_id: null,
      disabled_at: null,
      locked_until: null,
      last_login_at: null,
      password_changed_at: null,
      invite_token_hash: null,
      invite_expires_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.database.db
    .insertInto('user_scopes')
    .values({ user_id: otherEditor.id, organisation_id: byName.get('Flens kommun') as string })
    .execute();

  tokens.set('admin', await t.signIn(demoUsers.admin));
  tokens.set('editor', await t.signIn(demoUsers.editor));
  tokens.set('viewer', await t.signIn(demoUsers.viewer));
  tokens.set('self', await t.signIn(demoUsers.viewer));
  tokens.set('otherEditor', await t.signIn('redaktor.flen@demo.example'));
  selfPersonId = (
    await t.app.inject({ url: '/api/v1/me', headers: bearer(tokens.get('self') as string) })
  ).json<{ personId: string }>().personId;
});
afterAll(() => t.close());

describe('authorisation matrix', () => {
  it('has a row for every write route of the OpenAPI document', async () => {
    const document = (await t.app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const writeRoutes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const covered = new Set(rows.map((r) => r.route));
    expect(writeRoutes.filter((r) => !covered.has(r) && !publicRoutes.has(r))).toEqual([]);
  });

  const cells = rows.flatMap((row) => callers.map((caller) => ({ row, caller })));

  it.each(cells.map((c) => [c.row.route, c.caller, c] as const))(
    '%s as %s',
    async (_route, caller, { row }) => {
      const method = row.route.split(' ')[0] as 'POST' | 'PATCH' | 'DELETE';
      const prepared = await row.prepare(caller);
      const headers: Record<string, string> = {
        ...(caller === 'anonymous' ? {} : bearer(tokens.get(caller) as string)),
        ...(prepared.contentType && { 'content-type': prepared.contentType }),
      };
      if (prepared.ifMatchFrom) {
        const read = await t.app.inject({
          url: prepared.ifMatchFrom,
          headers: bearer(tokens.get('admin') as string),
        });
        headers['if-match'] = String(read.headers.etag);
      }
      const before = await countAudit();
      const response = await t.app.inject({
        method,
        url: prepared.url,
        headers,
        ...(prepared.payload ? { payload: prepared.payload } : {}),
      });
      const expected = row.expected[caller];
      if (expected === 'ok') {
        expect(response.statusCode, response.body).toBeGreaterThanOrEqual(200);
        expect(response.statusCode, response.body).toBeLessThan(300);
        expect(await countAudit()).toBe(before + row.auditEvents);
      } else {
        expect(response.statusCode, response.body).toBe(expected);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        // A refused write changes nothing (failed sign-ins are the one thing logged for them).
        expect(await countAudit()).toBe(before);
      }
    },
  );
});

async function countAudit(): Promise<number> {
  const row = await t.database.db
    .selectFrom('audit_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', 'not like', 'auth.%')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
