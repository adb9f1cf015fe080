import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SearchQuerySchema, SearchResultSchema } from '@nk/shared';
import { accessOf } from '../../lib/access';
import { sendJson, serializerOf } from '../../lib/json-reply';
import { problemRef, signedIn } from '../../lib/openapi';
import { keptSearch } from './service';

const searchRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/search',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['search'],
        summary:
          'Find people, organisations, roles, posts and networks the way people type: any order, prefixes, no diacritics, typos, abbreviations, phone numbers',
        description:
          'Exact words rank above word prefixes, prefixes above matches inside a word, and those above near misses; among equals, people holding a post come first. Facets count the best few hundred candidates of each kind.',
        security: signedIn,
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema, 400: problemRef, 401: problemRef },
      },
    },
    async (request, reply) => {
      const access = await accessOf(request);
      return sendJson(reply, await keptSearch(app.db, access, request.query, serializerOf(reply)));
    },
  );
};

export default searchRoutes;
