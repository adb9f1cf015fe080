import { fileURLToPath } from 'node:url';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Database } from '@nk/db';
import Fastify, { type FastifyServerOptions } from 'fastify';
import assignmentsRoutes from './features/assignments/routes';
import auditRoutes from './features/audit/routes';
import authRoutes from './features/auth/routes';
import counterpartsRoutes from './features/counterparts/routes';
import exportsRoutes from './features/exports/routes';
import fhirRoutes from './features/fhir/routes';
import healthRoutes from './features/health/routes';
import importsRoutes from './features/imports/routes';
import mergesRoutes from './features/merges/routes';
import networksRoutes from './features/networks/routes';
import organisationRoutes from './features/organisations/routes';
import peopleRoutes from './features/people/routes';
import postsRoutes from './features/posts/routes';
import privacyRoutes from './features/privacy/routes';
import reviewRoutes from './features/review/routes';
import rolesRoutes from './features/roles/routes';
import searchRoutes from './features/search/routes';
import suggestionsRoutes from './features/suggestions/routes';
import topicsRoutes from './features/topics/routes';
import usersRoutes from './features/users/routes';
import { serializersOnFirstUse } from './lib/compile-on-first-use';
import auth from './plugins/auth';
import database from './plugins/database';
import errors, { frameworkProblem } from './plugins/errors';
import openapi from './plugins/openapi';
import securityHeaders from './plugins/security-headers';
import validation from './plugins/validation';
import web from './plugins/web';

export interface AppOptions {
  database: Database;
  jwtSecret: string;
  logger?: FastifyServerOptions['logger'];
  /** Set in production (HTTPS): session cookies get the Secure flag. */
  secureCookies?: boolean;
  /** Sign-in attempts per client address per minute. */
  loginRateLimit?: number;
  /** Folder of the built web app; defaults to apps/web/dist. */
  webRoot?: string;
}

/** Only this origin's own scripts, styles and data: no inline code, no third parties. */
const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const defaultWebRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Builds the whole application; `server.ts` listens, tests call `inject`. */
export async function buildApp(options: AppOptions) {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkProblem,
    schemaController: { compilersFactory: { buildSerializer: serializersOnFirstUse() } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Set as the request comes, so every answer carries it, errors included.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });

  // External plugins, then the app's own, then features (fastify/demo's order).
  await app.register(securityHeaders, {
    pages: { contentSecurityPolicy: { directives: contentSecurityPolicy } },
    dataPaths: ['/api/v1/', '/api/openapi.json', '/fhir/', '/healthz', '/readyz'],
  });
  await app.register(rateLimit, { global: false });
  await app.register(errors);
  await app.register(validation);
  await app.register(database, { database: options.database });
  await app.register(auth, {
    jwtSecret: options.jwtSecret,
    secureCookies: options.secureCookies ?? false,
  });
  await app.register(openapi);

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes, { loginRateLimit: options.loginRateLimit ?? 20 });
      await api.register(organisationRoutes);
      await api.register(peopleRoutes);
      await api.register(rolesRoutes);
      await api.register(networksRoutes);
      await api.register(topicsRoutes);
      await api.register(postsRoutes);
      await api.register(assignmentsRoutes);
      await api.register(counterpartsRoutes);
      await api.register(searchRoutes);
      await api.register(exportsRoutes);
      await api.register(importsRoutes);
      await api.register(reviewRoutes);
      await api.register(mergesRoutes);
      await api.register(suggestionsRoutes);
      await api.register(usersRoutes);
      await api.register(auditRoutes);
      await api.register(privacyRoutes);
    },
    { prefix: '/api/v1' },
  );
  await app.register(fhirRoutes, { prefix: '/fhir/r4' });
  await app.register(web, { root: options.webRoot ?? defaultWebRoot });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
