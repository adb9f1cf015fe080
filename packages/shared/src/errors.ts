/** Application error codes; each maps to one HTTP status and a problem type URI. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  NOT_SIGNED_IN: 401,
  INVALID_CREDENTIALS: 401,
  TOKEN_INVALID: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  OVERLAPPING_ASSIGNMENT: 409,
  PRECONDITION_FAILED: 412,
  BODY_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

/** One field's problem, `field` is a JSON pointer-like dotted path such as `body.email`. */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as every error response of the API carries them. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: ErrorCode;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
}

export const problemTypeBase = 'https://natverkskatalogen.example/problems/';

export function problemType(code: ErrorCode): string {
  return problemTypeBase + code.toLowerCase().replaceAll('_', '-');
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Problem).status === 'number' &&
    typeof (value as Problem).code === 'string'
  );
}
