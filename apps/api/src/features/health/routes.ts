import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../lib/app-error';
import { problemRef } from '../../lib/openapi';

const readinessTimeoutMs = 2_000;

const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The process is alive',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'The process can serve requests: the database answers',
        response: {
          200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }),
          503: problemRef,
        },
      },
    },
    async () => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), readinessTimeoutMs);
      });
      try {
        await Promise.race([app.database.ping(), timeout]);
      } catch {
        throw new AppError('DATABASE_UNAVAILABLE', 'The database does not answer.');
      } finally {
        clearTimeout(timer);
      }
      return { status: 'ready' as const, database: app.database.kind };
    },
  );
};

export default healthRoutes;
