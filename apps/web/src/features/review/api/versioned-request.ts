import type { ErrorCode } from '@nk/shared';
import { apiBase } from '../../../config/app';
import { ApiError, apiFetch } from '../../../lib/api-client';

/**
 * A POST that must not overwrite a change the caller has not seen: `If-Match` carries the version
 * read earlier. `apiFetch` sends no extra headers, so this one call goes through `fetch` itself
 * and turns a failure into the same {@link ApiError} (status, code, per-field errors).
 */
export async function postWithVersion<T>(path: string, version: number, body: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiBase + path, {
      method: 'POST',
      headers: {
        Accept: 'application/json, application/problem+json',
        'Content-Type': 'application/json',
        'If-Match': `"${version}"`,
      },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error.' });
  }
  const json = (await response.json().catch(() => undefined)) as
    | {
        code?: ErrorCode;
        detail?: string;
        title?: string;
        errors?: { field: string; message: string }[];
      }
    | undefined;
  if (response.ok) return json as T;
  const fieldErrors: Record<string, string> = {};
  for (const error of json?.errors ?? []) {
    fieldErrors[error.field.replace(/^\/?(body|query|params)[./]/, '')] ??= error.message;
  }
  throw new ApiError({
    status: response.status,
    code: json?.code ?? 'UNEXPECTED_RESPONSE',
    message: json?.detail ?? json?.title ?? response.statusText,
    fieldErrors,
  });
}

/** A plain POST through the app's one client, for calls that need no version. */
export const post = <T>(path: string, body: unknown = {}) =>
  apiFetch<T>(path, { method: 'POST', body });
