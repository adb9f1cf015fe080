import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErasureResultSchema, IdParamsSchema, RegisterExtractSchema } from '@nk/shared';
import { accessOf, assertAdmin } from '../../lib/access';
import { actorOf } from '../../lib/actor';
import { requiredVersion, setEtag } from '../../lib/concurrency';
import { todayInSweden } from '../../lib/dates';
import { problemRef, signedIn, writeErrors } from '../../lib/openapi';
import { erasePerson } from './erase';
import { exportOwnData } from './service';

const tags = ['privacy'];

const privacyRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', app.authenticate);

  app.get(
    '/me/export',
    {
      schema: {
        tags,
        summary: 'Register extract (GDPR art. 15): everything stored about the signed-in user',
        description:
          'The user account (without password hash or tokens), the linked person entry with ' +
          'every field, all assignments whatever their dates, topics, change suggestions made ' +
          'by the user or about the person, audit events the user caused or that concern the ' +
          'account or the person, and CSV import lines about the person. Sent as a download; ' +
          'the download is written to the audit log (`gdpr.extract`).',
        security: signedIn,
        response: {
          200: {
            ...RegisterExtractSchema,
            description: 'The extract, as an attachment',
            headers: {
              'content-disposition': {
                type: 'string',
                description: 'attachment, with a file name',
              },
            },
          },
          401: problemRef,
        },
      },
    },
    async (request, reply) => {
      const extract = await exportOwnData(app.db, request.user, actorOf(request));
      return reply
        .header(
          'content-disposition',
          `attachment; filename="registerutdrag-${todayInSweden()}.json"`,
        )
        .send(extract);
    },
  );

  app.post(
    '/people/:id/erase',
    {
      schema: {
        tags: ['people', ...tags],
        summary: 'Erase a person (GDPR art. 17): administrators only; needs If-Match',
        description:
          'Replaces the personal data with a pseudonym (`Borttagen person 7F3A`) in the ' +
          'person, in audit snapshots, import lines and change suggestions; clears e-mail, ' +
          'numbers, title, bio, languages, HSA id, topics and protection; detaches, disables ' +
          'and renames a linked user account. The posts keep their history: assignments stay, ' +
          'held by the pseudonym. The person leaves search. 409 when already erased.',
        security: signedIn,
        params: IdParamsSchema,
        response: { 200: ErasureResultSchema, ...writeErrors },
      },
    },
    async (request, reply) => {
      assertAdmin(request, await accessOf(request));
      const expectedVersion = requiredVersion(request);
      const result = await erasePerson(app.db, request.params.id, {
        actor: actorOf(request),
        expectedVersion,
        reason: 'request',
      });
      setEtag(reply, result.version);
      return result;
    },
  );
};

export default privacyRoutes;
