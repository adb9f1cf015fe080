import type { DB, PeopleTable } from '@nk/db';
import {
  type CreatePersonBody,
  type FieldError,
  type Person,
  personContactFields,
  type UpdatePersonBody,
} from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { type Access, assertCanWrite, canWriteOrganisation } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import * as repository from './repository';
import { forCaller, isVisibleTo, toPerson } from './service';

const unique = <T>(values: readonly T[]) => [...new Set(values)];

const columnsOf = (body: Partial<CreatePersonBody>) => ({
  ...(body.givenName !== undefined && { given_name: body.givenName.trim() }),
  ...(body.familyName !== undefined && { family_name: body.familyName.trim() }),
  ...(body.organisationId !== undefined && { organisation_id: body.organisationId }),
  ...(body.title !== undefined && { title: body.title?.trim() ?? null }),
  ...(body.email !== undefined && { email: body.email }),
  ...(body.phone !== undefined && { phone: body.phone?.trim() ?? null }),
  ...(body.mobile !== undefined && { mobile: body.mobile?.trim() ?? null }),
  ...(body.phoneVisibility !== undefined && { phone_visibility: body.phoneVisibility }),
  ...(body.mobileVisibility !== undefined && { mobile_visibility: body.mobileVisibility }),
  ...(body.bio !== undefined && { bio: body.bio }),
  ...(body.languages !== undefined && { languages: unique(body.languages) }),
  ...(body.hsaId !== undefined && { hsa_id: body.hsaId }),
  ...(body.protected !== undefined && { protected: body.protected }),
});

async function reload(db: Kysely<DB> | Transaction<DB>, id: string): Promise<Person> {
  const row = await repository.findPerson(db, id);
  if (!row) throw notFound('The person');
  return toPerson(row);
}

function assertMayProtect(request: FastifyRequest, access: Access, body: { protected?: boolean }) {
  if (body.protected !== undefined && !access.isAdmin) {
    request.log.warn({ userId: access.user.id, url: request.url }, 'authorisation denied');
    throw new AppError(
      'FORBIDDEN',
      'Only administrators may set or clear protected identity (skyddad identitet).',
    );
  }
}

/** The employer must exist and be in use: nobody is added to an archived organisation. */
async function assertOrganisationUsable(trx: Transaction<DB>, organisationId: string) {
  const organisation = await repository.findOrganisationState(trx, organisationId);
  if (!organisation || organisation.archived_at) {
    throw new AppError(
      'UNPROCESSABLE',
      organisation
        ? 'The organisation is archived; restore it before adding people to it.'
        : 'The organisation does not exist.',
      {
        errors: [
          {
            field: 'body.organisationId',
            message: organisation ? 'is archived' : 'does not exist',
          },
        ],
      },
    );
  }
}

/** Readable 409s before the unique indexes would give a generic one. */
async function assertUniqueFields(
  trx: Transaction<DB>,
  body: { email?: string | null; hsaId?: string | null },
  exceptId?: string,
) {
  if (body.email && (await repository.personIdWithEmail(trx, body.email, exceptId))) {
    throw new AppError(
      'DUPLICATE',
      `Another person already has the e-mail address ${body.email}.`,
      {
        errors: [{ field: 'body.email', message: 'is already used by another person' }],
      },
    );
  }
  if (body.hsaId && (await repository.personIdWithHsaId(trx, body.hsaId, exceptId))) {
    throw new AppError('DUPLICATE', `Another person already has the HSA id ${body.hsaId}.`, {
      errors: [{ field: 'body.hsaId', message: 'is already used by another person' }],
    });
  }
}

/**
 * The topics must exist; an archived topic may be kept by someone who has it, not newly chosen.
 * Returns the set to store, without repeats.
 */
async function checkedTopicIds(
  trx: Transaction<DB>,
  topicIds: readonly string[],
  kept: readonly string[] = [],
): Promise<string[]> {
  const ids = unique(topicIds);
  const found = new Map((await repository.findTopics(trx, ids)).map((t) => [t.id, t]));
  const errors: FieldError[] = [];
  topicIds.forEach((id, index) => {
    const topic = found.get(id);
    if (!topic) errors.push({ field: `body.topicIds.${index}`, message: 'is not a known topic' });
    else if (topic.archived_at && !kept.includes(id)) {
      errors.push({ field: `body.topicIds.${index}`, message: 'is an archived topic' });
    }
  });
  if (errors.length > 0) {
    throw new AppError('UNPROCESSABLE', 'Some of the topics do not exist or are archived.', {
      errors,
    });
  }
  return ids;
}

/** A new person: editors may add people to organisations in their scope; admins anywhere. */
export async function createPerson(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreatePersonBody,
  actor: ActorContext,
): Promise<Person> {
  assertCanWrite(request, access, [body.organisationId]);
  assertMayProtect(request, access, body);
  const created = await db.transaction().execute(async (trx) => {
    await assertOrganisationUsable(trx, body.organisationId);
    await assertUniqueFields(trx, body);
    const topicIds = body.topicIds ? await checkedTopicIds(trx, body.topicIds) : [];
    const id = await repository.insertPerson(trx, {
      ...columnsOf(body),
      given_name: body.givenName.trim(),
      family_name: body.familyName.trim(),
      organisation_id: body.organisationId,
    });
    await repository.replaceTopics(trx, id, topicIds);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'person.created',
      entityType: 'person',
      entityId: id,
      after,
    });
    return after;
  });
  return forCaller(access, created);
}

/**
 * Who may change the person, and how: an admin anything; a steward of the employer as stored
 * (and of the new one, when moving) anything but protection; the person themselves only the
 * contact fields and topics.
 */
function authoriseUpdate(
  request: FastifyRequest,
  access: Access,
  stored: Person,
  body: UpdatePersonBody,
) {
  if (access.isAdmin) return;
  const moving = body.organisationId !== undefined && body.organisationId !== stored.organisationId;
  const organisations = moving
    ? [stored.organisationId, body.organisationId ?? null]
    : [stored.organisationId];
  const steward =
    access.user.role === 'editor' && organisations.every((o) => canWriteOrganisation(access, o));
  if (steward) {
    assertMayProtect(request, access, body);
    return;
  }
  if (access.user.personId === stored.id) {
    const contact: readonly string[] = personContactFields;
    const refused = Object.keys(body).filter((field) => !contact.includes(field));
    if (refused.length > 0) {
      request.log.warn({ userId: access.user.id, refused }, 'authorisation denied');
      throw new AppError(
        'FORBIDDEN',
        `You may change your own contact details and topics, but not ${refused.join(', ')}: ` +
          'ask a steward of your organisation.',
        {
          errors: refused.map((field) => ({
            field: `body.${field}`,
            message: 'is not yours to change',
          })),
        },
      );
    }
    return;
  }
  assertCanWrite(request, access, organisations);
}

/**
 * Locks the row and reads it, in one statement unless the lock waited for another writer (see
 * `lockAndFindPerson`); 404 also for protected people the caller may not see.
 */
async function storedPerson(trx: Transaction<DB>, access: Access, id: string): Promise<Person> {
  const locked = await repository.lockAndFindPerson(trx, id);
  if (!locked) throw notFound('The person');
  // An erased entry keeps only a pseudonym for the post history; nothing personal goes back in.
  if (locked.erased_at) {
    throw new AppError(
      'UNPROCESSABLE',
      'This person has been erased at their request (GDPR); the entry cannot be changed. Add a new person instead.',
    );
  }
  const stored =
    locked.version_before_wait === locked.version ? toPerson(locked) : await reload(trx, id);
  if (!isVisibleTo(access, stored)) throw notFound('The person');
  return stored;
}

/**
 * Writes `values` over the person read under lock as `before` and returns them as they now are.
 * The lock keeps the version where `before` found it, so the update cannot miss.
 */
async function save(
  trx: Transaction<DB>,
  access: Access,
  before: Person,
  values: Updateable<PeopleTable>,
): Promise<Person> {
  const row = await repository.updatePersonIfVersion(trx, before.id, before.version, values);
  if (!row) throw staleVersion(before.version, forCaller(access, before));
  return toPerson(row);
}

/** Changes the fields sent, if the client read the current version; may restore an archived one. */
export async function updatePerson(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdatePersonBody,
  actor: ActorContext,
): Promise<Person> {
  const updated = await db.transaction().execute(async (trx) => {
    const before = await storedPerson(trx, access, id);
    authoriseUpdate(request, access, before, body);
    if (before.version !== expectedVersion) {
      throw staleVersion(before.version, forCaller(access, before));
    }
    if (body.organisationId !== undefined && body.organisationId !== before.organisationId) {
      await assertOrganisationUsable(trx, body.organisationId);
    }
    await assertUniqueFields(trx, body, id);
    const topicIds =
      body.topicIds !== undefined
        ? await checkedTopicIds(trx, body.topicIds, before.topicIds)
        : undefined;
    const values = { ...columnsOf(body), ...(body.archivedAt === null && { archived_at: null }) };
    // Topics first, so the person read back with the update has them. The version goes up even
    // when only the topics change: they are part of the person.
    if (topicIds) await repository.replaceTopics(trx, id, topicIds);
    const after = await save(trx, access, before, values);
    await appendAuditEvent(trx, actor, {
      action: body.archivedAt === null && before.archivedAt ? 'person.restored' : 'person.updated',
      entityType: 'person',
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return forCaller(access, updated);
}

/** DELETE archives: nothing is removed, and PATCH `archivedAt: null` brings the person back. */
export async function archivePerson(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<Person> {
  const archived = await db.transaction().execute(async (trx) => {
    const before = await storedPerson(trx, access, id);
    assertCanWrite(request, access, [before.organisationId]);
    if (before.version !== expectedVersion) {
      throw staleVersion(before.version, forCaller(access, before));
    }
    if (before.archivedAt) return before;
    const after = await save(trx, access, before, { archived_at: new Date() });
    await appendAuditEvent(trx, actor, {
      action: 'person.archived',
      entityType: 'person',
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return forCaller(access, archived);
}

/**
 * "This is still right": stamps the entry as confirmed now by the caller. The person themselves,
 * a steward of their employer or an admin may confirm; no If-Match, since confirming cannot
 * overwrite anyone's edit, but the version still goes up so caches and change feeds notice.
 */
export async function verifyPerson(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  actor: ActorContext,
): Promise<Person> {
  const verified = await db.transaction().execute(async (trx) => {
    const before = await storedPerson(trx, access, id);
    const allowed =
      access.isAdmin ||
      access.user.personId === id ||
      (access.user.role === 'editor' && canWriteOrganisation(access, before.organisationId));
    if (!allowed) {
      request.log.warn({ userId: access.user.id, url: request.url }, 'authorisation denied');
      throw new AppError(
        'FORBIDDEN',
        'Only the person, a steward of their organisation or an administrator may confirm the entry.',
      );
    }
    const after = await save(trx, access, before, {
      last_verified_at: new Date(),
      last_verified_by: access.user.id,
    });
    await appendAuditEvent(trx, actor, {
      action: 'person.verified',
      entityType: 'person',
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return forCaller(access, verified);
}
