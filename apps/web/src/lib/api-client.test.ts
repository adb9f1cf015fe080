import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type ApiError,
  apiFetch,
  apiFetchVersioned,
  etagOf,
  hasStatus,
  isApiError,
  staleVersionOf,
} from './api-client';

/** Answers every fetch with this response and remembers what was asked. */
function answer(response: Response | (() => Promise<Response>)) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
    typeof response === 'function' ? response() : response.clone(),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const json = (body: unknown, init: ResponseInit = {}, type = 'application/json') =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': type, ...(init.headers as Record<string, string>) },
  });

const problem = (body: object, headers: Record<string, string> = {}) =>
  json(body, { status: (body as { status: number }).status, headers }, 'application/problem+json');

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiFetch', () => {
  it('sends JSON with the query (empty values left out) and If-Match, and returns the answer', async () => {
    const fetchMock = answer(json({ id: 'p1' }));
    const data = await apiFetch<{ id: string }>('/people/p1', {
      method: 'PATCH',
      body: { title: 'Samordnare' },
      query: { include: 'archived', cursor: null, q: '', limit: 5 },
      ifMatch: etagOf(3),
    });
    expect(data).toEqual({ id: 'p1' });
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/v1/people/p1?include=archived&limit=5');
    expect(init.method).toBe('PATCH');
    expect(init.body).toBe('{"title":"Samordnare"}');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'If-Match': '"3"' });
  });

  it('sends a raw body exactly as given, with its own content type', async () => {
    const fetchMock = answer(json({ id: 'import-1' }, { status: 201 }));
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]).buffer;
    await apiFetch('/imports', { method: 'POST', raw: { bytes, contentType: 'text/csv' } });
    const init = fetchMock.mock.calls[0]?.[1] as RequestInit;
    expect(init.body).toBe(bytes);
    expect(init.headers).toMatchObject({ 'Content-Type': 'text/csv' });
    expect(init.headers).not.toHaveProperty('If-Match');
  });

  it('answers 204 with undefined and refuses a success it cannot read', async () => {
    answer(new Response(null, { status: 204 }));
    expect(await apiFetch('/x', { method: 'DELETE' })).toBeUndefined();
    answer(new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const error = await failure(apiFetch('/x'));
    expect(error.code).toBe('UNEXPECTED_RESPONSE');
  });

  it('turns problem details into sentences per field, and keeps the API’s own words beside them', async () => {
    answer(
      problem(
        {
          type: 'https://natverkskatalogen.example/problems/validation-failed',
          title: 'The request has invalid fields',
          status: 422,
          code: 'VALIDATION_FAILED',
          detail: 'is empty',
          requestId: 'req-7',
          errors: [
            { field: 'body.email', message: 'is already used by another person' },
            { field: 'body.topicIds.2', message: 'does not exist' },
            { field: 'body.topicIds.0', message: 'is archived' },
            { field: 'querystring.cursor', message: 'must be a cursor from a previous page' },
            { field: 'mapping.Förnamn', message: 'is not a field (x)' },
            { field: 'body', message: 'is empty' },
          ],
        },
        { etag: '"4"' },
      ),
    );
    const error = await failure(apiFetch('/imports', { method: 'POST' }));
    expect(error.status).toBe(422);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).toBe('Is empty.');
    expect(error.requestId).toBe('req-7');
    expect(error.etag).toBe('"4"');
    expect(error.fieldErrors).toEqual({
      email: 'Is already used by another person.',
      'topicIds.2': 'Does not exist.',
      'topicIds.0': 'Is archived.',
      cursor: 'Must be a cursor from a previous page.',
      'mapping.Förnamn': 'Is not a field (x).',
      body: 'Is empty.',
    });
    // As sent, for pages that recognise the API's words.
    expect(error.problem?.detail).toBe('is empty');
    expect(error.fieldMessages()).toEqual({
      email: 'is already used by another person',
      'topicIds.2': 'does not exist',
      'topicIds.0': 'is archived',
      cursor: 'must be a cursor from a previous page',
      'mapping.Förnamn': 'is not a field (x)',
      body: 'is empty',
    });
    // One message a form field: the first for each top-level field.
    expect(error.fieldMessages('field')).toEqual({
      email: 'is already used by another person',
      topicIds: 'does not exist',
      cursor: 'must be a cursor from a previous page',
      mapping: 'is not a field (x)',
      body: 'is empty',
    });
  });

  it('names a failure without problem details by its status, with Retry-After', async () => {
    answer(
      new Response('busy', {
        status: 503,
        statusText: 'service unavailable',
        headers: { 'retry-after': '7' },
      }),
    );
    const error = await failure(apiFetch('/people'));
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(error.message).toBe('Service unavailable.');
    expect(error.retryAfterSeconds).toBe(7);
    expect(error.problem).toBeNull();
    expect(error.fieldMessages()).toEqual({});
    expect(hasStatus(error, 503)).toBe(true);
    expect(hasStatus(error, 500)).toBe(false);
    expect(hasStatus(new Error('x'), 503)).toBe(false);
  });

  it('says the server could not be reached, but passes a cancelled request on as it is', async () => {
    answer(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await failure(apiFetch('/people'));
    expect(error.status).toBe(0);
    expect(error.code).toBe('NETWORK_ERROR');

    answer(() => Promise.reject(new DOMException('The operation was aborted.', 'AbortError')));
    await expect(apiFetch('/people')).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('apiFetchVersioned', () => {
  it('returns the answer with its ETag, or one made from its version when the header is missing', async () => {
    answer(json({ id: 'o1', version: 5 }, { headers: { etag: '"5"' } }));
    expect(await apiFetchVersioned('/organisations/o1')).toEqual({
      data: { id: 'o1', version: 5 },
      etag: '"5"',
    });
    answer(json({ id: 'o1', version: 6 }));
    expect((await apiFetchVersioned('/organisations/o1')).etag).toBe('"6"');
  });
});

describe('staleVersionOf', () => {
  const stale = (headers: Record<string, string> = {}) =>
    problem(
      {
        type: 'https://natverkskatalogen.example/problems/precondition-failed',
        title: 'The record has changed since you read it',
        status: 412,
        code: 'PRECONDITION_FAILED',
        currentVersion: 8,
        current: { id: 'u1', version: 8, role: 'editor' },
      },
      headers,
    );

  it('gives the version stored now from a 412, with the ETag it was sent with', async () => {
    answer(stale({ etag: '"8"' }));
    const error = await failure(apiFetch('/users/u1', { method: 'PATCH', ifMatch: '"7"' }));
    expect(staleVersionOf(error)).toEqual({
      data: { id: 'u1', version: 8, role: 'editor' },
      etag: '"8"',
    });
    answer(stale());
    const withoutHeader = await failure(apiFetch('/users/u1', { method: 'PATCH' }));
    expect(staleVersionOf(withoutHeader)?.etag).toBe('"8"');
  });

  it('is null for any other failure, and for a 412 without the current version', async () => {
    answer(problem({ type: 'x', title: 'Conflict', status: 409, code: 'CONFLICT' }));
    expect(staleVersionOf(await failure(apiFetch('/x')))).toBeNull();
    answer(problem({ type: 'x', title: 'Stale', status: 412, code: 'PRECONDITION_FAILED' }));
    expect(staleVersionOf(await failure(apiFetch('/x')))).toBeNull();
    expect(staleVersionOf(new Error('412'))).toBeNull();
  });
});
