import type { ErrorCode, Problem } from '@nk/shared';
import { apiBase } from '../config/app';

/** `{ items, nextCursor }`: the shape of every list the API returns. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Codes of failures that never reached the API or got an answer it did not describe. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** A problem+json body as the API sent it, extension members included (`current` on a 412). */
export type ProblemDetails = Readonly<Problem & Record<string, unknown>>;

/** An answer together with the object's version as an ETag (`"3"`), which a change must send. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** The ETag of a version as the API writes it, for objects read from a list. */
export const etagOf = (version: number): string => `"${version}"`;

/** A failed API call, parsed from `application/problem+json` when the API sent one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  /**
   * Problems per form field, as sentences, keyed by the field's path without its location:
   * `email` for `body.email`, `topicIds.2` for `body.topicIds.2`, `mapping.Förnamn` as it is.
   */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly requestId: string | null;
  /** From `Retry-After` on 429 and 503, in seconds. */
  readonly retryAfterSeconds: number | null;
  /**
   * The problem details exactly as the API sent them, for pages that recognise the API's own
   * words (`detail`, `errors[].message`) or read extension members; null without a problem body.
   */
  readonly problem: ProblemDetails | null;
  /** The ETag sent with the failed answer: a 412 carries the version stored now. */
  readonly etag: string | null;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    message: string;
    fieldErrors?: Record<string, string>;
    requestId?: string | null;
    retryAfterSeconds?: number | null;
    problem?: ProblemDetails | null;
    etag?: string | null;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.problem = init.problem ?? null;
    this.etag = init.etag ?? null;
  }

  /**
   * The API's own words per field, unchanged (`is empty`, `is already used by another person`),
   * the first one for each key. `by: 'path'` keys them like {@link fieldErrors}; `by: 'field'` by
   * the top-level field (`topicIds` for `body.topicIds.2`), as a form shows one message a field.
   */
  fieldMessages(by: 'path' | 'field' = 'path'): Record<string, string> {
    const messages: Record<string, string> = {};
    for (const error of this.problem?.errors ?? []) {
      const path = fieldPath(error.field);
      const key = by === 'field' ? path.split(/[./]/)[0] : path;
      if (key) messages[key] ??= error.message;
    }
    return messages;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** True for a failed API call answered with this HTTP status. */
export function hasStatus(error: unknown, status: number): error is ApiError {
  return error instanceof ApiError && error.status === status;
}

/**
 * The version stored now, from a 412 (`current` and `currentVersion` in its problem details), with
 * its ETag, so an edit can be shown against it and sent again on top of it; null otherwise.
 */
export function staleVersionOf<T>(error: unknown): Versioned<T> | null {
  if (!hasStatus(error, 412)) return null;
  const current = error.problem?.current as T | undefined;
  const version = error.problem?.currentVersion;
  if (!current || typeof version !== 'number') return null;
  return { data: current, etag: error.etag ?? etagOf(version) };
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as it is instead of `body`, e.g. the bytes of a CSV file exactly as they were chosen. */
  raw?: { bytes: Blob | ArrayBuffer | string; contentType: string };
  query?: Record<string, string | number | boolean | undefined | null>;
  /**
   * The ETag read with the object (`etagOf(version)` for one read from a list): the API refuses
   * the change with 412 when someone else has changed the object since.
   */
  ifMatch?: string | null;
  signal?: AbortSignal;
}

/**
 * The one way the app talks to the API: same-origin cookie authentication, JSON in and out, and
 * every failure turned into an {@link ApiError} with a human message and per-field errors.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const { body } = await send(path, request);
  return body as T;
}

/**
 * Like {@link apiFetch}, with the answer's ETag: for reading an object that will be changed, and
 * for changes whose next change must send the new version. Without an `ETag` header the ETag is
 * made from the `version` in the answer.
 */
export async function apiFetchVersioned<T>(
  path: string,
  request: ApiRequest = {},
): Promise<Versioned<T>> {
  const { body, etag } = await send(path, request);
  const version = (body as { version?: unknown } | undefined)?.version;
  return { data: body as T, etag: etag ?? etagOf(typeof version === 'number' ? version : 0) };
}

async function send(
  path: string,
  request: ApiRequest,
): Promise<{ body: unknown; etag: string | null }> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let body: BodyInit | undefined;
  if (request.raw) {
    headers['Content-Type'] = request.raw.contentType;
    body = request.raw.bytes;
  } else if (request.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  if (request.ifMatch) headers['If-Match'] = request.ifMatch;

  let response: Response;
  try {
    response = await fetch(apiBase + path + queryString(request.query), {
      method: request.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (error) {
    // An abort is the caller's own decision (TanStack Query cancels stale requests); pass it on.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'The server could not be reached. Check your connection and try again.',
    });
  }

  const etag = response.headers.get('etag');
  if (response.status === 204) return { body: undefined, etag };
  const json = await readJson(response);
  if (!response.ok) throw toApiError(response, json);
  if (json === undefined) {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: 'The server sent an answer the app could not read.',
    });
  }
  return { body: json, etag };
}

function queryString(query: ApiRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function toApiError(response: Response, body: unknown): ApiError {
  const retryAfter = Number.parseInt(response.headers.get('retry-after') ?? '', 10);
  const retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : null;
  const etag = response.headers.get('etag');
  if (looksLikeProblem(body)) {
    const fieldErrors: Record<string, string> = {};
    for (const error of body.errors ?? []) {
      fieldErrors[fieldPath(error.field)] ??= sentence(error.message);
    }
    return new ApiError({
      status: body.status,
      code: body.code,
      message: sentence(body.detail || body.title || response.statusText),
      fieldErrors,
      requestId: body.requestId ?? null,
      retryAfterSeconds,
      problem: body,
      etag,
    });
  }
  return new ApiError({
    status: response.status,
    code: codeForStatus(response.status),
    message: sentence(response.statusText || `Request failed (${response.status})`),
    retryAfterSeconds,
    etag,
  });
}

/**
 * Same test as `isProblem` in @nk/shared; kept here so the browser bundle does not pull in the
 * shared package's runtime schemas for one type guard.
 */
function looksLikeProblem(value: unknown): value is ProblemDetails {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}

/** `body.email` → `email`, `querystring.cursor` → `cursor`, `/body/email` → `email`. */
function fieldPath(field: string): string {
  return field.replace(/^\/?(body|querystring|query|params|headers)[./]/, '').replace(/^\//, '');
}

function codeForStatus(status: number): ErrorCode | ClientErrorCode {
  switch (status) {
    case 400:
      return 'MALFORMED_REQUEST';
    case 401:
      return 'NOT_SIGNED_IN';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 412:
      return 'PRECONDITION_FAILED';
    case 413:
      return 'BODY_TOO_LARGE';
    case 429:
      return 'TOO_MANY_REQUESTS';
    case 503:
      return 'DATABASE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'UNEXPECTED_RESPONSE';
  }
}

/** Messages are shown as sentences: capital first letter, closing full stop. */
function sentence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return trimmed;
  const capitalised = trimmed[0]?.toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
