import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { ProblemSchema } from '@nk/shared';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** OpenAPI 3.1 from the route schemas, at /api/openapi.json, browsable at /api/docs. */
export default fp(
  async function openapi(app: FastifyInstance) {
    app.addSchema(ProblemSchema);
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Nätverkskatalogen API',
          version: '1.0.0',
          description:
            'The directory of the Nära vård network in Sörmland: organisations, people, roles, ' +
            'posts and who holds them. Errors are RFC 9457 problem details.',
        },
        servers: [{ url: '/' }],
        components: {
          securitySchemes: {
            bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            cookie: { type: 'apiKey', in: 'cookie', name: 'nk_session' },
          },
        },
        tags: [
          { name: 'auth', description: 'Sign-in and the signed-in user' },
          { name: 'organisations', description: 'Organisations, their hierarchy and posts' },
          { name: 'people', description: 'People, their posts, history and verification' },
          { name: 'roles', description: 'The role catalogue and counterpart pairs' },
          {
            name: 'networks',
            description: 'The network, its forums, programme areas and projects',
          },
          { name: 'topics', description: 'Focus areas of the roadmap and national missions' },
          { name: 'posts', description: 'Posts, vacancies and handovers' },
          { name: 'assignments', description: 'Who holds which post, from when to when' },
          { name: 'counterparts', description: 'Counterparts and coverage grids' },
          { name: 'suggestions', description: '"This is wrong" reports for stewards' },
          { name: 'users', description: 'Sign-in accounts, roles and steward scopes (admin)' },
          { name: 'audit', description: 'The append-only log of every change (admin)' },
          { name: 'exports', description: 'vCard and CSV downloads of people (audit-logged)' },
          { name: 'imports', description: "CSV import of an organisation's list as desired state" },
          {
            name: 'review',
            description: "What needs a steward's attention: stale, incomplete, duplicate, vacant",
          },
          { name: 'privacy', description: 'Register extract, erasure and retention (GDPR)' },
          { name: 'fhir', description: 'Read-only FHIR R4 facade (application/fhir+json)' },
          { name: 'operations', description: 'Health and readiness' },
        ],
      },
      refResolver: {
        buildLocalReference: (json, _base, _fragment, i) => String(json.$id ?? `def-${i}`),
      },
    });
    await app.register(swaggerUi, {
      routePrefix: '/api/docs',
      // Swagger UI styles elements from its script, so its pages alone allow inline styles;
      // scripts stay same-origin only, like the rest of the product.
      staticCSP: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    });
    app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
