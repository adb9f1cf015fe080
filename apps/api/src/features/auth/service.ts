import { type DB, decoyHash, hashPassword, verifyPassword } from '@nk/db';
import type { Me } from '@nk/shared';
import type { Kysely } from 'kysely';
import { AppError } from '../../lib/app-error';
import { assertAcceptablePassword } from '../../lib/password-policy';
import type { AuthUser } from '../../plugins/auth';
import { type ActorContext, appendAuditEvent } from '../audit/repository';
import { inviteTokenHash } from '../users/invitation';
import { findUser } from '../users/repository';
import { toUser } from '../users/service';
import * as users from './repository';

const freeAttempts = 5;
const maxLockSeconds = 15 * 60;

/** After five failures in a row, each further one locks the account twice as long (≤ 15 min). */
export function lockDuration(failedAttempts: number): number {
  if (failedAttempts < freeAttempts) return 0;
  return Math.min(30 * 2 ** (failedAttempts - freeAttempts), maxLockSeconds);
}

const invalidCredentials = () =>
  new AppError('INVALID_CREDENTIALS', 'The e-mail address or the password is wrong.');

/** Checks the credentials and returns the user; every attempt leaves an audit event. */
export async function signIn(
  db: Kysely<DB>,
  email: string,
  password: string,
  context: ActorContext,
): Promise<AuthUser> {
  const user = await users.findUserByEmail(db, email);
  if (!user || user.password_hash === null || user.disabled_at !== null) {
    await verifyPassword(await decoyHash, password);
    await appendAuditEvent(db, context, {
      action: 'auth.login_failed',
      entityType: 'user',
      entityId: user?.id ?? null,
      after: { email: email.slice(0, 254), reason: user ? 'disabled' : 'unknown' },
    });
    throw invalidCredentials();
  }
  if (user.locked_until && user.locked_until > new Date()) {
    const seconds = Math.ceil((user.locked_until.getTime() - Date.now()) / 1000);
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Too many failed sign-ins. Try again in ${seconds} seconds.`,
      { headers: { 'retry-after': String(seconds) } },
    );
  }
  if (!(await verifyPassword(user.password_hash, password))) {
    const seconds = lockDuration(user.failed_login_count + 1);
    await db.transaction().execute(async (trx) => {
      await users.recordFailedLogin(
        trx,
        user.id,
        seconds ? new Date(Date.now() + seconds * 1000) : null,
      );
      await appendAuditEvent(
        trx,
        { ...context, actorId: user.id },
        {
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: user.id,
          after: { reason: 'password', failedAttempts: user.failed_login_count + 1 },
        },
      );
    });
    throw invalidCredentials();
  }
  await db.transaction().execute(async (trx) => {
    await users.recordSuccessfulLogin(trx, user.id);
    await appendAuditEvent(
      trx,
      { ...context, actorId: user.id },
      {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
      },
    );
  });
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    role: user.role,
    locale: user.locale,
    personId: user.person_id,
    tokenVersion: user.token_version,
  };
}

/** Revokes every outstanding token of the user (this browser's and all others). */
export async function signOut(db: Kysely<DB>, user: AuthUser, context: ActorContext) {
  await db.transaction().execute(async (trx) => {
    await users.bumpTokenVersion(trx, user.id);
    await appendAuditEvent(trx, context, {
      action: 'auth.logout',
      entityType: 'user',
      entityId: user.id,
    });
  });
}

/** Sets a new password after checking the current one; all earlier tokens stop working. */
export async function changePassword(
  db: Kysely<DB>,
  user: AuthUser,
  currentPassword: string,
  newPassword: string,
  context: ActorContext,
): Promise<number> {
  const row = await users.findUserById(db, user.id);
  if (!row?.password_hash || !(await verifyPassword(row.password_hash, currentPassword))) {
    throw new AppError('VALIDATION_FAILED', 'The current password is wrong.', {
      errors: [{ field: 'body.currentPassword', message: 'is wrong' }],
    });
  }
  await assertAcceptablePassword(newPassword, row.email, 'body.newPassword');
  const hash = await hashPassword(newPassword);
  return db.transaction().execute(async (trx) => {
    const { token_version } = await users.updatePasswordHash(trx, user.id, hash);
    await appendAuditEvent(trx, context, {
      action: 'user.password_changed',
      entityType: 'user',
      entityId: user.id,
    });
    return token_version;
  });
}

const invalidInvitation = () =>
  new AppError(
    'VALIDATION_FAILED',
    'This invitation link is not valid: it has been used already or replaced by a newer one. Ask an administrator for a new invitation.',
    { errors: [{ field: 'body.token', message: 'is not a valid invitation' }] },
  );

/**
 * Sets the password of an invited user (or one whose administrator sent a new link) and signs
 * them in: the token works once, for seven days, and only for an enabled user.
 */
export async function acceptInvitation(
  db: Kysely<DB>,
  token: string,
  password: string,
  context: ActorContext,
): Promise<AuthUser> {
  const tokenHash = inviteTokenHash(token);
  const invited = await users.findUserByInviteTokenHash(db, tokenHash);
  if (!invited || invited.disabled_at !== null) throw invalidInvitation();
  if (!invited.invite_expires_at || invited.invite_expires_at <= new Date()) {
    const day = invited.invite_expires_at?.toISOString().slice(0, 10);
    throw new AppError(
      'VALIDATION_FAILED',
      `This invitation link expired${day ? ` on ${day}` : ''}: links work for seven days. Ask an administrator for a new invitation.`,
      { errors: [{ field: 'body.token', message: 'has expired' }] },
    );
  }
  await assertAcceptablePassword(password, invited.email, 'body.password');
  // Hashing is slow on purpose, so it happens before the transaction, not inside it.
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    const beforeRow = await findUser(trx, invited.id);
    const row = await users.acceptInvitation(trx, invited.id, tokenHash, passwordHash);
    // Someone else used the same link a moment earlier.
    if (!row || !beforeRow) throw invalidInvitation();
    const afterRow = await findUser(trx, invited.id);
    await appendAuditEvent(
      trx,
      { ...context, actorId: row.id },
      {
        action: 'user.invite_accepted',
        entityType: 'user',
        entityId: row.id,
        before: toUser(beforeRow),
        after: afterRow && toUser(afterRow),
      },
    );
    return {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      locale: row.locale,
      personId: row.person_id,
      tokenVersion: row.token_version,
    };
  });
}

export async function describeUser(db: Kysely<DB>, user: AuthUser): Promise<Me> {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    locale: user.locale,
    personId: user.personId,
    scope: user.role === 'editor' ? await users.listScopeOrganisationIds(db, user.id) : [],
  };
}
