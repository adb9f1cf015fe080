import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateNetworkBodySchema,
  IdParamsSchema,
  ListNetworksQuerySchema,
  NetworkDetailSchema,
  NetworkSchema,
  PageSchema,
  UpdateNetworkBodySchema,
} from '@nk/shared';
import { accessOf, adminOnly } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { getNetworkDetail, listNetworks } from './service';
import { archiveNetwork, createNetwork, updateNetwork } from './write-service';

const tags = ['networks'];
const networksRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/networks',
    {
      schema: {
        tags,
        summary:
          'List networks, programme areas, projects and forums in Swedish name order (or change order with updatedSince)',
        security: signedIn,
        querystring: ListNetworksQuerySchema,
        response: { 200: PageSchema(NetworkSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listNetworks(app.db, request.query),
  );

  app.get(
    '/networks/:id',
    {
      schema: {
        tags,
        summary:
          'A network with its parent, sub-networks, topics, member organisations and number of posts',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: NetworkDetailSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const detail = await getNetworkDetail(app.db, request.params.id);
      setEtag(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/networks',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary:
          'Create a network (administrators); `topicIds` and `organisationIds` set its topics and members',
        security: signedIn,
        body: CreateNetworkBodySchema,
        response: { 201: NetworkSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createNetwork(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/networks/${created.id}`).send(created);
    },
  );

  app.patch(
    '/networks/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary:
          'Change a network (administrators); needs If-Match. `topicIds`/`organisationIds` replace the sets; `archivedAt: null` restores it.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdateNetworkBodySchema,
        response: { 200: NetworkSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updateNetwork(
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
    '/networks/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Archive a network (administrators; nothing is deleted); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: NetworkSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const archived = await archiveNetwork(
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
};

export default networksRoutes;
