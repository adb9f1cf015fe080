import type { ErrorCode } from '@nk/shared';
import { apiBase } from '../../../config/app';
import { ApiError, type ClientErrorCode } from '../../../lib/api-client';

/**
 * A failed administration call. Besides what {@link ApiError} carries it keeps the whole
 * problem+json body, because some answers hold more than a message: a 412 carries the version
 * stored now (`current`, `currentVersion`) so that the user can reapply an edit on top of it.
 */
export class AdminApiError extends ApiError {
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(init: ConstructorParameters<typeof ApiError>[0] & { problem?: object }) {
    super(init);
    this.problem = (init.problem ?? {}) as Record<string, unknown>;
  }
}

export interface AdminRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  /** Sent as it is, e.g. the bytes of a CSV file exactly as they were chosen. */
  raw?: { bytes: ArrayBuffer; contentType: string };
  query?: Record<string, string | number | undefined | null>;
  /** The ETag read earlier, for changes that must not overwrite someone else's. */
  ifMatch?: string;
  signal?: AbortSignal;
}

export interface AdminResponse<T> {
  data: T;
  /** The entity's version as an ETag (`"3"`), when the API sent one. */
  etag: string | null;
}

/**
 * Like `apiFetch`, for the calls it does not cover: raw request bodies (CSV uploads), `If-Match`,
 * and answers whose ETag or problem details matter.
 */
export async function adminRequest<T>(
  path: string,
  request: AdminRequest = {},
): Promise<AdminResponse<T>> {
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
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new AdminApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'The server could not be reached.',
    });
  }

  const json = await readJson(response);
  if (!response.ok) throw toError(response, json);
  return { data: json as T, etag: response.headers.get('etag') };
}

function queryString(query: AdminRequest['query']): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function readJson(response: Response): Promise<unknown> {
  if (!(response.headers.get('content-type') ?? '').includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

interface ProblemBody {
  status: number;
  code: ErrorCode;
  title?: string;
  detail?: string;
  requestId?: string;
  errors?: { field: string; message: string }[];
}

function isProblem(value: unknown): value is ProblemBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ProblemBody).status === 'number' &&
    typeof (value as ProblemBody).code === 'string'
  );
}

function toError(response: Response, body: unknown): AdminApiError {
  if (!isProblem(body)) {
    return new AdminApiError({
      status: response.status,
      code: codeForStatus(response.status),
      message: response.statusText || `Request failed (${response.status})`,
    });
  }
  const fieldErrors: Record<string, string> = {};
  for (const error of body.errors ?? []) {
    const field = error.field.replace(/^\/?(body|query|querystring|params)[./]/, '');
    fieldErrors[field] ??= error.message;
  }
  return new AdminApiError({
    status: body.status,
    code: body.code,
    message: body.detail || body.title || response.statusText,
    fieldErrors,
    requestId: body.requestId ?? null,
    problem: body,
  });
}

function codeForStatus(status: number): ErrorCode | ClientErrorCode {
  if (status === 401) return 'NOT_SIGNED_IN';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 503) return 'DATABASE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL' : 'UNEXPECTED_RESPONSE';
}

/** True for a failed call with this HTTP status. */
export function hasStatus(error: unknown, status: number): error is AdminApiError {
  return error instanceof ApiError && error.status === status;
}
