import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ReviewQuerySchema, ReviewQueueSchema } from '@nk/shared';
import { accessOf } from '../../lib/access';
import { problemRef, signedIn } from '../../lib/openapi';
import { getReviewQueue } from './service';

const reviewRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/review',
    {
      schema: {
        tags: ['review'],
        summary: "The review queue: what needs a steward's attention in their organisations",
        description:
          'People unconfirmed for twelve months, people without e-mail or phone, likely ' +
          'duplicates, vacancies (and those new in 90 days), open suggestions. Stewards see ' +
          'their organisations, admins all; `organisation` narrows to one tree in scope. ' +
          'Confirm a person as still correct with `POST /people/{id}/verify`.',
        security: signedIn,
        querystring: ReviewQuerySchema,
        response: { 200: ReviewQueueSchema, 400: problemRef, 401: problemRef, 403: problemRef },
      },
    },
    async (request) => getReviewQueue(app.db, request, await accessOf(request), request.query),
  );
};

export default reviewRoutes;
