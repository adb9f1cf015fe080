import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AssignmentSchema,
  CreateAssignmentBodySchema,
  HandoverBodySchema,
  HandoverResultSchema,
  IdParamsSchema,
  ListAssignmentsQuerySchema,
  PageSchema,
  UpdateAssignmentBodySchema,
} from '@nk/shared';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { getAssignment, listAssignments } from './service';
import { createAssignment, endAssignment, handOver, updateAssignment } from './write-service';

const tags = ['assignments'];
const assignmentsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/assignments',
    {
      schema: {
        tags,
        summary: 'List assignments (who held which post when), oldest first',
        security: signedIn,
        querystring: ListAssignmentsQuerySchema,
        response: { 200: PageSchema(AssignmentSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listAssignments(app.db, await accessOf(request), request.query),
  );

  app.get(
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: 'One assignment',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: AssignmentSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const assignment = await getAssignment(app.db, await accessOf(request), request.params.id);
      setEtag(reply, assignment.version);
      return assignment;
    },
  );

  app.post(
    '/assignments',
    {
      schema: {
        tags,
        summary:
          'Put a person on a post (editors: posts of organisations in their scope; the person may work elsewhere)',
        security: signedIn,
        body: CreateAssignmentBodySchema,
        response: { 201: AssignmentSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createAssignment(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/assignments/${created.id}`).send(created);
    },
  );

  app.patch(
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: 'Change dates, kind or note (set validTo to end it); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdateAssignmentBodySchema,
        response: { 200: AssignmentSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updateAssignment(
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
    '/assignments/:id',
    {
      schema: {
        tags,
        summary: 'End a current assignment yesterday (history is never deleted); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: AssignmentSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const ended = await endAssignment(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        version,
        actorOf(request),
      );
      setEtag(reply, ended.version);
      return ended;
    },
  );

  app.post(
    '/posts/:id/handover',
    {
      schema: {
        tags,
        summary:
          'Hand a post over on a date: the current holder ends the day before, the successor starts (one transaction)',
        security: signedIn,
        params: IdParamsSchema,
        body: HandoverBodySchema,
        response: {
          201: HandoverResultSchema,
          400: problemRef,
          401: problemRef,
          403: problemRef,
          404: problemRef,
          409: problemRef,
          422: problemRef,
        },
      },
    },
    async (request, reply) => {
      const result = await handOver(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        request.body,
        actorOf(request),
      );
      setEtag(reply, result.started.version);
      return reply
        .code(201)
        .header('location', `/api/v1/assignments/${result.started.id}`)
        .send(result);
    },
  );
};

export default assignmentsRoutes;
