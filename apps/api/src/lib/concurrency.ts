import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './app-error';

/** A strong ETag of an entity's version: `"7"`. */
export const etagOf = (version: number) => `"${version}"`;

export function setEtag(reply: FastifyReply, version: number): void {
  reply.header('etag', etagOf(version));
}

/**
 * The version the client last read, from `If-Match` (RFC 9110 §13.1.1). Changes without it are
 * refused with 428 so that no client can overwrite an edit it has not seen.
 */
export function requiredVersion(request: FastifyRequest): number {
  const header = request.headers['if-match'];
  if (header === undefined) {
    throw new AppError(
      'PRECONDITION_REQUIRED',
      'Send If-Match with the ETag you read, so no one else’s change is overwritten.',
    );
  }
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(String(header).trim());
  if (!match) {
    throw new AppError('VALIDATION_FAILED', 'If-Match must be an ETag such as "3".', {
      errors: [{ field: 'headers.if-match', message: 'must be an ETag such as "3"' }],
    });
  }
  return Number(match[1]);
}

/** 412 with the version that is stored now, so the client can re-read and reapply. */
export function staleVersion(currentVersion: number, current: object): AppError {
  return new AppError(
    'PRECONDITION_FAILED',
    'Someone else changed this after you read it. Read it again and reapply your change.',
    { body: { currentVersion, current }, headers: { etag: etagOf(currentVersion) } },
  );
}
