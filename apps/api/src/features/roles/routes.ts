import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreateRoleBodySchema,
  CreateRoleCounterpartBodySchema,
  IdParamsSchema,
  ListRolesQuerySchema,
  PageSchema,
  RoleCounterpartParamsSchema,
  RoleCounterpartSchema,
  RoleDetailSchema,
  RoleSchema,
  UpdateRoleBodySchema,
} from '@nk/shared';
import { Type } from 'typebox';
import { accessOf, adminOnly } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { getCounterpart, getRoleDetail, listRoles } from './service';
import {
  addCounterpart,
  archiveRole,
  createRole,
  removeCounterpart,
  updateRole,
} from './write-service';

const tags = ['roles'];
const rolesRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/roles',
    {
      schema: {
        tags,
        summary:
          'List the role catalogue in Swedish name order (or change order with updatedSince)',
        security: signedIn,
        querystring: ListRolesQuerySchema,
        response: { 200: PageSchema(RoleSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listRoles(app.db, request.query),
  );

  app.get(
    '/roles/:id',
    {
      schema: {
        tags,
        summary: 'A role with its counterparts and the number of people holding it today',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: RoleDetailSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const detail = await getRoleDetail(app.db, request.params.id);
      setEtag(reply, detail.version);
      return detail;
    },
  );

  app.post(
    '/roles',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Create a role (administrators)',
        security: signedIn,
        body: CreateRoleBodySchema,
        response: { 201: RoleSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createRole(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/roles/${created.id}`).send(created);
    },
  );

  app.patch(
    '/roles/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary:
          'Change a role (administrators); needs If-Match. `synonyms` replaces the list; `archivedAt: null` restores it.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdateRoleBodySchema,
        response: { 200: RoleSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updateRole(
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
    '/roles/:id',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary: 'Archive a role (administrators; nothing is deleted); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: RoleSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const archived = await archiveRole(
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

  app.get(
    '/roles/:id/counterparts/:pairId',
    {
      schema: {
        tags,
        summary: 'One counterpart pair of the role, seen from the role',
        security: signedIn,
        params: RoleCounterpartParamsSchema,
        response: { 200: RoleCounterpartSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request) => getCounterpart(app.db, request.params.id, request.params.pairId),
  );

  app.post(
    '/roles/:id/counterparts',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary:
          'Pair the role with a counterpart role (administrators); the pair works from both ends',
        security: signedIn,
        params: IdParamsSchema,
        body: CreateRoleCounterpartBodySchema,
        response: { 201: RoleCounterpartSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const { counterpart, version } = await addCounterpart(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        request.body,
        actorOf(request),
      );
      setEtag(reply, version);
      return reply
        .code(201)
        .header('location', `/api/v1/roles/${request.params.id}/counterparts/${counterpart.id}`)
        .send(counterpart);
    },
  );

  app.delete(
    '/roles/:id/counterparts/:pairId',
    {
      preHandler: adminOnly,
      schema: {
        tags,
        summary:
          'Remove a counterpart pair (administrators); the audit log keeps what it was. Pairs cannot be changed, so no If-Match is needed.',
        security: signedIn,
        params: RoleCounterpartParamsSchema,
        response: { 204: Type.Null(), ...writeErrors },
      },
    },
    async (request, reply) => {
      await removeCounterpart(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        request.params.pairId,
        actorOf(request),
      );
      return reply.code(204).send(null);
    },
  );
};

export default rolesRoutes;
