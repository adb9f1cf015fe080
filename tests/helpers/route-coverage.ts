import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect, inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where each test app writes the statuses its routes answered (tests/setup/route-coverage). */
    routeCoverageDir: string;
  }
}

/** What one test app saw: its test file, the API's operations, and each one's statuses. */
export interface RouteAnswers {
  file: string;
  operations: string[];
  answers: Record<string, number[]>;
}

/** `GET /api/v1/people/:id` for an OpenAPI path and method, as Fastify names the route. */
export const operationKey = (method: string, openApiPath: string) =>
  `${method.toUpperCase()} ${openApiPath.replace(/\{(\w+)\}/g, ':$1')}`;

/**
 * Notes the status of every answer by route and, when the app closes, writes them to the run's
 * folder, for the check that every operation answered both a success and an error.
 */
export function recordRouteAnswers(app: FastifyInstance) {
  const dir = inject('routeCoverageDir');
  if (!dir) return;
  const file = path.basename(expect.getState().testPath ?? 'unknown');
  const answers = new Map<string, Set<number>>();
  app.addHook('onResponse', async (request, reply) => {
    const key = `${request.method} ${request.routeOptions.url ?? ''}`;
    const statuses = answers.get(key) ?? new Set<number>();
    statuses.add(reply.statusCode);
    answers.set(key, statuses);
  });
  app.addHook('onClose', async () => {
    const document = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const record: RouteAnswers = {
      file,
      operations: Object.entries(document.paths).flatMap(([route, methods]) =>
        Object.keys(methods).map((method) => operationKey(method, route)),
      ),
      answers: Object.fromEntries([...answers].map(([key, statuses]) => [key, [...statuses]])),
    };
    writeFileSync(path.join(dir, `${randomUUID()}.json`), JSON.stringify(record));
  });
}
