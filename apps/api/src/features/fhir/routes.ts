import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { accessOf } from '../../lib/access';
import { signedIn } from '../../lib/openapi';
import { searchsetBundle } from './bundle';
import { capabilityStatement } from './capability-statement';
import { FhirError, toOutcome } from './operation-outcome';
import { parseSearch, resourceTypes } from './search-params';
import { type FhirContext, read, search } from './service';

const fhirJson = 'application/fhir+json; charset=utf-8';
const tags = ['fhir'];

/**
 * The read-only FHIR R4 facade under /fhir/r4. Everything it answers, errors included, is
 * `application/fhir+json`; failures are OperationOutcomes rather than the API's problem+json,
 * because that is what FHIR clients parse.
 */
const fhirRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const baseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}${app.prefix}`;
  const contextOf = (request: FastifyRequest): FhirContext => ({
    db: app.db,
    base: baseOf(request),
    access: () => accessOf(request),
  });
  const sendFhir = (reply: FastifyReply, body: unknown) =>
    reply.type(fhirJson).serializer(JSON.stringify).send(body);

  app.setErrorHandler((error, request, reply) => {
    const { status, outcome, headers } = toOutcome(error);
    if (status >= 500) request.log.error({ err: error }, 'FHIR request failed');
    else request.log.info({ status }, outcome.issue[0]?.diagnostics);
    return reply
      .code(status)
      .headers(headers)
      .type(fhirJson)
      .serializer(JSON.stringify)
      .send(outcome);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      reply.header('allow', 'GET, HEAD');
      throw new FhirError(
        405,
        'not-supported',
        `This FHIR server is read-only: ${request.method} ${path} is not supported.`,
      );
    }
    throw new FhirError(
      404,
      'not-supported',
      `There is nothing at ${path}; supported: metadata, ${resourceTypes.join(', ')}.`,
    );
  });

  app.get(
    '/metadata',
    {
      schema: {
        tags,
        summary:
          'The CapabilityStatement: every resource, interaction and search parameter supported',
      },
    },
    async (request, reply) => sendFhir(reply, capabilityStatement(baseOf(request))),
  );

  for (const type of resourceTypes) {
    app.get(
      `/${type}`,
      {
        onRequest: app.authenticate,
        schema: {
          tags,
          summary: `Search ${type} (a searchset Bundle; parameters as in the CapabilityStatement)`,
          security: signedIn,
        },
      },
      async (request, reply) => {
        const query = request.query as Record<string, string | string[] | undefined>;
        const parsed = parseSearch(type, query);
        const result = await search(contextOf(request), type, parsed);
        const rawQuery = request.url.includes('?')
          ? request.url.slice(request.url.indexOf('?') + 1)
          : '';
        return sendFhir(reply, searchsetBundle(baseOf(request), type, rawQuery, result));
      },
    );

    app.get(
      `/${type}/:id`,
      {
        onRequest: app.authenticate,
        schema: {
          tags,
          summary: `Read one ${type} by id`,
          security: signedIn,
          params: Type.Object({ id: Type.String() }),
        },
      },
      async (request, reply) => {
        const resource = await read(contextOf(request), type, request.params.id);
        const version = 'meta' in resource ? resource.meta?.versionId : undefined;
        if (version) reply.header('etag', `W/"${version}"`);
        return sendFhir(reply, resource);
      },
    );
  }
};

export default fhirRoutes;
