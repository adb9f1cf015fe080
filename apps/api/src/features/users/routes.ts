import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateUserBodySchema,
  CreateUserResponseSchema,
  IdParamsSchema,
  InvitationSchema,
  ListUsersQuerySchema,
  PageSchema,
  UpdateUserBodySchema,
  UserSchema,
} from '@nk/shared';
import { accessOf, adminOnly } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { getUser, listUsers } from './service';
import { createUser, disableUser, issueInvitation, updateUser } from './write-service';

const tags = ['users'];
const readErrors = { 400: problemRef, 401: problemRef, 403: problemRef };
const usersRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  app.addHook('preHandler', adminOnly);

  app.get(
    '/users',
    {
      schema: {
        tags,
        summary: 'List users (administrators) by display name in Swedish order',
        description:
          'Disabled users are left out unless `include=disabled`. With `updatedSince` the order is by change time.',
        security: signedIn,
        querystring: ListUsersQuerySchema,
        response: { 200: PageSchema(UserSchema), ...readErrors },
      },
    },
    async (request) => listUsers(app.db, request.query),
  );

  app.get(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'One user (administrators); everyone reads themselves at /me',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: UserSchema, ...readErrors, 404: problemRef },
      },
    },
    async (request, reply) => {
      const user = await getUser(app.db, request.params.id);
      setEtag(reply, user.version);
      return user;
    },
  );

  app.post(
    '/users',
    {
      schema: {
        tags,
        summary: 'Invite a user (administrators)',
        description:
          'Creates the user without a password and answers a set-password link that works once, for 7 days. Editors need `scopeOrganisationIds`; other roles have no scope.',
        security: signedIn,
        body: CreateUserBodySchema,
        response: { 201: CreateUserResponseSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createUser(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.user.version);
      return reply.code(201).header('location', `/api/v1/users/${created.user.id}`).send(created);
    },
  );

  app.patch(
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Change a user (administrators); needs If-Match',
        description:
          'Disabling, or changing the role or scope, revokes every token of the user at once. Nobody can disable or demote themselves, nor the last enabled administrator.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdateUserBodySchema,
        response: { 200: UserSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updateUser(
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
    '/users/:id',
    {
      schema: {
        tags,
        summary: 'Disable a user (administrators; nothing is deleted); needs If-Match',
        description:
          'The same as PATCH `{"disabled": true}`: the user is kept for the audit history, and `{"disabled": false}` enables them again.',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: UserSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const disabled = await disableUser(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        version,
        actorOf(request),
      );
      setEtag(reply, disabled.version);
      return disabled;
    },
  );

  app.post(
    '/users/:id/invitation',
    {
      schema: {
        tags,
        summary: 'Issue a new invitation link (administrators); the previous one stops working',
        description:
          'Also serves as a password reset: accepting it sets a new password and signs the user out everywhere.',
        security: signedIn,
        params: IdParamsSchema,
        response: {
          201: InvitationSchema,
          ...readErrors,
          404: problemRef,
          422: problemRef,
        },
      },
    },
    async (request, reply) => {
      const invitation = await issueInvitation(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        actorOf(request),
      );
      return reply.code(201).send(invitation);
    },
  );
};

export default usersRoutes;
