import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CounterpartsQuerySchema,
  CounterpartsSchema,
  CoverageQuerySchema,
  CoverageSchema,
  IdParamsSchema,
} from '@nk/shared';
import { accessOf } from '../../lib/access';
import { sendJson, serializerOf } from '../../lib/json-reply';
import { problemRef, signedIn } from '../../lib/openapi';
import { getCounterparts, getCoverage } from './service';

const tags = ['counterparts'];
const counterpartsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/counterparts',
    {
      schema: {
        tags,
        summary: 'Who to talk to: the counterpart roles of a post in the related organisations',
        description:
          "For a role (id or key) and an organisation: the posts of the role's counterpart roles " +
          'in organisations linked to it or to one above it (catchment `serves`, `partner`, ' +
          'either way) or sharing a network with it, grouped per related organisation, with who ' +
          'holds them (interim and deputies beside the holder) or since when they are vacant, as ' +
          'of `asOf`. `target` keeps one organisation (and those below it).',
        security: signedIn,
        querystring: CounterpartsQuerySchema,
        response: { 200: CounterpartsSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const access = await accessOf(request);
      const json = await getCounterparts(app.db, access, request.query, serializerOf(reply));
      return sendJson(reply, json);
    },
  );

  app.get(
    '/networks/:id/coverage',
    {
      schema: {
        tags: [...tags, 'networks'],
        summary: "A network's coverage grid: member organisations × roles, holder or vacancy",
        description:
          'Rows are the member organisations on `asOf` in Swedish name order; columns are the ' +
          "roles the network's posts use. Each cell holds the network's posts of that role in " +
          'or below the member (the nearest member when several contain it), who holds them and ' +
          'since when vacant ones are vacant.',
        security: signedIn,
        params: IdParamsSchema,
        querystring: CoverageQuerySchema,
        response: { 200: CoverageSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const access = await accessOf(request);
      const { id } = request.params;
      const json = await getCoverage(app.db, access, id, request.query, serializerOf(reply));
      return sendJson(reply, json);
    },
  );
};

export default counterpartsRoutes;
