import type { ErrorCode, FieldError, Problem } from '@nk/shared';
import { apiBase } from '../config/app';

/** `{ items, nextCursor }`: the shape of every list the API returns. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Codes of failures that never reached the API or got an answer it did not describe. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** A failed API call, parsed from `application/problem+json` when the API sent one. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when the request never got an answer. */
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode;
  /** Problems per form field, keyed by field name (`email`, not `body.email`). */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly requestId: string | null;
  /** From `Retry-After` on 429 and 503, in seconds. */
  readonly retryAfterSeconds: number | null;

  constructor(init: {
    status: number;
    code: ErrorCode | ClientErrorCode;
    message: string;
    fieldErrors?: Record<string, string>;
    requestId?: string | null;
    retryAfterSeconds?: number | null;
  }) {
    super(init.message);
    this.status = init.status;
    this.code = init.code;
    this.fieldErrors = init.fieldErrors ?? {};
    this.requestId = init.requestId ?? null;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  signal?: AbortSignal;
}

/**
 * The one way the app talks to the API: same-origin cookie authentication, JSON in and out, and
 * every failure turned into an {@link ApiError} with a human message and per-field errors.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(apiBase + path + queryString(request.query), {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
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

  if (response.status === 204) return undefined as T;
  const body = await readJson(response);
  if (!response.ok) throw toApiError(response, body);
  if (body === undefined) {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      message: 'The server sent an answer the app could not read.',
    });
  }
  return body as T;
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
  if (looksLikeProblem(body)) {
    return new ApiError({
      status: body.status,
      code: body.code,
      message: sentence(body.detail || body.title || response.statusText),
      fieldErrors: fieldErrorMap(body.errors),
      requestId: body.requestId ?? null,
      retryAfterSeconds,
    });
  }
  return new ApiError({
    status: response.status,
    code: codeForStatus(response.status),
    message: sentence(response.statusText || `Request failed (${response.status})`),
    retryAfterSeconds,
  });
}

/**
 * Same test as `isProblem` in @nk/shared; kept here so the browser bundle does not pull in the
 * shared package's runtime schemas for one type guard.
 */
function looksLikeProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}

function fieldErrorMap(errors: FieldError[] | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors ?? []) {
    const field = error.field.replace(/^\/?(body|query|params)[./]/, '').replace(/^\//, '');
    map[field] ??= sentence(error.message);
  }
  return map;
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
