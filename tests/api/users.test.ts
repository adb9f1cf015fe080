import { createHash, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { CreateUserResponse, LoginResponse, User } from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/api/src/app';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { createTestDatabase } from '../helpers/test-database';

let t: TestApp;
let admin: Record<string, string>;
let editor: Record<string, string>;
let viewer: Record<string, string>;
let adminId: string;
let eskilstunaId: string;
let flenId: string;
let counter = 0;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenOf = (url: string) => new URL(url, 'http://x').searchParams.get('token') as string;
const strongPassword = 'ett-langt-losenord-2026';

function uniqueEmail(prefix = 'anvandare') {
  return `${prefix}.${++counter}@test.example`;
}

async function invite(body: Record<string, unknown> = {}) {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/users',
    headers: admin,
    payload: {
      email: uniqueEmail(),
      displayName: `Testanvändare ${counter}`,
      role: 'viewer',
      ...body,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const created = response.json<CreateUserResponse>();
  return { ...created, token: tokenOf(created.invitation.url) };
}

const accept = (token: string, password = strongPassword) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/accept-invite',
    payload: { token, password },
  });

/** An invited user who accepted and so holds a bearer token. */
async function activeUser(body: Record<string, unknown> = {}) {
  const invited = await invite(body);
  const accepted = await accept(invited.token);
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { user: invited.user, headers: bearer(accepted.json<LoginResponse>().token) };
}

async function read(id: string, headers = admin) {
  const response = await t.app.inject({ url: `/api/v1/users/${id}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return { user: response.json<User>(), etag: String(response.headers.etag) };
}

async function patch(id: string, payload: object, headers = admin) {
  const { etag } = await read(id);
  return t.app.inject({
    method: 'PATCH',
    url: `/api/v1/users/${id}`,
    headers: { ...headers, 'if-match': etag },
    payload,
  });
}

const me = (headers: Record<string, string>) => t.app.inject({ url: '/api/v1/me', headers });

const auditFor = (entityId: string) =>
  t.database.db
    .selectFrom('audit_events')
    .select(['action', 'actor_id', 'before', 'after'])
    .where('entity_id', '=', entityId)
    .where('action', 'like', 'user.%')
    .orderBy('seq')
    .execute();

async function listAll(query: string): Promise<User[]> {
  const items: User[] = [];
  let cursor: string | null = null;
  do {
    const url: string = `/api/v1/users?${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
    const response = await t.app.inject({ url, headers: admin });
    expect(response.statusCode, response.body).toBe(200);
    const page: { items: User[]; nextCursor: string | null } = response.json();
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = bearer(await t.signIn(demoUsers.admin));
  editor = bearer(await t.signIn(demoUsers.editor));
  viewer = bearer(await t.signIn(demoUsers.viewer));
  adminId = (await me(admin)).json<{ id: string }>().id;
  const list = await t.app.inject({ url: '/api/v1/organisations?limit=500', headers: admin });
  const byName = new Map(
    list.json<{ items: { id: string; name: string }[] }>().items.map((o) => [o.name, o.id]),
  );
  eskilstunaId = byName.get('Eskilstuna kommun') as string;
  flenId = byName.get('Flens kommun') as string;
});
afterAll(() => t.close());

describe('inviting a user', () => {
  it('creates a user without a password and answers a one-time link valid for seven days', async () => {
    const email = uniqueEmail('Karin.Lund');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        email,
        displayName: 'Karin Lund',
        role: 'editor',
        scopeOrganisationIds: [eskilstunaId],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { user, invitation } = response.json<CreateUserResponse>();
    expect(user).toMatchObject({
      email: email.toLowerCase(),
      displayName: 'Karin Lund',
      role: 'editor',
      scopeOrganisationIds: [eskilstunaId],
      status: 'invited',
      personId: null,
      disabledAt: null,
      version: 1,
    });
    expect(response.headers.etag).toBe('"1"');
    expect(response.headers.location).toBe(`/api/v1/users/${user.id}`);
    expect(invitation.url).toMatch(/^\/aktivera\?token=[A-Za-z0-9_-]{43}$/);
    const days = (new Date(invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect(user.invitationExpiresAt).toBe(invitation.expiresAt);
    expect(response.body).not.toMatch(/hash/i);

    const stored = await t.database.db
      .selectFrom('users')
      .select(['password_hash', 'invite_token_hash'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(stored.password_hash).toBeNull();
    expect(stored.invite_token_hash).toBe(sha256(tokenOf(invitation.url)));

    const events = await auditFor(user.id);
    expect(events.map((e) => e.action)).toEqual(['user.created']);
    expect(events[0]?.actor_id).toBe(adminId);
  });

  it('cannot be signed in with before the invitation is accepted', async () => {
    const { user } = await invite();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: user.email, password: strongPassword },
    });
    expectProblem(response, 401, 'INVALID_CREDENTIALS');
  });

  it('refuses an e-mail address already in use, whatever its case, with 409', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'Redaktor@Demo.Example', displayName: 'Dubblett', role: 'viewer' },
    });
    const body = expectProblem(response, 409, 'DUPLICATE');
    expect(body.errors).toEqual([
      { field: 'body.email', message: 'is already used by another user' },
    ]);
  });

  it('refuses an editor without scope and a scope on another role with 422', async () => {
    const noScope = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: uniqueEmail(), displayName: 'Utan scope', role: 'editor' },
    });
    const body = expectProblem(noScope, 422, 'UNPROCESSABLE');
    expect(body.errors?.[0]?.field).toBe('body.scopeOrganisationIds');
    expect(body.detail).toMatch(/editor needs at least one organisation/);

    const viewerWithScope = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        email: uniqueEmail(),
        displayName: 'Läsare med scope',
        role: 'viewer',
        scopeOrganisationIds: [flenId],
      },
    });
    const second = expectProblem(viewerWithScope, 422, 'UNPROCESSABLE');
    expect(second.errors).toEqual([
      { field: 'body.scopeOrganisationIds', message: 'must be empty unless the role is editor' },
    ]);
  });

  it('refuses unknown organisations and people with a field error each', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const unknownOrganisation = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        email: uniqueEmail(),
        displayName: 'Okänd organisation',
        role: 'editor',
        scopeOrganisationIds: [flenId, missing],
      },
    });
    expect(expectProblem(unknownOrganisation, 422, 'UNPROCESSABLE').errors).toEqual([
      { field: 'body.scopeOrganisationIds.1', message: 'does not exist' },
    ]);

    const unknownPerson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: {
        email: uniqueEmail(),
        displayName: 'Okänd person',
        role: 'viewer',
        personId: missing,
      },
    });
    expect(expectProblem(unknownPerson, 422, 'UNPROCESSABLE').errors).toEqual([
      { field: 'body.personId', message: 'does not exist' },
    ]);
  });

  it('links a person, but not one already linked to another user', async () => {
    const person = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: admin,
      payload: { givenName: 'Sigrid', familyName: 'Åkesson', organisationId: flenId },
    });
    const personId = person.json<{ id: string }>().id;
    const { user } = await invite({ personId });
    expect(user.personId).toBe(personId);

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: uniqueEmail(), displayName: 'Samma person', role: 'viewer', personId },
    });
    expect(expectProblem(again, 409, 'DUPLICATE').errors).toEqual([
      { field: 'body.personId', message: 'is already linked to another user' },
    ]);
  });

  it('answers bad fields with 400 naming each, and refuses to take a password hash', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'inte-en-adress', role: 'boss', passwordHash: 'x' },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(['body.email', 'body.role', 'body.displayName', 'body.passwordHash']),
    );
  });

  it('is for administrators only', async () => {
    const payload = { email: uniqueEmail(), displayName: 'Obehörig', role: 'viewer' };
    for (const headers of [viewer, editor]) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers,
        payload,
      });
      expectProblem(response, 403, 'FORBIDDEN');
    }
    const anonymous = await t.app.inject({ method: 'POST', url: '/api/v1/users', payload });
    expectProblem(anonymous, 401, 'NOT_SIGNED_IN');
    expect(
      await t.database.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', payload.email)
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  it('logs the link at info level for developers', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await createTestDatabase();
    const app = await buildApp({
      database,
      jwtSecret: randomBytes(32).toString('hex'),
      logger: { level: 'info', stream },
    });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: demoUsers.admin, password: t.demoPassword },
      });
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: bearer(login.json<LoginResponse>().token),
        payload: { email: uniqueEmail(), displayName: 'Loggad', role: 'viewer' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const { user, invitation } = response.json<CreateUserResponse>();
      const logged = lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .find((entry) => entry.msg === 'invitation issued');
      expect(logged).toMatchObject({ level: 30, userId: user.id, invitationUrl: invitation.url });
    } finally {
      await app.close();
      await database.close();
    }
  }, 30_000);
});

describe('accepting an invitation', () => {
  it('refuses a common password when accepting, and keeps the link usable', async () => {
    const { token } = await invite();
    const weak = await accept(token, 'password1');
    const body = expectProblem(weak, 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([
      { field: 'body.password', message: 'is one of the most common passwords' },
    ]);
    expect((await accept(token)).statusCode).toBe(200);
  });

  it('sets the password, signs the user in and works only once', async () => {
    const { user, token } = await invite({ role: 'editor', scopeOrganisationIds: [flenId] });
    const response = await accept(token);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<LoginResponse>();
    expect(body.user).toMatchObject({ id: user.id, role: 'editor', scope: [flenId] });
    expect(String(response.headers['set-cookie'])).toMatch(/nk_session=.*HttpOnly/);
    expect((await me(bearer(body.token))).statusCode).toBe(200);
    expect((await t.signIn(user.email, strongPassword)).split('.')).toHaveLength(3);

    const stored = await read(user.id);
    expect(stored.user).toMatchObject({ status: 'active', invitationExpiresAt: null });
    const row = await t.database.db
      .selectFrom('users')
      .select(['password_hash', 'invite_token_hash'])
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.invite_token_hash).toBeNull();

    const reused = await accept(token, 'ett-annat-losenord');
    const problem = expectProblem(reused, 400, 'VALIDATION_FAILED');
    expect(problem.detail).toMatch(/used already/);
    expect(problem.errors).toEqual([{ field: 'body.token', message: 'is not a valid invitation' }]);

    const events = await auditFor(user.id);
    expect(events.map((e) => e.action)).toEqual(['user.created', 'user.invite_accepted']);
    expect(events[1]?.actor_id).toBe(user.id);
  });

  it('refuses an expired link with a sentence saying so', async () => {
    const { user, token } = await invite();
    await t.database.db
      .updateTable('users')
      .set({ invite_expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', user.id)
      .execute();
    const problem = expectProblem(await accept(token), 400, 'VALIDATION_FAILED');
    expect(problem.detail).toMatch(/expired/);
    expect(problem.errors).toEqual([{ field: 'body.token', message: 'has expired' }]);
    expect((await read(user.id)).user.status).toBe('invited');
  });

  it('refuses an unknown token and a weak password', async () => {
    expectProblem(await accept(randomBytes(32).toString('base64url')), 400, 'VALIDATION_FAILED');
    const { user, token } = await invite();
    const weak = expectProblem(await accept(token, 'kort'), 400, 'VALIDATION_FAILED');
    expect(weak.errors?.map((e) => e.field)).toEqual(['body.password']);
    expect((await read(user.id)).user.status).toBe('invited');
  });

  it('honours only the newest link of a user', async () => {
    const { user, token: first } = await invite();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/invitation`,
      headers: admin,
    });
    expect(response.statusCode, response.body).toBe(201);
    const second = tokenOf(response.json<{ url: string }>().url);
    expect(second).not.toBe(first);
    expectProblem(await accept(first), 400, 'VALIDATION_FAILED');
    expect((await accept(second)).statusCode).toBe(200);
    expect((await auditFor(user.id)).map((e) => e.action)).toEqual([
      'user.created',
      'user.invitation_issued',
      'user.invite_accepted',
    ]);
  });

  it('serves as a password reset for an active user, signing out their sessions', async () => {
    const { user, headers } = await activeUser();
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/invitation`,
      headers: admin,
    });
    expect(response.statusCode).toBe(201);
    expect((await me(headers)).statusCode).toBe(200);
    const accepted = await accept(
      tokenOf(response.json<{ url: string }>().url),
      'nytt-losenord-99',
    );
    expect(accepted.statusCode).toBe(200);
    expectProblem(await me(headers), 401, 'TOKEN_INVALID');
    expect((await t.signIn(user.email, 'nytt-losenord-99')).length).toBeGreaterThan(0);
  });

  it('is refused for a disabled user, and no new link is issued for one', async () => {
    const { user, token } = await invite();
    expect((await patch(user.id, { disabled: true })).statusCode).toBe(200);
    expectProblem(await accept(token), 400, 'VALIDATION_FAILED');
    const reissue = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/invitation`,
      headers: admin,
    });
    expect(expectProblem(reissue, 422, 'UNPROCESSABLE').detail).toMatch(/disabled/);
  });

  it('is throttled like sign-in', async () => {
    const throttled = await createTestApp({ loginRateLimit: 2 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const response = await throttled.app.inject({
          method: 'POST',
          url: '/api/v1/auth/accept-invite',
          payload: { token: 'no-such-token', password: strongPassword },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([400, 400, 429, 429]);
    } finally {
      await throttled.close();
    }
  }, 30_000);
});

describe('listing users', () => {
  it('lists enabled users by display name in Swedish order, page by page', async () => {
    const names = ['Örjan Berg', 'Åsa Ek', 'Zara Ahl', 'Ärla Sund', 'anders Öst'];
    for (const displayName of names) {
      await invite({ email: uniqueEmail('sortering'), displayName });
    }
    const listed = await listAll('q=sortering');
    expect(listed.map((u) => u.displayName)).toEqual([
      'anders Öst',
      'Zara Ahl',
      'Åsa Ek',
      'Ärla Sund',
      'Örjan Berg',
    ]);
    const demo = await listAll('q=demo.example');
    expect(demo.map((u) => u.email)).toEqual([demoUsers.admin, demoUsers.viewer, demoUsers.editor]);
    expect(JSON.stringify(demo)).not.toMatch(/hash/i);
  });

  it('finds users by part of the name whatever the case, and filters by role', async () => {
    await invite({ displayName: 'Åse Hökberg', role: 'admin' });
    const found = await listAll('q=%C3%85SE%20H%C3%96K');
    expect(found.map((u) => u.displayName)).toEqual(['Åse Hökberg']);
    const admins = await listAll('role=admin');
    expect(admins.every((u) => u.role === 'admin')).toBe(true);
    expect(admins.map((u) => u.displayName)).toEqual(
      expect.arrayContaining(['Demoadministratör', 'Åse Hökberg']),
    );
    expect(await listAll('q=100%25_')).toEqual([]);
  });

  it('leaves disabled users out unless asked', async () => {
    const { user } = await invite({ email: uniqueEmail('avstangd') });
    expect((await patch(user.id, { disabled: true })).statusCode).toBe(200);
    expect(await listAll('q=avstangd')).toEqual([]);
    const all = await listAll('q=avstangd&include=disabled');
    expect(all.map((u) => [u.id, u.status])).toEqual([[user.id, 'disabled']]);
  });

  it('lists changes since a time in change order', async () => {
    const since = new Date().toISOString();
    const { user } = await invite();
    const changed = await listAll(`updatedSince=${since}`);
    expect(changed.map((u) => u.id)).toContain(user.id);
    expect(changed.map((u) => u.id)).not.toContain(adminId);
  });

  it('refuses a foreign cursor, and non-administrators', async () => {
    const bad = await t.app.inject({ url: '/api/v1/users?cursor=bm9wZQ', headers: admin });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expectProblem(await t.app.inject({ url: '/api/v1/users', headers: editor }), 403, 'FORBIDDEN');
    expectProblem(await t.app.inject({ url: '/api/v1/users' }), 401, 'NOT_SIGNED_IN');
  });

  it('reads one user with its ETag; 404 for an unknown one, 403 for others', async () => {
    const { user, etag } = await read(adminId);
    expect(user).toMatchObject({ email: demoUsers.admin, role: 'admin', status: 'active' });
    expect(etag).toBe(`"${user.version}"`);
    const missing = await t.app.inject({
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      headers: admin,
    });
    expectProblem(missing, 404, 'NOT_FOUND');
    expectProblem(
      await t.app.inject({ url: '/api/v1/users/not-a-uuid', headers: admin }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await t.app.inject({ url: `/api/v1/users/${adminId}`, headers: viewer }),
      403,
      'FORBIDDEN',
    );
  });
});

describe('changing a user', () => {
  it('disabling revokes the tokens issued before at once, and enabling lets them sign in again', async () => {
    const { user, headers } = await activeUser();
    expect((await me(headers)).statusCode).toBe(200);
    const response = await patch(user.id, { disabled: true });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<User>()).toMatchObject({ status: 'disabled' });
    expect(response.json<User>().disabledAt).not.toBeNull();
    expect(response.headers.etag).toBe(`"${response.json<User>().version}"`);
    expectProblem(await me(headers), 401, 'TOKEN_INVALID');
    await expect(t.signIn(user.email, strongPassword)).rejects.toThrow(/401/);

    const enabled = await patch(user.id, { disabled: false });
    expect(enabled.json<User>()).toMatchObject({ status: 'active', disabledAt: null });
    expect((await t.signIn(user.email, strongPassword)).length).toBeGreaterThan(0);
    expect((await auditFor(user.id)).map((e) => e.action)).toEqual([
      'user.created',
      'user.invite_accepted',
      'user.disabled',
      'user.enabled',
    ]);
  });

  it('a new role or scope revokes the old tokens; a new name does not', async () => {
    const { user, headers } = await activeUser();
    const renamed = await patch(user.id, { displayName: 'Nytt Namn' });
    expect(renamed.json<User>().displayName).toBe('Nytt Namn');
    expect((await me(headers)).statusCode).toBe(200);

    const promoted = await patch(user.id, { role: 'editor', scopeOrganisationIds: [flenId] });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(promoted.json<User>()).toMatchObject({ role: 'editor', scopeOrganisationIds: [flenId] });
    expectProblem(await me(headers), 401, 'TOKEN_INVALID');

    const fresh = bearer(await t.signIn(user.email, strongPassword));
    expect((await me(fresh)).json<{ scope: string[] }>().scope).toEqual([flenId]);
    const rescoped = await patch(user.id, { scopeOrganisationIds: [eskilstunaId, flenId] });
    expect(rescoped.json<User>().scopeOrganisationIds.sort()).toEqual(
      [eskilstunaId, flenId].sort(),
    );
    expectProblem(await me(fresh), 401, 'TOKEN_INVALID');

    const events = await auditFor(user.id);
    expect(events.map((e) => e.action).slice(-3)).toEqual([
      'user.updated',
      'user.updated',
      'user.updated',
    ]);
    expect(events.at(-2)).toMatchObject({
      actor_id: adminId,
      before: { role: 'viewer', scopeOrganisationIds: [] },
      after: { role: 'editor', scopeOrganisationIds: [flenId] },
    });
  });

  it('drops the scope of an editor who becomes a viewer, and refuses a scope on a viewer', async () => {
    const { user } = await invite({ role: 'editor', scopeOrganisationIds: [flenId] });
    const demoted = await patch(user.id, { role: 'viewer' });
    expect(demoted.json<User>()).toMatchObject({ role: 'viewer', scopeOrganisationIds: [] });
    const scopes = await t.database.db
      .selectFrom('user_scopes')
      .select('organisation_id')
      .where('user_id', '=', user.id)
      .execute();
    expect(scopes).toEqual([]);
    expectProblem(await patch(user.id, { scopeOrganisationIds: [flenId] }), 422, 'UNPROCESSABLE');
    expectProblem(await patch(user.id, { role: 'editor' }), 422, 'UNPROCESSABLE');
  });

  it('needs If-Match, and refuses a stale one with 412', async () => {
    const { user } = await invite();
    const missing = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: admin,
      payload: { displayName: 'Utan If-Match' },
    });
    expectProblem(missing, 428, 'PRECONDITION_REQUIRED');
    await patch(user.id, { displayName: 'Första ändringen' });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${user.id}`,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { displayName: 'Andra ändringen' },
    });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
    expect((await read(user.id)).user.displayName).toBe('Första ändringen');
  });

  it('answers 404 for an unknown user and 400 for an empty change', async () => {
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      headers: { ...admin, 'if-match': '"1"' },
      payload: { displayName: 'Ingen' },
    });
    expectProblem(missing, 404, 'NOT_FOUND');
    const empty = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${adminId}`,
      headers: { ...admin, 'if-match': '"1"' },
      payload: {},
    });
    expectProblem(empty, 400, 'VALIDATION_FAILED');
  });

  it('does not let administrators disable or demote themselves', async () => {
    const disable = await patch(adminId, { disabled: true });
    expect(expectProblem(disable, 422, 'UNPROCESSABLE').detail).toMatch(/your own account/);
    const demote = await patch(adminId, { role: 'editor', scopeOrganisationIds: [flenId] });
    expect(expectProblem(demote, 422, 'UNPROCESSABLE').detail).toMatch(/your own administrator/);
    const { etag } = await read(adminId);
    const del = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${adminId}`,
      headers: { ...admin, 'if-match': etag },
    });
    expectProblem(del, 422, 'UNPROCESSABLE');
    expect((await me(admin)).statusCode).toBe(200);
  });

  it('keeps at least one administrator when two disable each other at once', async () => {
    const second = await activeUser({ role: 'admin' });
    const [first, other] = await Promise.all([
      read(second.user.id).then(({ etag }) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/v1/users/${second.user.id}`,
          headers: { ...admin, 'if-match': etag },
          payload: { disabled: true },
        }),
      ),
      read(adminId).then(({ etag }) =>
        t.app.inject({
          method: 'PATCH',
          url: `/api/v1/users/${adminId}`,
          headers: { ...second.headers, 'if-match': etag },
          payload: { disabled: true },
        }),
      ),
    ]);
    const statuses = [first.statusCode, other.statusCode].sort();
    expect(statuses[0]).toBe(200);
    expect([401, 412, 422]).toContain(statuses[1]);
    const active = await t.database.db
      .selectFrom('users')
      .select('id')
      .where('role', '=', 'admin')
      .where('disabled_at', 'is', null)
      .where('password_hash', 'is not', null)
      .execute();
    expect(active.length).toBeGreaterThanOrEqual(1);
    // Put the demo administrator back for the tests after this one.
    if (other.statusCode === 200) {
      await t.database.db
        .updateTable('users')
        .set({ disabled_at: null })
        .where('id', '=', adminId)
        .execute();
      admin = bearer(await t.signIn(demoUsers.admin));
    }
  });

  it('is for administrators only', async () => {
    const { user } = await invite();
    expectProblem(await patch(user.id, { displayName: 'X' }, editor), 403, 'FORBIDDEN');
    expectProblem(await patch(user.id, { displayName: 'X' }, {}), 401, 'NOT_SIGNED_IN');
    expect((await read(user.id)).user.version).toBe(1);
  });
});

describe('disabling with DELETE', () => {
  it('disables with If-Match and keeps the user', async () => {
    const { user, headers } = await activeUser();
    const { etag } = await read(user.id);
    const missing = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${user.id}`,
      headers: admin,
    });
    expectProblem(missing, 428, 'PRECONDITION_REQUIRED');
    const response = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/users/${user.id}`,
      headers: { ...admin, 'if-match': etag },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<User>().status).toBe('disabled');
    expectProblem(await me(headers), 401, 'TOKEN_INVALID');
    expect((await read(user.id)).user.status).toBe('disabled');
    expect((await auditFor(user.id)).map((e) => e.action).at(-1)).toBe('user.disabled');
  });
});

describe('the audit trail of users', () => {
  it('never holds a password hash, a token hash or a token', async () => {
    const { user, token } = await invite();
    await accept(token);
    await patch(user.id, { role: 'admin' });
    const events = await t.database.db
      .selectFrom('audit_events')
      .select(['action', 'before', 'after'])
      .where('action', 'like', 'user.%')
      .execute();
    expect(events.length).toBeGreaterThan(10);
    const rows = await t.database.db
      .selectFrom('users')
      .select(['password_hash', 'invite_token_hash'])
      .execute();
    const secrets = rows
      .flatMap((r) => [r.password_hash, r.invite_token_hash])
      .filter((s): s is string => s !== null);
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/hash|argon2|password/i);
    expect(text).not.toContain(token);
    expect(text).not.toContain(sha256(token));
    for (const secret of secrets) expect(text).not.toContain(secret);
  });
});
