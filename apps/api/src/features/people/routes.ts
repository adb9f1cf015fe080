import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CreatePersonBodySchema,
  IdParamsSchema,
  ListPeopleQuerySchema,
  PageSchema,
  PersonDetailQuerySchema,
  PersonDetailSchema,
  PersonSchema,
  UpdatePersonBodySchema,
} from '@nk/shared';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { todayInSweden } from '../../lib/dates';
import { sendJson, serializerOf } from '../../lib/json-reply';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { keptPersonDetail, listPeople } from './service';
import { archivePerson, createPerson, updatePerson, verifyPerson } from './write-service';

const tags = ['people'];
const peopleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/people',
    {
      schema: {
        tags,
        summary: 'List people in Swedish name order (family, then given name)',
        description:
          'Filters combine: `organisation` includes the organisations below it; `role` and ' +
          '`network` match people holding such a post (as holder or interim) on `asOf`. With ' +
          '`updatedSince` the order is by change time instead, for clients that keep a copy. ' +
          'Protected people are listed for administrators only.',
        security: signedIn,
        querystring: ListPeopleQuerySchema,
        response: { 200: PageSchema(PersonSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listPeople(app.db, await accessOf(request), request.query),
  );

  app.get(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'A person with current posts, history, upcoming posts, topics and networks',
        security: signedIn,
        params: IdParamsSchema,
        querystring: PersonDetailQuerySchema,
        response: {
          200: PersonDetailSchema,
          400: problemRef,
          401: problemRef,
          404: problemRef,
        },
      },
    },
    async (request, reply) => {
      const { json, version } = await keptPersonDetail(
        app.db,
        await accessOf(request),
        request.params.id,
        request.query.asOf ?? todayInSweden(),
        serializerOf(reply),
      );
      setEtag(reply, version);
      return sendJson(reply, json);
    },
  );

  app.post(
    '/people',
    {
      schema: {
        tags,
        summary: 'Add a person (editors: to an organisation in their scope)',
        description: 'Only administrators may set `protected`.',
        security: signedIn,
        body: CreatePersonBodySchema,
        response: { 201: PersonSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const created = await createPerson(
        app.db,
        request,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/people/${created.id}`).send(created);
    },
  );

  app.patch(
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Change a person; needs If-Match. `archivedAt: null` restores them.',
        description:
          'Stewards of the employer (and of the new one, when moving) may change everything ' +
          'but `protected`; the person themselves only title, e-mail, phone numbers and their ' +
          'visibility, bio, languages and topics. `topicIds` replaces the topic set.',
        security: signedIn,
        params: IdParamsSchema,
        body: UpdatePersonBodySchema,
        response: { 200: PersonSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const updated = await updatePerson(
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
    '/people/:id',
    {
      schema: {
        tags,
        summary: 'Archive a person (nothing is deleted); needs If-Match',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: PersonSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      const version = requiredVersion(request);
      const archived = await archivePerson(
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
    '/people/:id/verify',
    {
      schema: {
        tags,
        summary: 'Confirm that the entry is still right (the person, a steward or an admin)',
        description: 'Sets `lastVerifiedAt` to now and `lastVerifiedBy` to the caller.',
        security: signedIn,
        params: IdParamsSchema,
        response: {
          200: PersonSchema,
          400: problemRef,
          401: problemRef,
          403: problemRef,
          404: problemRef,
        },
      },
    },
    async (request, reply) => {
      const verified = await verifyPerson(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        actorOf(request),
      );
      setEtag(reply, verified.version);
      return verified;
    },
  );
};

export default peopleRoutes;
