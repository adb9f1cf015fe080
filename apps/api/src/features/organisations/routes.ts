import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateOrganisationBodySchema,
  CreateOrganisationLinkBodySchema,
  IdParamsSchema,
  ListOrganisationLinksQuerySchema,
  ListOrganisationsQuerySchema,
  OrganisationDetailQuerySchema,
  OrganisationDetailSchema,
  OrganisationLinkEdgeSchema,
  OrganisationLinkParamsSchema,
  OrganisationLinkSchema,
  OrganisationSchema,
  PageSchema,
  UpdateOrganisationBodySchema,
} from '@nk/shared';
import { Type } from 'typebox';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { createLink, deleteLink } from './link-service';
import { getOrganisationDetail, listOrganisationLinks, listOrganisations } from './service';
import { archiveOrganisation, createOrganisation, updateOrganisation } from './write-service';

const tags = ['organisations'];
const organisationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'List organisations in Swedish name order (or change order with updatedSince)',
        security: signedIn,
        querystring: ListOrganisationsQuerySchema,
        response: { 200: PageSchema(OrganisationSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listOrganisations(app.db, request.query),
  );

  app.get(
    '/organisation-links',
    {
      schema: {
        tags,
        summary:
          'List the catchment (`serves`) and partner links between current organisations, in one pass for maps and integrations',
        security: signedIn,
        querystring: ListOrganisationLinksQuerySchema,
        response: {
          200: PageSchema(OrganisationLinkEdgeSchema),
          400: problemRef,
          401: problemRef,
        },
      },
    },
    async (request) => listOrganisationLinks(app.db, request.query),
  );

  app.get(
    '/organisations/:id',
    {
      schema: {
        tags,
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
    async (request, reply) => {
      const detail = await getOrganisationDetail(
        app.db,
        await accessOf(request),
        request.params.id,
        request.query.asOf,
      );
      setEtag(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/organisations',
    {
      schema: {
        tags,
        summary: 'Create an organisation (editors: below one in their scope)',
        security: signedIn,
        body: CreateOrganisationBodySchema,
        response: { 201: OrganisationSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createOrganisation(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply
        .code(201)
        .header('location', `/api/v1/organisations/${created.id}`)
        .send(created);
    },
  );

  app.patch(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Change an organisation; needs If-Match. `archivedAt: null` restores it.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdateOrganisationBodySchema,
        response: { 200: OrganisationSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updateOrganisation(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        version,
        request.body,
        actorOf(request),
      );
      setEtag(reply, updated.version);
      return updated;
    },
  );

  app.delete(
    '/organisations/:id',
    {
      schema: {
        tags,
        summary: 'Archive an organisation (nothing is deleted); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: OrganisationSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const archived = await archiveOrganisation(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        version,
        actorOf(request),
      );
      setEtag(reply, archived.version);
      return archived;
    },
  );

  app.post(
    '/organisations/:id/links',
    {
      schema: {
        tags,
        summary:
          'Link the organisation to another: a catchment (`serves`) or a partnership (stewards of this organisation)',
        security: signedIn,
        params: IdParamsSchema,
        body: CreateOrganisationLinkBodySchema,
        response: { 201: OrganisationLinkSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const link = await createLink(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        request.body,
        actorOf(request),
      );
      return reply.code(201).send(link);
    },
  );

  app.delete(
    '/organisations/:id/links/:linkId',
    {
      schema: {
        tags,
        summary:
          'Remove a link of the organisation; the audit log keeps what it was. Links have no versions, so no If-Match is needed.',
        security: signedIn,
        params: OrganisationLinkParamsSchema,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await deleteLink(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        request.params.linkId,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );
};

export default organisationRoutes;
