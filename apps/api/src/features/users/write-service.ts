import type { DB, UsersTable } from '@nk/db';
import type {
  CreateUserBody,
  CreateUserResponse,
  Invitation,
  UpdateUserBody,
  User,
} from '@nk/shared';
import type { FastifyRequest } from 'fastify';
import type { Kysely, Transaction, Updateable } from 'kysely';
import { type Access, assertAdmin } from '../../lib/access';
import { AppError, notFound } from '../../lib/app-error';
import { staleVersion } from '../../lib/concurrency';
import { updateIfVersion } from '../../lib/versioned-update';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { type NewInvitation, newInvitation } from './invitation';
import * as repository from './repository';
import { toUser } from './service';

const scopeField = 'body.scopeOrganisationIds';

async function reload(trx: Transaction<DB>, id: string): Promise<User> {
  const row = await repository.findUser(trx, id);
  if (!row) throw notFound('The user');
  return toUser(row);
}

/** Editors change only what their scope lists; the others have no scope at all. */
function assertScopeFitsRole(role: User['role'], scope: readonly string[], sent: boolean) {
  if (role === 'editor' && scope.length === 0) {
    throw new AppError(
      'UNPROCESSABLE',
      'An editor needs at least one organisation in scope: editors may only change the organisations listed there and those below them.',
      {
        errors: [
          { field: scopeField, message: 'must list at least one organisation for an editor' },
        ],
      },
    );
  }
  if (role !== 'editor' && sent && scope.length > 0) {
    throw new AppError(
      'UNPROCESSABLE',
      'Only editors have a scope: viewers change nothing and administrators may change everything.',
      { errors: [{ field: scopeField, message: 'must be empty unless the role is editor' }] },
    );
  }
}

async function assertOrganisationsExist(trx: Transaction<DB>, ids: readonly string[]) {
  const found = new Set(await repository.existingOrganisationIds(trx, ids));
  const errors = ids.flatMap((id, index) =>
    found.has(id) ? [] : [{ field: `${scopeField}.${index}`, message: 'does not exist' }],
  );
  if (errors.length > 0) {
    throw new AppError('UNPROCESSABLE', 'The scope lists organisations that do not exist.', {
      errors,
    });
  }
}

/** The person must exist, not be erased, and be linked to no other user. */
async function assertPersonLinkable(trx: Transaction<DB>, personId: string, userId?: string) {
  const person = await repository.findPersonState(trx, personId);
  if (!person) {
    throw new AppError('UNPROCESSABLE', 'The person to link does not exist.', {
      errors: [{ field: 'body.personId', message: 'does not exist' }],
    });
  }
  if (person.erased_at) {
    throw new AppError('UNPROCESSABLE', 'The person to link has been erased (GDPR).', {
      errors: [{ field: 'body.personId', message: 'has been erased' }],
    });
  }
  if (await repository.userIdWithPerson(trx, personId, userId)) {
    throw new AppError('DUPLICATE', 'Another user is already linked to this person.', {
      errors: [{ field: 'body.personId', message: 'is already linked to another user' }],
    });
  }
}

/**
 * The link goes back to the administrator, who passes it on. Outside production it is logged
 * too, so a developer can follow it without a mail server.
 */
function logInvitation(request: FastifyRequest, userId: string, invitation: NewInvitation) {
  const expiresAt = invitation.expiresAt.toISOString();
  if (process.env.NODE_ENV === 'production') {
    request.log.info({ userId, expiresAt }, 'invitation issued');
  } else {
    request.log.info({ userId, expiresAt, invitationUrl: invitation.url }, 'invitation issued');
  }
}

const invitationOf = (invitation: NewInvitation): Invitation => ({
  url: invitation.url,
  expiresAt: invitation.expiresAt.toISOString(),
});

/** A new user without a password: they choose one through the invitation link (7 days). */
export async function createUser(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  body: CreateUserBody,
  actor: ActorContext,
): Promise<CreateUserResponse> {
  assertAdmin(request, access);
  const scope = body.scopeOrganisationIds ?? [];
  assertScopeFitsRole(body.role, scope, body.scopeOrganisationIds !== undefined);
  const invitation = newInvitation();
  const user = await db.transaction().execute(async (trx) => {
    if (await repository.userIdWithEmail(trx, body.email)) {
      throw new AppError(
        'DUPLICATE',
        `A user with the e-mail address ${body.email} already exists.`,
        {
          errors: [{ field: 'body.email', message: 'is already used by another user' }],
        },
      );
    }
    await assertOrganisationsExist(trx, scope);
    if (body.personId) await assertPersonLinkable(trx, body.personId);
    const id = await repository.insertUser(trx, {
      email: body.email.trim().toLowerCase(),
      display_name: body.displayName.trim(),
      role: body.role,
      ...(body.locale !== undefined && { locale: body.locale }),
      person_id: body.personId ?? null,
      password_hash: null,
      disabled_at: null,
      locked_until: null,
      last_login_at: null,
      password_changed_at: null,
      invite_token_hash: invitation.tokenHash,
      invite_expires_at: invitation.expiresAt,
    });
    if (body.role === 'editor') await repository.replaceScopes(trx, id, scope);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: 'user.created',
      entityType: 'user',
      entityId: id,
      after,
    });
    return after;
  });
  logInvitation(request, user.id, invitation);
  return { user, invitation: invitationOf(invitation) };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Changes the fields sent, if the client read the current version. Disabling, and any change of
 * role or scope, bumps the token version: every token issued before stops working at once.
 */
export async function updateUser(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  body: UpdateUserBody,
  actor: ActorContext,
): Promise<User> {
  assertAdmin(request, access);
  return db.transaction().execute(async (trx) => {
    // Administrators first, then the user (who may be one of them): always the same lock order.
    const activeAdmins = await repository.lockActiveAdminIds(trx);
    const stored = await repository.findUserForUpdate(trx, id);
    if (!stored) throw notFound('The user');
    const before = toUser(stored);
    if (stored.version !== expectedVersion) throw staleVersion(stored.version, before);

    const role = body.role ?? stored.role;
    const disabling = body.disabled === true && stored.disabled_at === null;
    const enabling = body.disabled === false && stored.disabled_at !== null;
    const losesAdmin =
      stored.role === 'admin' && stored.disabled_at === null && (role !== 'admin' || disabling);
    if (losesAdmin && id === actor.actorId) {
      throw new AppError(
        'UNPROCESSABLE',
        disabling
          ? 'You cannot disable your own account: ask another administrator, so that someone can always manage users.'
          : 'You cannot take away your own administrator role: ask another administrator, so that someone can always manage users.',
      );
    }
    if (losesAdmin && activeAdmins.every((adminId) => adminId === id)) {
      throw new AppError(
        'UNPROCESSABLE',
        'This is the last administrator who can sign in, and the directory must keep at least one. Make another user administrator first.',
      );
    }

    const storedScope = stored.role === 'editor' ? stored.scope_organisation_ids : [];
    const scope = body.scopeOrganisationIds ?? (role === 'editor' ? storedScope : []);
    assertScopeFitsRole(role, scope, body.scopeOrganisationIds !== undefined);
    if (body.scopeOrganisationIds) await assertOrganisationsExist(trx, body.scopeOrganisationIds);
    if (body.personId) await assertPersonLinkable(trx, body.personId, id);

    const scopeChanged = !sameSet(scope, stored.scope_organisation_ids);
    const revokeTokens = disabling || role !== stored.role || scopeChanged;
    const values: Updateable<UsersTable> = {
      ...(body.displayName !== undefined && { display_name: body.displayName.trim() }),
      ...(body.role !== undefined && { role: body.role }),
      ...(body.personId !== undefined && { person_id: body.personId }),
      ...(body.locale !== undefined && { locale: body.locale }),
      // A disabled user's outstanding invitation dies with the account's tokens.
      ...(disabling && {
        disabled_at: new Date(),
        invite_token_hash: null,
        invite_expires_at: null,
      }),
      ...(enabling && { disabled_at: null }),
      // The row is locked, so reading and adding one cannot lose a concurrent bump.
      ...(revokeTokens && { token_version: stored.token_version + 1 }),
    };
    const updated = await updateIfVersion(trx, 'users', id, expectedVersion, values);
    if (!updated) throw staleVersion(stored.version, before);
    if (scopeChanged) await repository.replaceScopes(trx, id, scope);
    const after = await reload(trx, id);
    await appendAuditEvent(trx, actor, {
      action: disabling ? 'user.disabled' : enabling ? 'user.enabled' : 'user.updated',
      entityType: 'user',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** DELETE disables: users are never removed, so the audit log keeps naming who did what. */
export async function disableUser(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  expectedVersion: number,
  actor: ActorContext,
): Promise<User> {
  assertAdmin(request, access);
  const current = await repository.findUser(db, id);
  if (current?.disabled_at && current.version === expectedVersion) return toUser(current);
  return updateUser(db, request, access, id, expectedVersion, { disabled: true }, actor);
}

/** A fresh invitation link; the one issued before stops working. */
export async function issueInvitation(
  db: Kysely<DB>,
  request: FastifyRequest,
  access: Access,
  id: string,
  actor: ActorContext,
): Promise<Invitation> {
  assertAdmin(request, access);
  const invitation = newInvitation();
  await db.transaction().execute(async (trx) => {
    const stored = await repository.findUserForUpdate(trx, id);
    if (!stored) throw notFound('The user');
    if (stored.disabled_at) {
      throw new AppError(
        'UNPROCESSABLE',
        'The user is disabled, so an invitation could not be used. Enable the user first.',
      );
    }
    const before = toUser(stored);
    await repository.updateUserColumns(trx, id, {
      invite_token_hash: invitation.tokenHash,
      invite_expires_at: invitation.expiresAt,
    });
    await appendAuditEvent(trx, actor, {
      action: 'user.invitation_issued',
      entityType: 'user',
      entityId: id,
      before,
      after: await reload(trx, id),
    });
  });
  logInvitation(request, id, invitation);
  return invitationOf(invitation);
}
