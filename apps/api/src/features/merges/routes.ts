import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParamsSchema, MergePeopleBodySchema, PersonMergeSchema } from '@nk/shared';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { signedIn, writeErrors } from '../../lib/openapi';
import { mergePeople, undoMerge } from './service';

const tags = ['people'];

const mergesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/people/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a duplicate entry into this person; needs If-Match of this person',
        description:
          "The duplicate's posts and history, topics, reports and sign-in account move here; " +
          'fields listed in `take` come from the duplicate; the duplicate is archived. Stewards ' +
          'of both organisations and admins. Undo with `POST /merges/{id}/undo`.',
        security: signedIn,
        params: IdParamsSchema,
        body: MergePeopleBodySchema,
        response: { 201: PersonMergeSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const merge = await mergePeople(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        requiredVersion(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, merge.survivor.version);
      return reply.code(201).send(merge);
    },
  );

  app.post(
    '/merges/:id/undo',
    {
      schema: {
        tags,
        summary: 'Undo a merge: both entries as they were, if neither changed since',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: PersonMergeSchema, ...writeErrors },
      },
    },
    async (request) =>
      undoMerge(app.db, request, await accessOf(request), request.params.id, actorOf(request)),
  );
};

export default mergesRoutes;
