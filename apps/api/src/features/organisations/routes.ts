import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  IdParamsSchema,
  ListOrganisationsQuerySchema,
  OrganisationDetailQuerySchema,
  OrganisationDetailSchema,
  OrganisationSchema,
  PageSchema,
} from '@nk/shared';
import { problemRef, signedIn } from '../../lib/openapi';
import { loadViewer } from '../../lib/viewer';
import { getOrganisationDetail, listOrganisations } from './service';

const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'List organisations in Swedish name order (or change order with updatedSince)',
        security: signedIn,
        querystring: ListOrganisationsQuerySchema,
        response: { 200: PageSchema(OrganisationSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listOrganisations(app.db, request.query),
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags: ['organisations'],
        summary: 'An organisation with parents, children, links and posts with holders',
        security: signedIn,
        params: IdParamsSchema,
        querystring: OrganisationDetailQuerySchema,
        response: {
          200: OrganisationDetailSchema,
          400: problemRef,
          401: problemRef,
          404: problemRef,
        },
      },
    },
    async (request) => {
      const viewer = await loadViewer(app.db, request.user);
      return getOrganisationDetail(app.db, viewer, request.params.id, request.query.asOf);
    },
  );
};

export default organisationRoutes;
