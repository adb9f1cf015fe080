import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ExportFiltersSchema,
  exportIdsLimit,
  exportLimit,
  IdParamsSchema,
  PeopleCsvQuerySchema,
  PersonVcardQuerySchema,
  peopleCsvColumns,
} from '@nk/shared';
import type { FastifyReply } from 'fastify';
import { accessOf } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { problemRef, signedIn } from '../../lib/openapi';
import { contactsVcf, type ExportFile, peopleCsv, personVcard, textSearchLimit } from './service';

const vcardType = 'text/vcard; charset=utf-8';
const csvType = 'text/csv; charset=utf-8';

const exportHeaders = {
  'content-disposition': {
    type: 'string',
    description: 'attachment, with a file name',
  },
  'x-export-count': { type: 'integer', description: 'How many people the file holds' },
  'x-export-capped': {
    type: 'string',
    enum: ['true', 'false'],
    description: '`true` when more people matched than the file holds',
  },
};

const file = (mediaType: string, description: string) => ({
  description,
  headers: exportHeaders,
  content: { [mediaType]: { schema: { type: 'string' } } },
});

const errors = { 400: problemRef, 401: problemRef, 404: problemRef };

const selection =
  `Takes the search's filters. With \`q\`, the file holds the people the search finds ` +
  `(its best ${textSearchLimit}); without \`q\`, everyone the filters select (no filter: ` +
  `everyone), in Swedish name order, at most ${exportLimit}; \`x-export-capped: true\` says ` +
  `the selection was cut. \`ids\` (at most ${exportIdsLimit}) makes an explicit bundle. Phone ` +
  'numbers the caller may not see are left out, and protected people are in no export but ' +
  "an administrator's. Every export is written to the audit log with its filters and the ids " +
  'of the people in it.';

function sendFile(reply: FastifyReply, mediaType: string, exported: ExportFile) {
  return reply
    .header('content-type', mediaType)
    .header('content-disposition', `attachment; filename="${exported.fileName}"`)
    .header('x-export-count', String(exported.count))
    .header('x-export-capped', String(exported.capped))
    .send(exported.body);
}

const exportsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/people/:id/vcard',
    {
      schema: {
        tags: ['people', 'exports'],
        summary: "A person's contact card (vCard 4.0) with the posts they hold",
        description:
          'RFC 6350: N, FN, ORG (employer), TITLE (the roles held on `asOf`), ROLE (job ' +
          'title), EMAIL, TEL work and cell as `tel:` URIs, NOTE (the posts), REV, UID ' +
          '(`urn:uuid:` of the person id). UTF-8, CRLF, lines folded at 75 octets. Numbers ' +
          'the caller may not see are left out. The download is written to the audit log.',
        security: signedIn,
        params: IdParamsSchema,
        querystring: PersonVcardQuerySchema,
        response: { 200: file('text/vcard', 'The vCard'), ...errors },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        vcardType,
        await personVcard(
          app.db,
          await accessOf(request),
          request.params.id,
          request.query.asOf,
          actorOf(request),
        ),
      ),
  );

  app.get(
    '/export/contacts.vcf',
    {
      schema: {
        tags: ['exports'],
        summary: 'Contact cards (vCard 4.0) of a search or a list, in one file',
        description: `One card per person, as \`/people/{id}/vcard\` writes it. ${selection}`,
        security: signedIn,
        querystring: ExportFiltersSchema,
        response: { 200: file('text/vcard', 'The vCards, one after the other'), ...errors },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        vcardType,
        await contactsVcf(app.db, await accessOf(request), request.query, actorOf(request)),
      ),
  );

  app.get(
    '/export/people.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'People of a search or a list as CSV (UTF-8 with BOM, comma or semicolon)',
        description:
          `Columns (the header row, English keys): ${peopleCsvColumns.join(', ')}. \`posts\` ` +
          'lists the posts held on `asOf`, one a line. RFC 4180 quoting, CRLF records; a ' +
          'cell that begins with `=`, `+`, `-`, `@`, tab or carriage return gets a leading ' +
          `apostrophe so no spreadsheet runs it as a formula. ${selection}`,
        security: signedIn,
        querystring: PeopleCsvQuerySchema,
        response: { 200: file('text/csv', 'The CSV file'), ...errors },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        csvType,
        await peopleCsv(app.db, await accessOf(request), request.query, actorOf(request)),
      ),
  );
};

export default exportsRoutes;
