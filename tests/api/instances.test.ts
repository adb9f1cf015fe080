import { type Database, openDatabase } from '@nk/db';
import type {
  Counterparts,
  Coverage,
  CreateUserResponse,
  LoginResponse,
  Person,
  SearchResult,
} from '@nk/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../apps/api/src/app';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { testDatabaseKind } from '../helpers/test-database';

/**
 * Two API instances on one database behave as one: on PostgreSQL each has its own connection
 * pool, as two processes would; on PGlite (one process owns the data folder) two app instances
 * share the embedded database. Each instance keeps its own copy of a user row for at most two
 * seconds and its own sign-in throttle (README: "Several instances").
 */

let t: TestApp;
let second: App;
let secondDatabase: Database | undefined;

beforeAll(async () => {
  t = await createTestApp();
  const url = (t.database as Database & { url?: string }).url;
  secondDatabase =
    testDatabaseKind === 'postgres' && url
      ? await openDatabase({ kind: 'postgres', url, poolSize: 5 })
      : undefined;
  second = await buildApp({
    database: secondDatabase ?? t.database,
    jwtSecret: t.jwtSecret,
    loginRateLimit: 1000,
  });
  await second.ready();
});
afterAll(async () => {
  await second.close();
  await secondDatabase?.close();
  await t.close();
});

const first = () => t.app;

async function person(app: App, headers: Record<string, string>, id: string) {
  const response = await app.inject({ url: `/api/v1/people/${id}`, headers });
  expect(response.statusCode, response.body).toBe(200);
  return { body: response.json<Person>(), etag: response.headers.etag as string };
}

describe(`two API instances on one ${testDatabaseKind} database`, () => {
  it('accept each other’s tokens and see each other’s writes, with no lost update', async () => {
    const token = await t.signIn(demoUsers.editor);
    const me = await second.inject({ url: '/api/v1/me', headers: bearer(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(demoUsers.editor);

    const list = await first().inject({
      url: `/api/v1/people?limit=1&organisation=${me.json().scope[0]}`,
      headers: bearer(token),
    });
    const id = list.json<{ items: Person[] }>().items[0]?.id as string;
    const read = await person(second, bearer(token), id);
    const written = await first().inject({
      method: 'PATCH',
      url: `/api/v1/people/${id}`,
      headers: { ...bearer(token), 'if-match': read.etag },
      payload: { title: 'Skriven på den första instansen' },
    });
    expect(written.statusCode, written.body).toBe(200);
    const seen = await person(second, bearer(token), id);
    expect(seen.body.title).toBe('Skriven på den första instansen');
    expect(seen.etag).toBe(written.headers.etag);
    // The version read before the write is stale on both instances.
    const stale = await second.inject({
      method: 'PATCH',
      url: `/api/v1/people/${id}`,
      headers: { ...bearer(token), 'if-match': read.etag },
      payload: { title: 'Skriven på den andra instansen' },
    });
    expectProblem(stale, 412, 'PRECONDITION_FAILED');
  });

  it('revoke a disabled user on the other instance within two seconds', async () => {
    const admin = bearer(await t.signIn(demoUsers.admin));
    const invited = await first().inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: admin,
      payload: { email: 'instanser@demo.example', displayName: 'Två instanser', role: 'viewer' },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { user, invitation } = invited.json<CreateUserResponse>();
    const accepted = await second.inject({
      method: 'POST',
      url: '/api/v1/auth/accept-invite',
      payload: {
        token: new URL(invitation.url, 'http://x').searchParams.get('token'),
        password: 'fyra ord som hänger ihop',
      },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const theirs = bearer(accepted.json<LoginResponse>().token);
    expect((await second.inject({ url: '/api/v1/me', headers: theirs })).statusCode).toBe(200);

    const read = await first().inject({ url: `/api/v1/users/${user.id}`, headers: admin });
    const disabled = await first().inject({
      method: 'DELETE',
      url: `/api/v1/users/${user.id}`,
      headers: { ...admin, 'if-match': read.headers.etag as string },
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    // At once where the change was made...
    expectProblem(
      await first().inject({ url: '/api/v1/me', headers: theirs }),
      401,
      'TOKEN_INVALID',
    );
    // ...and within the reuse window on the other instance.
    const disabledAt = Date.now();
    let status = 200;
    while (status === 200 && Date.now() - disabledAt < 5_000) {
      status = (await second.inject({ url: '/api/v1/me', headers: theirs })).statusCode;
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(401);
    expect(Date.now() - disabledAt).toBeLessThanOrEqual(2_500);
  });

  it('share the per-account lockout, which lives in the database', async () => {
    const wrong = (app: App) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: demoUsers.viewer, password: 'inte rätt lösenord' },
      });
    // Five wrong passwords, split between the instances, lock the account for both.
    for (const app of [first(), second, first(), second, first()]) {
      expect((await wrong(app)).statusCode).toBe(401);
    }
    const locked = await first().inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: demoUsers.viewer, password: t.demoPassword },
    });
    expectProblem(locked, 429, 'TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const alsoLocked = await second.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: demoUsers.viewer, password: t.demoPassword },
    });
    expectProblem(alsoLocked, 429, 'TOO_MANY_REQUESTS');
  });

  it('give an editor an organisation moved into its scope at once, on both, and take it back', async () => {
    const admin = bearer(await t.signIn(demoUsers.admin));
    const editor = bearer(await t.signIn(demoUsers.editor));
    const municipalities = await first().inject({
      url: '/api/v1/organisations?kind=municipality&limit=20',
      headers: admin,
    });
    const idOf = (name: string) =>
      municipalities
        .json<{ items: { id: string; name: string }[] }>()
        .items.find((o) => o.name === name)?.id as string;
    const created = await first().inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: admin,
      payload: { name: 'Flyttbar enhet', kind: 'unit', parentId: idOf('Flens kommun') },
    });
    expect(created.statusCode, created.body).toBe(201);
    const unit = created.json<{ id: string }>().id;
    /** The editor renames the unit through `app`, with the version it reads there. */
    const rename = async (app: App, name: string) => {
      const read = await app.inject({ url: `/api/v1/organisations/${unit}`, headers: admin });
      return app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${unit}`,
        headers: { ...editor, 'if-match': read.headers.etag as string },
        payload: { name },
      });
    };
    const move = async (app: App, parentId: string) => {
      const read = await app.inject({ url: `/api/v1/organisations/${unit}`, headers: admin });
      const moved = await app.inject({
        method: 'PATCH',
        url: `/api/v1/organisations/${unit}`,
        headers: { ...admin, 'if-match': read.headers.etag as string },
        payload: { parentId },
      });
      expect(moved.statusCode, moved.body).toBe(200);
    };

    // Both instances have worked out the editor's scope before the move.
    expectProblem(await rename(first(), 'Inte än'), 403, 'FORBIDDEN');
    expectProblem(await rename(second, 'Inte än'), 403, 'FORBIDDEN');

    await move(first(), idOf('Eskilstuna kommun'));
    expect((await rename(second, 'Nu i Eskilstuna')).statusCode).toBe(200);
    expect((await rename(first(), 'Nu i Eskilstuna igen')).statusCode).toBe(200);

    await move(second, idOf('Flens kommun'));
    expectProblem(await rename(first(), 'Inte längre'), 403, 'FORBIDDEN');
    expectProblem(await rename(second, 'Inte längre'), 403, 'FORBIDDEN');
  });
});

describe(`search on two API instances on one ${testDatabaseKind} database`, () => {
  /** Labels of the hits `app` answers for `q`, as admin. */
  const labels = async (app: App, headers: Record<string, string>, q: string) => {
    const response = await app.inject({
      url: `/api/v1/search?q=${encodeURIComponent(q)}`,
      headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResult>().items.map((hit) => hit.label);
  };

  it('finds a renamed organisation and a new role synonym at once on the other instance', async () => {
    const admin = bearer(await t.signIn(demoUsers.admin));
    // Both instances have read the catalogue before the changes.
    expect(await labels(first(), admin, 'glantans')).not.toContain('Gläntans vårdcentral');
    expect(await labels(second, admin, 'glantans')).not.toContain('Gläntans vårdcentral');

    const created = await first().inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: admin,
      payload: { name: 'Gläntans vårdcentral', kind: 'primary_care' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const clinic = created.json<{ id: string }>().id;
    expect(await labels(second, admin, 'glantans')).toContain('Gläntans vårdcentral');

    const read = await second.inject({ url: `/api/v1/organisations/${clinic}`, headers: admin });
    const renamed = await second.inject({
      method: 'PATCH',
      url: `/api/v1/organisations/${clinic}`,
      headers: { ...admin, 'if-match': read.headers.etag as string },
      payload: { name: 'Fiskeboda vårdcentral' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await labels(first(), admin, 'fiskeboda')).toContain('Fiskeboda vårdcentral');
    expect(await labels(first(), admin, 'glantans')).not.toContain('Gläntans vårdcentral');

    const roles = await first().inject({ url: '/api/v1/roles?limit=100', headers: admin });
    const role = roles
      .json<{ items: { id: string; key: string; synonyms: string[] }[] }>()
      .items.find((r) => r.key === 'narvardskoordinator');
    expect(role).toBeDefined();
    const roleRead = await first().inject({ url: `/api/v1/roles/${role?.id}`, headers: admin });
    const withSynonym = await first().inject({
      method: 'PATCH',
      url: `/api/v1/roles/${role?.id}`,
      headers: { ...admin, 'if-match': roleRead.headers.etag as string },
      payload: { synonyms: [...(role?.synonyms ?? []), 'Kvistkoordinator'] },
    });
    expect(withSynonym.statusCode, withSynonym.body).toBe(200);
    expect((await labels(second, admin, 'kvistkoord'))[0]).toBe('Närvårdskoordinator');
  });
});

describe('answers each instance keeps while their data stands still', () => {
  async function read<T>(app: App, headers: Record<string, string>, url: string): Promise<T> {
    const response = await app.inject({ url, headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<T>();
  }
  async function write(
    app: App,
    headers: Record<string, string>,
    method: 'POST' | 'PATCH',
    url: string,
    payload: object,
  ) {
    const response = await app.inject({ method, url, headers, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ id: string }>();
  }
  const groupIn = (answer: Counterparts, name: string) => {
    const group = answer.groups.find((g) => g.organisation.name === name);
    if (!group) throw new Error(`no group ${name}`);
    return group;
  };
  const gnestaCell = (grid: Coverage) => {
    const column = grid.roles.findIndex((r) => r.key === 'processledare-kommun');
    return grid.rows.find((r) => r.organisation.name === 'Gnesta kommun')?.cells[column];
  };

  it('give counterparts and coverage as changed on the other instance, at once', async () => {
    const admin = bearer(await t.signIn(demoUsers.admin));
    const organisations = await read<{ items: { id: string; name: string }[] }>(
      first(),
      admin,
      '/api/v1/organisations?limit=500',
    );
    const vingaker = organisations.items.find((o) => o.name === 'Vingåkers kommun')?.id;
    const asked = `/api/v1/counterparts?role=narvardskoordinator&organisation=${vingaker}&asOf=2026-12-01`;
    const networks = await read<{ items: { id: string; name: string }[] }>(
      first(),
      admin,
      '/api/v1/networks?limit=500',
    );
    const network = networks.items.find((n) => n.name === 'Nätverket Nära vård i Sörmland')?.id;
    const grid = `/api/v1/networks/${network}/coverage?asOf=2026-12-01&perCell=5`;

    // Both instances have worked the answers out, and keep them.
    const before = await read<Counterparts>(first(), admin, asked);
    await read<Counterparts>(second, admin, asked);
    const gridBefore = await read<Coverage>(first(), admin, grid);
    await read<Coverage>(second, admin, grid);
    const kullbergska = groupIn(before, 'Kullbergska sjukhuset');
    expect(gnestaCell(gridBefore)).toMatchObject({ postCount: 1, vacantCount: 1 });

    // A new post of a counterpart role, made on the second instance.
    const sjukhuskoordinator = before.counterpartRoles.find(
      (c) => c.role.key === 'sjukhuskoordinator',
    )?.role.id;
    await write(second, admin, 'POST', '/api/v1/posts', {
      roleId: sjukhuskoordinator,
      organisationId: kullbergska.organisation.id,
      title: 'Sjukhuskoordinator, akutmottagningen',
    });
    const after = await read<Counterparts>(first(), admin, asked);
    expect(groupIn(after, 'Kullbergska sjukhuset').postCount).toBe(kullbergska.postCount + 1);

    // The vacant Gnesta post filled on the first instance: the second's grid shows it held.
    const elin = kullbergska.posts[0]?.holders.find((h) => h.kind === 'holder')?.person;
    expect(elin?.givenName).toBe('Elin');
    await write(first(), admin, 'POST', '/api/v1/assignments', {
      postId: gnestaCell(gridBefore)?.posts[0]?.id,
      personId: elin?.id,
      kind: 'holder',
      validFrom: '2026-11-01',
    });
    const gridAfter = await read<Coverage>(second, admin, grid);
    expect(gnestaCell(gridAfter)).toMatchObject({ postCount: 1, vacantCount: 0 });
    expect(gnestaCell(gridAfter)?.posts[0]?.holders.map((h) => h.person.familyName)).toEqual([
      'Sjöqvist',
    ]);

    // The people on kept posts are checked on every request: a new name shows at once.
    const person = await first().inject({ url: `/api/v1/people/${elin?.id}`, headers: admin });
    await write(
      second,
      { ...admin, 'if-match': person.headers.etag as string },
      'PATCH',
      `/api/v1/people/${elin?.id}`,
      { givenName: 'Elina' },
    );
    const renamed = await read<Counterparts>(first(), admin, asked);
    const holders = groupIn(renamed, 'Kullbergska sjukhuset').posts.flatMap((p) => p.holders);
    expect(holders.find((h) => h.person.id === elin?.id)?.person.givenName).toBe('Elina');
  });
});
