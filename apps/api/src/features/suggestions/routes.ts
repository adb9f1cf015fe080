import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CloseSuggestionBodySchema,
  CreateSuggestionBodySchema,
  IdParamsSchema,
  ListSuggestionsQuerySchema,
  PageSchema,
  SuggestionSchema,
} from '@nk/shared';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { setEtag } from '../../lib/concurrency';
import { problemRef, signedIn } from '../../lib/openapi';
import { getSuggestion, listSuggestions } from './service';
import { closeSuggestion, createSuggestion } from './write-service';

const tags = ['suggestions'];
const closeErrors = {
  400: problemRef,
  401: problemRef,
  403: problemRef,
  404: problemRef,
  409: problemRef,
};

const suggestionsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/suggestions',
    {
      schema: {
        tags,
        summary: 'List change suggestions, newest first',
        description:
          'Administrators see every suggestion; stewards those about people, posts and ' +
          'organisations their scope owns (descendants included); everyone their own. ' +
          '`organisation` narrows to targets owned by it or an organisation below it. With ' +
          '`updatedSince` the order is by change time instead, for clients that keep a copy.',
        security: signedIn,
        querystring: ListSuggestionsQuerySchema,
        response: { 200: PageSchema(SuggestionSchema), 400: problemRef, 401: problemRef },
      },
    },
    async (request) => listSuggestions(app.db, await accessOf(request), request.query),
  );

  app.get(
    '/suggestions/:id',
    {
      schema: {
        tags,
        summary: 'One change suggestion (its reporter, stewards of the owner, administrators)',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: SuggestionSchema, 400: problemRef, 401: problemRef, 404: problemRef },
      },
    },
    async (request, reply) => {
      const suggestion = await getSuggestion(app.db, await accessOf(request), request.params.id);
      setEtag(reply, suggestion.version);
      return suggestion;
    },
  );

  app.post(
    '/suggestions',
    {
      schema: {
        tags,
        summary: 'Report that a person, post or organisation is wrong (any signed-in user)',
        description:
          'The suggestion goes to the stewards of the organisation owning the target: a ' +
          'person’s employer, a post’s organisation, or the organisation itself. `field` names ' +
          'what is wrong, if one field is.',
        security: signedIn,
        body: CreateSuggestionBodySchema,
        response: {
          201: SuggestionSchema,
          400: problemRef,
          401: problemRef,
          422: problemRef,
        },
      },
    },
    async (request, reply) => {
      const created = await createSuggestion(
        app.db,
        await accessOf(request),
        request.body,
        actorOf(request),
      );
      setEtag(reply, created.version);
      return reply.code(201).header('location', `/api/v1/suggestions/${created.id}`).send(created);
    },
  );

  for (const [action, status, summary] of [
    ['resolve', 'resolved', 'Mark a suggestion resolved: the entry has been corrected'],
    ['dismiss', 'dismissed', 'Dismiss a suggestion: nothing needs to change'],
  ] as const) {
    app.post(
      `/suggestions/:id/${action}`,
      {
        schema: {
          tags,
          summary: `${summary} (stewards of the owner, administrators)`,
          description:
            'Records who closed it, when, and the optional `note`. A suggestion that is ' +
            'already resolved or dismissed answers 409. No If-Match is needed: closing ' +
            'overwrites nobody’s edit.',
          security: signedIn,
          params: IdParamsSchema,
          body: CloseSuggestionBodySchema,
          response: { 200: SuggestionSchema, ...closeErrors },
        },
        // The note is optional, and so is the whole body: no body reads as `{}`.
        preValidation: async (request) => {
          request.body ??= {};
        },
      },
      async (request, reply) => {
        const closed = await closeSuggestion(
          app.db,
          request,
          await accessOf(request),
          request.params.id,
          status,
          request.body,
          actorOf(request),
        );
        setEtag(reply, closed.version);
        return closed;
      },
    );
  }
};

export default suggestionsRoutes;
