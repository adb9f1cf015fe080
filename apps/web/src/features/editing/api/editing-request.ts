import type { ErrorCode } from '@nk/shared';
import { apiBase } from '../../../config/app';
import { ApiError, type ClientErrorCode } from '../../../lib/api-client';

/**
 * A failed write. Besides what {@link ApiError} carries it keeps the whole problem+json body:
 * a 412 carries the version stored now (`current`, `currentVersion`), which the conflict panel
 * compares with what the user read and changed.
 */
export class EditingError extends ApiError {
  readonly problem: Readonly<Record<string, unknown>>;
  /** The ETag sent with the answer (a 412 sends the current one). */
  readonly etag: string | null;

  constructor(
    init: ConstructorParameters<typeof ApiError>[0] & { problem?: object; etag?: string | null },
  ) {
    super(init);
    this.problem = (init.problem ?? {}) as Record<string, unknown>;
    this.etag = init.etag ?? null;
  }
}

export interface EditingRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Serialised as JSON. */
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  /** The ETag read with the object: the API refuses (412) a change to a newer version. */
  ifMatch?: string | null;
  signal?: AbortSignal;
}

/** An answer with the object's version as an ETag (`"3"`), which the next change must send. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** The ETag of a version as the API writes it, for objects read from a list. */
export const etagOf = (version: number) => `"${version}"`;

/**
 * Like `apiFetch`, for the calls it does not cover: `If-Match` on changes, the ETag of the
 * answer, and problem details kept whole (per-field errors, the current version on a 412).
 */
export async function editingRequest<T>(
  path: string,
  request: EditingRequest = {},
): Promise<Versioned<T>> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  if (request.ifMatch) headers['If-Match'] = request.ifMatch;

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
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new EditingError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'The server could not be reached.',
    });
  }

  const json = await readJson(response);
  const etag = response.headers.get('etag');
  if (!response.ok) throw toError(response, json, etag);
  const data = json as T & { version?: number };
  return { data, etag: etag ?? etagOf(data?.version ?? 0) };
}

function queryString(query: EditingRequest['query']): string {
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

function toError(response: Response, body: unknown, etag: string | null): EditingError {
  if (!isProblem(body)) {
    return new EditingError({
      status: response.status,
      code: codeForStatus(response.status),
      message: response.statusText || `Request failed (${response.status})`,
      etag,
    });
  }
  // `body.topicIds.2` → `topicIds`: a form shows one message per field.
  const fieldErrors: Record<string, string> = {};
  for (const error of body.errors ?? []) {
    const field = error.field
      .replace(/^\/?(body|query|querystring|params)[./]/, '')
      .split(/[./]/)[0];
    if (field) fieldErrors[field] ??= error.message;
  }
  return new EditingError({
    status: body.status,
    code: body.code,
    message: body.detail || body.title || response.statusText,
    fieldErrors,
    requestId: body.requestId ?? null,
    problem: body,
    etag,
  });
}

function codeForStatus(status: number): ErrorCode | ClientErrorCode {
  if (status === 401) return 'NOT_SIGNED_IN';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 412) return 'PRECONDITION_FAILED';
  if (status === 503) return 'DATABASE_UNAVAILABLE';
  return status >= 500 ? 'INTERNAL' : 'UNEXPECTED_RESPONSE';
}

/** The version stored now, from a 412, with its ETag; null for any other failure. */
export function staleVersionOf<T>(error: unknown): Versioned<T> | null {
  if (!(error instanceof EditingError) || error.status !== 412) return null;
  const current = error.problem.current as T | undefined;
  const version = error.problem.currentVersion;
  if (!current || typeof version !== 'number') return null;
  return { data: current, etag: error.etag ?? etagOf(version) };
}
