import { type ErrorCode, errorStatus, type FieldError } from '@nk/shared';

/** An error the client caused or may act on; the error handler turns it into problem+json. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    readonly detail: string,
    readonly extra: { errors?: FieldError[]; headers?: Record<string, string>; body?: object } = {},
  ) {
    super(detail);
    this.name = 'AppError';
    this.status = errorStatus[code];
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (detail = 'You are not allowed to do this.') =>
  new AppError('FORBIDDEN', detail);
