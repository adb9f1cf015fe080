import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CommitImportBodySchema,
  IdParamsSchema,
  ImportQuerySchema,
  ImportSchema,
} from '@nk/shared';
import { accessOf, assertCanWrite } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { notFound } from '../../lib/app-error';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { commitImport } from './commit';
import { presentImport } from './present';
import { previewImport } from './preview';
import * as repository from './repository';
import { undoImport } from './undo';

const tags = ['imports'];
/** An organisation's list is a few hundred rows; 16 MB holds well over the row cap. */
const csvBodyLimit = 16 * 1024 * 1024;

const importsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);
  app.addContentTypeParser(
    ['text/csv', 'application/vnd.ms-excel', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: csvBodyLimit },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/imports',
    {
      bodyLimit: csvBodyLimit,
      schema: {
        tags,
        summary: "Preview a CSV of an organisation's people as desired state; nothing changes yet",
        description:
          'Send the file as the body (`Content-Type: text/csv`), UTF-8 or Windows-1252, `,` or ' +
          '`;` separated, with a heading line. Headings recognised without a mapping: ' +
          '`givenName familyName email title phone mobile role validFrom` and the Swedish ' +
          '`Förnamn Efternamn E-post Titel Telefon Mobil Roll Från`. Each row is previewed as ' +
          'add, change, unchanged, error or duplicate (same folded name in the organisation); ' +
          "holders in the organisation absent from the file are listed as 'end'. Empty cells " +
          'change nothing. Stewards of the organisation and admins.',
        security: signedIn,
        consumes: ['text/csv'],
        querystring: ImportQuerySchema,
        response: { 201: ImportSchema, ...writeErrors, 413: problemRef, 415: problemRef },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      const bytes = body instanceof Uint8Array ? body : new Uint8Array();
      const preview = await previewImport(
        app.db,
        request,
        await accessOf(request),
        request.query,
        bytes,
        actorOf(request),
      );
      return reply.code(201).header('location', `/api/v1/imports/${preview.id}`).send(preview);
    },
  );

  app.get(
    '/imports/:id',
    {
      schema: {
        tags,
        summary: 'An import with its previewed rows and what was applied',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: ImportSchema, 401: problemRef, 403: problemRef, 404: problemRef },
      },
    },
    async (request) => {
      const stored = await repository.findImport(app.db, request.params.id);
      if (!stored) throw notFound('The import');
      assertCanWrite(request, await accessOf(request), [stored.organisation_id]);
      return presentImport(app.db, stored.id);
    },
  );

  app.post(
    '/imports/:id/commit',
    {
      schema: {
        tags,
        summary: 'Apply exactly the previewed rows, in one transaction',
        security: signedIn,
        params: IdParamsSchema,
        body: CommitImportBodySchema,
        response: { 200: ImportSchema, ...writeErrors },
      },
    },
    async (request) =>
      commitImport(
        app.db,
        request,
        await accessOf(request),
        request.params.id,
        request.body ?? {},
        actorOf(request),
      ),
  );

  app.post(
    '/imports/:id/undo',
    {
      schema: {
        tags,
        summary: 'Undo a committed import as a whole, if nothing it touched has changed since',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: ImportSchema, ...writeErrors },
      },
    },
    async (request) =>
      undoImport(app.db, request, await accessOf(request), request.params.id, actorOf(request)),
  );
};

export default importsRoutes;
