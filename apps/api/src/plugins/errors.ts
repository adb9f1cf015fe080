import {
  type ErrorCode,
  errorStatus,
  type FieldError,
  type Problem,
  problemType,
} from '@nk/shared';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';
import { dataHeaders } from './security-headers';

const titles: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request has invalid fields',
  MALFORMED_REQUEST: 'The request could not be read',
  NOT_SIGNED_IN: 'Sign-in required',
  INVALID_CREDENTIALS: 'Wrong e-mail or password',
  TOKEN_INVALID: 'The sign-in has expired or is invalid',
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  DUPLICATE: 'Already exists',
  OVERLAPPING_ASSIGNMENT: 'Overlapping assignment',
  PRECONDITION_FAILED: 'The record has changed since you read it',
  BODY_TOO_LARGE: 'The request body is too large',
  URI_TOO_LONG: 'The address is too long',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  UNPROCESSABLE: 'The request cannot be carried out',
  PRECONDITION_REQUIRED: 'If-Match header required',
  TOO_MANY_REQUESTS: 'Too many requests',
  INTERNAL: 'Internal error',
  DATABASE_UNAVAILABLE: 'The database is unavailable',
};

interface AjvErrorLike {
  instancePath?: string;
  message?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** Turns Ajv's errors into one entry per field, e.g. `body.email: must match format "email"`. */
export function fieldErrors(context: string, errors: AjvErrorLike[]): FieldError[] {
  return errors.map((error) => {
    const segments = (error.instancePath ?? '').split('/').filter(Boolean);
    const missing = error.params?.missingProperty ?? error.params?.additionalProperty;
    if (typeof missing === 'string') segments.push(missing);
    const field = [context, ...segments].join('.');
    const message =
      error.keyword === 'additionalProperties'
        ? 'is not a known field'
        : error.keyword === 'required'
          ? 'is required'
          : (error.message ?? 'is invalid');
    return { field, message };
  });
}

// PostgreSQL SQLSTATEs that mean the client sent something the constraints refuse.
const constraintErrors: Record<string, ErrorCode> = {
  '23505': 'DUPLICATE',
  '23P01': 'OVERLAPPING_ASSIGNMENT',
  '23503': 'UNPROCESSABLE',
  '23514': 'UNPROCESSABLE',
  '23502': 'UNPROCESSABLE',
  '22P02': 'VALIDATION_FAILED',
  '22007': 'VALIDATION_FAILED',
  '22008': 'VALIDATION_FAILED',
  '22001': 'VALIDATION_FAILED',
  '22003': 'VALIDATION_FAILED',
  // A NUL character: PostgreSQL text cannot hold one (normally refused before, in validation).
  '22021': 'VALIDATION_FAILED',
  '22P05': 'VALIDATION_FAILED',
};

const constraintDetails: Partial<Record<ErrorCode, string>> = {
  DUPLICATE: 'A record with the same unique value already exists.',
  OVERLAPPING_ASSIGNMENT: 'The post already has a holder during part of that period.',
  UNPROCESSABLE: 'The change breaks a rule of the directory (a missing reference or a bad value).',
  VALIDATION_FAILED: 'A value has the wrong form.',
};

function isDatabaseDown(error: { code?: unknown; message?: string }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  return (
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      'ENOTFOUND',
      '57P01',
      '57P02',
      '57P03',
    ].includes(code) ||
    code.startsWith('08') ||
    // A database closed to connections (ALLOW_CONNECTIONS false, too many) is down for us too.
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|not currently accepting connections|too many connections|not queryable/i.test(
      error.message ?? '',
    )
  );
}

type AnyError = Error & {
  code?: string;
  statusCode?: number;
  validation?: FastifyError['validation'];
  validationContext?: string;
};

export function toProblem(error: AnyError | AppError, request: FastifyRequest): Problem {
  const base = (code: ErrorCode, detail?: string, errors?: FieldError[]): Problem => ({
    type: problemType(code),
    title: titles[code],
    status: errorStatus[code],
    code,
    ...(detail ? { detail } : {}),
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors } : {}),
  });

  if (error instanceof AppError) {
    return { ...base(error.code, error.detail, error.extra.errors), ...error.extra.body };
  }
  if (error.validation) {
    const errors = fieldErrors(error.validationContext ?? 'body', error.validation);
    return base('VALIDATION_FAILED', 'Some fields are missing or invalid.', errors);
  }
  const code = error.code ?? '';
  const sqlCode = constraintErrors[code];
  if (sqlCode) {
    const constraint = (error as { constraint?: string }).constraint;
    const detail = constraintDetails[sqlCode];
    return base(sqlCode, constraint ? `${detail} (${constraint})` : detail);
  }
  if (isDatabaseDown(error)) return base('DATABASE_UNAVAILABLE', 'Please try again shortly.');
  // statement_timeout: the database is up but too busy to answer this in time.
  if (code === '57014') {
    return base(
      'DATABASE_UNAVAILABLE',
      'The directory took too long to answer; try again shortly.',
    );
  }
  // @fastify/jwt passes fast-jwt's own errors (FAST_JWT_INACTIVE: used before its nbf) through unwrapped.
  if (code.startsWith('FST_JWT') || code.startsWith('FAST_JWT') || error.statusCode === 401) {
    const missing = code.startsWith('FST_JWT_NO_AUTHORIZATION');
    return missing
      ? base('NOT_SIGNED_IN', 'Sign in to use the directory.')
      : base('TOKEN_INVALID', 'Sign in again.');
  }
  switch (error.statusCode) {
    case 400:
      return base('MALFORMED_REQUEST', error.message);
    case 404:
      return base('NOT_FOUND', error.message);
    case 413:
      return base('BODY_TOO_LARGE', 'Send a smaller request body.');
    case 414:
      return base('URI_TOO_LONG', 'Use a shorter address: an id is at most 200 characters.');
    case 415:
      return base('UNSUPPORTED_MEDIA_TYPE', error.message);
    case 429:
      return base('TOO_MANY_REQUESTS', error.message);
    default:
      return base('INTERNAL');
  }
}

/** Sends a problem as `application/problem+json`, bypassing the route's success serialiser. */
export function sendProblem(
  reply: FastifyReply,
  problem: Problem,
  headers: Record<string, string> = {},
) {
  return reply
    .code(problem.status)
    .headers(headers)
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(problem);
}

/**
 * Fastify's own errors from before routing (a URL that cannot be decoded, an over-long id) as
 * problem details too: pass as the `frameworkErrors` option.
 */
export function frameworkProblem(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  request.log.info({ code: error.code }, error.message);
  // Refused before routing, so before the hooks that set these on every other answer.
  reply.headers(dataHeaders).header('x-request-id', request.id);
  return sendProblem(reply, toProblem(error, request));
}

/** One place where every failure becomes RFC 9457 problem details; 5xx details are only logged. */
export default fp(
  async function errors(app: FastifyInstance) {
    app.setErrorHandler((error: AnyError, request, reply) => {
      const problem = toProblem(error, request);
      if (problem.status >= 500) {
        request.log.error({ err: error }, 'request failed');
      } else {
        request.log.info({ code: problem.code, status: problem.status }, error.message);
      }
      const headers = error instanceof AppError ? error.extra.headers : undefined;
      return sendProblem(reply, problem, headers);
    });
  },
  { name: 'errors' },
);
