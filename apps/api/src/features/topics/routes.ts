import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateTopicBodySchema,
  IdParamsSchema,
  ListTopicsQuerySchema,
  PageSchema,
  TopicSchema,
  UpdateTopicBodySchema,
} from '@nk/shared';
import { accessOf, adminOnly } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { getTopic, listTopics } from './service';
import { archiveTopic, createTopic, updateTopic } from './write-service';

const tags = ['topics'];
const topicsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/topics',
    {
      schema: {
        tags,
        summary: 'List topics (focus areas, national missions) in Swedish name order',
        security: signedIn,
        querystring: ListTopicsQuerySchema,
        response: { 200: PageSchema(TopicSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listTopics(app.db, request.query),
  );

  app.get(
    '/topics/:id',
    {
      schema: {
        tags,
        summary: 'One topic',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: TopicSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const topic = await getTopic(app.db, request.params.id);
      setEtag(reply, topic.version);
      return topic;
    },
  );

  app.post(
    '/topics',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Create a topic (administrators)',
        security: signedIn,
        body: CreateTopicBodySchema,
        response: { 201: TopicSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createTopic(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/topics/${created.id}`).send(created);
    },
  );

  app.patch(
    '/topics/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Change a topic (administrators); needs If-Match. `archivedAt: null` restores it.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdateTopicBodySchema,
        response: { 200: TopicSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updateTopic(
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
    '/topics/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Archive a topic (administrators; nothing is deleted); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: TopicSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const archived = await archiveTopic(
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

export default topicsRoutes;
