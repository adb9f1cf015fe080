import { AppError } from '../../lib/app-error';
import type { OperationOutcome } from './types';

/** The FHIR issue types this facade reports (a subset of http://hl7.org/fhir/issue-type). */
export type IssueType =
  | 'invalid'
  | 'value'
  | 'not-supported'
  | 'not-found'
  | 'login'
  | 'forbidden'
  | 'too-costly'
  | 'transient'
  | 'exception';

/** An error the facade answers with an OperationOutcome of this status and issue type. */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly issue: IssueType,
    readonly diagnostics: string,
    /** FHIRPath-ish location of the problem, e.g. `Organization?name:sounds`. */
    readonly expression?: string,
  ) {
    super(diagnostics);
    this.name = 'FhirError';
  }
}

export const badRequest = (diagnostics: string, expression?: string) =>
  new FhirError(400, 'invalid', diagnostics, expression);

export const notSupported = (diagnostics: string, expression?: string) =>
  new FhirError(400, 'not-supported', diagnostics, expression);

export const resourceNotFound = (type: string, id: string) =>
  new FhirError(404, 'not-found', `${type}/${id} is not known to this server.`);

export function operationOutcome(
  issue: IssueType,
  diagnostics: string,
  expression?: string,
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: issue === 'transient' ? 'error' : issue === 'exception' ? 'fatal' : 'error',
        code: issue,
        diagnostics,
        ...(expression ? { expression: [expression] } : {}),
      },
    ],
  };
}

interface ErrorLike {
  code?: unknown;
  statusCode?: number;
  message?: string;
  validation?: unknown;
}

const databaseDown = /^(08|57P0)|^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND)$/;

/**
 * Turns any failure inside the facade into status + OperationOutcome, mirroring the API's
 * problem+json mapping (plugins/errors.ts): the client's mistakes are 4xx with a reason,
 * everything else is a 5xx whose detail is only logged.
 */
export function toOutcome(error: unknown): {
  status: number;
  outcome: OperationOutcome;
  headers: Record<string, string>;
} {
  const unauthenticated = { 'www-authenticate': 'Bearer realm="fhir"' };
  if (error instanceof FhirError) {
    return {
      status: error.status,
      outcome: operationOutcome(error.issue, error.diagnostics, error.expression),
      headers: error.status === 401 ? unauthenticated : {},
    };
  }
  if (error instanceof AppError) {
    const issue: IssueType =
      error.status === 401
        ? 'login'
        : error.status === 403
          ? 'forbidden'
          : error.status === 404
            ? 'not-found'
            : error.status === 503
              ? 'transient'
              : error.status < 500
                ? 'invalid'
                : 'exception';
    const detail =
      error.extra.errors?.map((e) => `${e.field}: ${e.message}`).join('; ') || error.detail;
    return {
      status: error.status,
      outcome: operationOutcome(issue, error.status >= 500 ? 'Internal error.' : detail),
      headers: { ...(error.status === 401 ? unauthenticated : {}), ...error.extra.headers },
    };
  }
  const e = (error ?? {}) as ErrorLike;
  const code = typeof e.code === 'string' ? e.code : '';
  if (code.startsWith('FST_JWT') || code.startsWith('FAST_JWT') || e.statusCode === 401) {
    const missing = code.startsWith('FST_JWT_NO_AUTHORIZATION');
    return {
      status: 401,
      outcome: operationOutcome(
        'login',
        missing
          ? 'Sign in: send Authorization: Bearer <token>.'
          : 'The token is invalid or expired.',
      ),
      headers: unauthenticated,
    };
  }
  // SQLSTATE class 22 (data exception): a value the database could not read, e.g. a forged cursor.
  if (/^22[0-9A-Z]{3}$/.test(code)) {
    return {
      status: 400,
      outcome: operationOutcome('invalid', 'A search value has the wrong form.'),
      headers: {},
    };
  }
  if (databaseDown.test(code)) {
    return {
      status: 503,
      outcome: operationOutcome('transient', 'The database is unavailable; try again shortly.'),
      headers: { 'retry-after': '5' },
    };
  }
  if (e.statusCode !== undefined && e.statusCode >= 400 && e.statusCode < 500) {
    return {
      status: e.statusCode,
      outcome: operationOutcome('invalid', e.message ?? 'The request could not be read.'),
      headers: {},
    };
  }
  return { status: 500, outcome: operationOutcome('exception', 'Internal error.'), headers: {} };
}
