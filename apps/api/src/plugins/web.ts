import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';

const apiPrefixes = ['/api/', '/fhir/', '/healthz', '/readyz'];

/**
 * Serves the built single-page app; any other GET that asks for HTML gets index.html so deep
 * links work. Everything else that matches no route is a 404 problem.
 */
export default fp<{ root: string }>(
  async function web(app: FastifyInstance, options) {
    const hasApp = existsSync(`${options.root}/index.html`);
    if (hasApp) {
      await app.register(fastifyStatic, {
        root: options.root,
        wildcard: false,
        index: false,
        setHeaders: (res, filePath) => {
          res.header(
            'cache-control',
            filePath.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        },
      });
    }
    app.setNotFoundHandler((request, reply) => {
      const isApi = apiPrefixes.some((p) => request.url.startsWith(p));
      const wantsHtml = request.headers.accept?.includes('text/html') ?? false;
      if (hasApp && request.method === 'GET' && !isApi && wantsHtml) {
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      }
      throw new AppError(
        'NOT_FOUND',
        `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
      );
    });
  },
  { name: 'web' },
);
