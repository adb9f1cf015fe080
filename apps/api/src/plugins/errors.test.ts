import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { toProblem } from './errors';

const request = { url: '/api/v1/search?q=anna', id: 'req-1' } as FastifyRequest;
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('database errors as problem details', () => {
  it('answers 503, not 500, when a statement runs past statement_timeout', () => {
    const problem = toProblem(
      pgError('57014', 'canceling statement due to statement timeout'),
      request,
    );
    expect(problem).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
    expect(problem.instance).toBe('/api/v1/search');
  });

  it('answers 503 when the server is shutting down, 409 for a duplicate, 500 for the unknown', () => {
    expect(toProblem(pgError('57P01', 'terminating connection'), request).status).toBe(503);
    expect(toProblem(pgError('23505', 'duplicate key'), request).code).toBe('DUPLICATE');
    expect(toProblem(new Error('something else'), request).status).toBe(500);
  });
});
