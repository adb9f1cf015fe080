import SwaggerParser from '@apidevtools/swagger-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../helpers/problem';
import { bearer, createTestApp, demoUsers, type TestApp } from '../helpers/test-app';
import { testDatabaseKind } from '../helpers/test-database';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('operations', () => {
  it('reports liveness and readiness with the database kind', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: testDatabaseKind });
  });

  it('echoes a request id on every answer', async () => {
    const response = await t.app.inject({
      url: '/healthz',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(response.headers['x-request-id']).toBe('abc-123');
    expect((await t.app.inject({ url: '/healthz' })).headers['x-request-id']).toMatch(
      /^[0-9a-f-]{36}$/,
    );
  });

  it('answers unknown API paths with a 404 problem', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/nothing-here' }), 404, 'NOT_FOUND');
  });

  it('answers addresses it cannot read as problems, not as Fastify’s own JSON', async () => {
    const token = await t.signIn(demoUsers.admin);
    expectProblem(
      await t.app.inject({ url: '/api/v1/people/%', headers: bearer(token) }),
      400,
      'MALFORMED_REQUEST',
    );
    const tooLong = await t.app.inject({
      url: `/api/v1/people/${'a'.repeat(300)}`,
      headers: bearer(token),
    });
    expectProblem(tooLong, 414, 'URI_TOO_LONG');
    // Refused before routing, yet with the request id and the data answers' headers.
    expect(tooLong.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(tooLong.headers['x-content-type-options']).toBe('nosniff');
    expect(tooLong.headers['cache-control']).toBe('no-store');
  });

  it('refuses NUL characters in any text, naming the field, before the database sees them', async () => {
    const token = await t.signIn(demoUsers.admin);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: bearer(token),
      payload: { name: 'Nollan\u0000', kind: 'unit', description: 'ok' },
    });
    const body = expectProblem(response, 400, 'VALIDATION_FAILED');
    expect(body.errors).toEqual([{ field: 'body.name', message: 'contains a NUL character' }]);
    const nested = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: bearer(token),
      payload: { givenName: 'Nils', languages: ['sv', 'e\u0000n'] },
    });
    expect(expectProblem(nested, 400, 'VALIDATION_FAILED').errors).toEqual([
      { field: 'body.languages.1', message: 'contains a NUL character' },
    ]);
    const param = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/people/%00',
      headers: { ...bearer(token), 'if-match': '"1"' },
      payload: { title: 'ok' },
    });
    expect(expectProblem(param, 400, 'VALIDATION_FAILED').errors).toEqual([
      { field: 'params.id', message: 'contains a NUL character' },
    ]);
    expectProblem(
      await t.app.inject({ url: '/api/v1/export/people.csv?q=%00', headers: bearer(token) }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('publishes a valid OpenAPI 3.1 document and interactive docs', async () => {
    const response = await t.app.inject({ url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(document));
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/me',
        '/api/v1/organisations',
        '/api/v1/organisations/{id}',
      ]),
    );
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });
});

describe('security headers', () => {
  it('gives pages a strict Content-Security-Policy and the usual hardening headers', async () => {
    // The web app's own page, as a browser asks for it (index.html stands in for every route).
    const response = await t.app.inject({ url: '/sok', headers: { accept: 'text/html' } });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('gives data the REST set: nothing loads or frames on its account, nothing keeps a copy', async () => {
    const token = await t.signIn('admin@demo.example');
    const answers = [
      await t.app.inject({ url: '/api/v1/me', headers: bearer(token) }),
      await t.app.inject({ url: '/api/v1/people?limit=1', headers: bearer(token) }),
      await t.app.inject({ url: '/api/v1/no-such-thing', headers: bearer(token) }),
      await t.app.inject({ url: '/fhir/r4/metadata' }),
      await t.app.inject({ url: '/healthz' }),
      await t.app.inject({ url: '/api/openapi.json' }),
    ];
    for (const response of answers) {
      expect(response.headers).toMatchObject({
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
        'referrer-policy': 'no-referrer',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
      // What only a page needs stays off the data: far fewer bytes on every API answer.
      expect(response.headers['x-dns-prefetch-control']).toBeUndefined();
    }
  });

  it('keeps the API docs a page with their own policy', async () => {
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.headers['cache-control']).not.toBe('no-store');
    expect(String(docs.headers['content-security-policy'])).toContain("script-src 'self'");
  });
});
