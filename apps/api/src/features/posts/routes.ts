import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreatePostBodySchema,
  IdParamsSchema,
  ListPostsQuerySchema,
  PageSchema,
  PostDetailQuerySchema,
  PostDetailSchema,
  PostSchema,
  UpdatePostBodySchema,
} from '@nk/shared';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { getPostDetail, listPosts } from './service';
import { archivePost, createPost, updatePost } from './write-service';

const tags = ['posts'];
const postsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/posts',
    {
      schema: {
        tags,
        summary:
          'List posts by organisation and role, with who holds them as of a date; `vacant=true` lists vacancies',
        security: signedIn,
        querystring: ListPostsQuerySchema,
        response: { 200: PageSchema(PostSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listPosts(app.db, await accessOf(request), request.query),
  );

  app.get(
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'A post as of a date, with the whole history of who held it',
        security: signedIn,
        params: IdParamsSchema,
        querystring: PostDetailQuerySchema,
        response: { 200: PostDetailSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const detail = await getPostDetail(
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
    '/posts',
    {
      schema: {
        tags,
        summary: 'Create a post (editors: in an organisation in their scope)',
        security: signedIn,
        body: CreatePostBodySchema,
        response: { 201: PostSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createPost(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/posts/${created.id}`).send(created);
    },
  );

  app.patch(
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'Change a post; needs If-Match. `archivedAt: null` restores it.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdatePostBodySchema,
        response: { 200: PostSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updatePost(
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
    '/posts/:id',
    {
      schema: {
        tags,
        summary: 'Archive a post (its history is kept); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: PostSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const archived = await archivePost(
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

export default postsRoutes;
