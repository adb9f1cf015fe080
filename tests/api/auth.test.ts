import { createSigner } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: payload as object });

describe('sign-in', () => {
  it('answers a token, the user and an httpOnly session cookie', async () => {
    const response = await login({ email: demoUsers.editor, password: t.demoPassword });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ email: demoUsers.editor, role: 'editor' });
    expect(body.user.scope).toHaveLength(1);
    expect(body.token.split('.')).toHaveLength(3);
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/nk_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const expires = new Date(body.expiresAt).getTime() - Date.now();
    expect(expires).toBeGreaterThan(10 * 60_000);
    expect(expires).toBeLessThanOrEqual(15 * 60_000 + 1000);
  });

  it('matches the e-mail address case-insensitively', async () => {
    const response = await login({ email: 'ADMIN@Demo.Example', password: t.demoPassword });
    expect(response.statusCode).toBe(200);
  });

  it('refuses a wrong password with 401 problem+json and leaves an audit event', async () => {
    const response = await login({ email: demoUsers.viewer, password: 'wrong-password' });
    expectProblem(response, 401, 'INVALID_CREDENTIALS');
    const failures = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'auth.login_failed')
      .execute();
    expect(failures.length).toBeGreaterThan(0);
  });

  it('refuses an unknown e-mail address with the same answer as a wrong password', async () => {
    const response = await login({ email: 'nobody@demo.example', password: 'whatever1' });
    expectProblem(response, 401, 'INVALID_CREDENTIALS');
  });

  it('answers malformed JSON with 400', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "admin@demo.example", "password": ',
    });
    expectProblem(response, 400, 'MALFORMED_REQUEST');
  });

  it('answers fields of the wrong type with 400 and an error per field', async () => {
    const response = await login({ email: 42, password: ['x'] });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.email', message: 'must be string' },
        { field: 'body.password', message: 'must be string' },
      ]),
    );
  });

  it('answers unknown and missing fields with 400 naming each', async () => {
    const response = await login({ email: 'admin@demo.example', role: 'admin' });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    const fields = body.errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.role', 'body.password']));
  });

  it('answers an oversize body with 413', async () => {
    const response = await login({ email: 'a@b.se', password: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(response, 413, 'BODY_TOO_LARGE');
  });

  it('locks an account for a growing time after five failures in a row', async () => {
    const email = demoUsers.viewer;
    // The earlier test made one failure already; this run makes the count reach five.
    for (let i = 0; i < 5; i++) await login({ email, password: `wrong-${i}` });
    const locked = await login({ email, password: t.demoPassword });
    expectProblem(locked, 429, 'TOO_MANY_REQUESTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    await t.database.db
      .updateTable('users')
      .set({ locked_until: null, failed_login_count: 0 })
      .where('email', '=', email)
      .execute();
    expect((await login({ email, password: t.demoPassword })).statusCode).toBe(200);
  });
});

describe('throttling', () => {
  it('answers 429 after too many sign-in attempts from one address', async () => {
    const throttled = await createTestApp({ loginRateLimit: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const response = await throttled.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email: 'nobody@demo.example', password: 'x' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await throttled.close();
    }
  });
});

describe('the signed-in user', () => {
  it('is read with a bearer token', async () => {
    const token = await t.signIn(demoUsers.admin);
    const response = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ email: demoUsers.admin, role: 'admin', scope: [] });
  });

  it('is read with the session cookie', async () => {
    const token = await t.signIn(demoUsers.viewer);
    const response = await t.app.inject({ url: '/api/v1/me', cookies: { nk_session: token } });
    expect(response.statusCode).toBe(200);
    expect(response.json().personId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('needs a token', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/me' }), 401, 'NOT_SIGNED_IN');
  });

  it('reads the Authorization header as "Bearer <token>" only, and before the cookie', async () => {
    const token = await t.signIn(demoUsers.admin);
    const me = (authorization: string, cookies: Record<string, string> = {}) =>
      t.app.inject({ url: '/api/v1/me', headers: { authorization }, cookies });
    expect((await me(`bearer ${token}`)).statusCode).toBe(200);
    for (const refused of [
      `Basic ${token}`,
      'Bearer ',
      `Bearer  ${token}`,
      `Bearer ${token} ${token}`,
      `Bearer${token}`,
      token,
    ]) {
      expectProblem(await me(refused), 401, 'TOKEN_INVALID');
    }
    expectProblem(await me('Bearer x', { nk_session: token }), 401, 'TOKEN_INVALID');
  });

  const sign = (claims: object, options: Record<string, unknown> = {}) =>
    createSigner({
      key: t.jwtSecret,
      iss: 'natverkskatalogen',
      aud: 'natverkskatalogen-api',
      expiresIn: 60_000,
      ...options,
    })(claims);

  it('refuses forged, expired, not-yet-valid, tampered, unsigned and foreign tokens', async () => {
    const me = (
      await t.app.inject({ url: '/api/v1/me', headers: bearer(await t.signIn(demoUsers.admin)) })
    ).json();
    const claims = { sub: me.id, tv: 0, auth_time: Math.floor(Date.now() / 1000) };
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: bearer(sign(claims)) })).statusCode,
    ).toBe(200);

    const forged = createSigner({
      key: 'another-secret-another-secret-xx',
      iss: 'natverkskatalogen',
      aud: 'natverkskatalogen-api',
    })(claims);
    const expired = sign(
      {
        ...claims,
        iat: Math.floor(Date.now() / 1000) - 3600,
        exp: Math.floor(Date.now() / 1000) - 60,
      },
      { expiresIn: undefined },
    );
    const wrongAudience = sign(claims, { aud: 'someone-else' });
    const wrongIssuer = sign(claims, { iss: 'someone-else' });
    const notYetValid = sign(claims, { notBefore: 600_000 });
    // Same key, another algorithm: only HS256 is accepted (no algorithm confusion).
    const otherAlgorithm = sign(claims, { algorithm: 'HS512' });
    const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    // A valid token whose payload was edited to another user: the signature no longer matches.
    const [header, , signature] = sign(claims).split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url')}.${signature}`;
    for (const token of [
      forged,
      expired,
      wrongAudience,
      wrongIssuer,
      notYetValid,
      otherAlgorithm,
      unsigned,
      tampered,
      'not-a-token',
    ]) {
      const response = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) });
      expectProblem(response, 401, 'TOKEN_INVALID');
    }
  });

  it('refuses a token it accepted once it has expired (checked tokens are kept until then)', async () => {
    const me = (
      await t.app.inject({ url: '/api/v1/me', headers: bearer(await t.signIn(demoUsers.admin)) })
    ).json();
    const now = Math.floor(Date.now() / 1000);
    const shortLived = sign(
      { sub: me.id, tv: 0, auth_time: now, iat: now, exp: now + 2 },
      { expiresIn: undefined },
    );
    const ask = () => t.app.inject({ url: '/api/v1/me', headers: bearer(shortLived) });
    expect((await ask()).statusCode).toBe(200);
    expect((await ask()).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, (now + 3) * 1000 - Date.now()));
    expectProblem(await ask(), 401, 'TOKEN_INVALID');
  });
});

describe('revocation', () => {
  it('signs out every token of the user', async () => {
    const first = await t.signIn(demoUsers.editor);
    const second = await t.signIn(demoUsers.editor);
    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: bearer(first),
    });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/nk_session=;/);
    for (const token of [first, second]) {
      const response = await t.app.inject({ url: '/api/v1/me', headers: bearer(token) });
      expect(response.statusCode).toBe(401);
    }
    expect(
      (await t.app.inject({ url: '/api/v1/me', headers: bearer(await t.signIn(demoUsers.editor)) }))
        .statusCode,
    ).toBe(200);
  });

  it('revokes earlier tokens when the password changes', async () => {
    const old = await t.signIn(demoUsers.admin);
    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(old),
      payload: { currentPassword: t.demoPassword, newPassword: 'ett-nytt-losenord-2026' },
    });
    expect(change.statusCode).toBe(200);
    const fresh = change.json().token;
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(old) })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/v1/me', headers: bearer(fresh) })).statusCode).toBe(
      200,
    );
    expect(await t.signIn(demoUsers.admin, 'ett-nytt-losenord-2026')).toBeTruthy();
    const audit = await t.database.db
      .selectFrom('audit_events')
      .select('action')
      .where('action', '=', 'user.password_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a password change with the wrong current password, naming the field', async () => {
    const token = await t.signIn(demoUsers.editor);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(token),
      payload: { currentPassword: 'not-it', newPassword: 'ett-nytt-losenord-2026' },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field: 'body.currentPassword', message: 'is wrong' }]);
  });

  it.each([
    ['qwertyuiop', 'is one of the most common passwords'],
    ['Password123', 'is one of the most common passwords'],
    ['redaktor-lösen', 'contains your e-mail address'],
    ['abababababab', 'repeats too few characters'],
  ])('refuses the weak new password %s', async (newPassword, message) => {
    const token = await t.signIn(demoUsers.editor);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(token),
      payload: { currentPassword: t.demoPassword, newPassword },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field: 'body.newPassword', message }]);
    // Nothing changed: the old password still works.
    expect(await t.signIn(demoUsers.editor)).toBeTruthy();
  });
});
