import { type Static, Type } from 'typebox';
import { UserRoleSchema } from './auth';
import {
  LiteralUnion,
  NullableString,
  PageQuerySchema,
  TimestampSchema,
  UuidSchema,
} from './common';

/*
 * User administration (administrators only): invitations, roles, editor scopes and disabling.
 * Users are never deleted, so the audit log always names someone who still exists.
 */

/** `invited`: no password yet; `active`: may sign in; `disabled`: every token refused. */
export const userStatuses = ['invited', 'active', 'disabled'] as const;
export const UserStatusSchema = LiteralUnion(userStatuses);
export type UserStatus = (typeof userStatuses)[number];

const LocaleSchema = Type.Union([Type.Literal('sv'), Type.Literal('en')]);
const nullableTimestamp = Type.Union([TimestampSchema, Type.Null()]);

/** A new password: 8 to 128 characters, and not a common one (checked by the API's password policy). */
export const NewPasswordSchema = Type.String({
  minLength: 8,
  maxLength: 128,
  description: 'At least 8 characters.',
});

export const UserSchema = Type.Object({
  id: UuidSchema,
  email: Type.String(),
  displayName: NullableString(),
  role: UserRoleSchema,
  locale: LocaleSchema,
  /** The person entry this user is (self-service), if linked. */
  personId: Type.Union([UuidSchema, Type.Null()]),
  /** Organisations an editor may change, descendants included; empty for viewers and admins. */
  scopeOrganisationIds: Type.Array(UuidSchema),
  status: UserStatusSchema,
  /** When the outstanding invitation link stops working; null when none is outstanding. */
  invitationExpiresAt: nullableTimestamp,
  disabledAt: nullableTimestamp,
  /** Set while sign-in is locked after repeated wrong passwords. */
  lockedUntil: nullableTimestamp,
  lastLoginAt: nullableTimestamp,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type User = Static<typeof UserSchema>;

export const ListUsersQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    role: Type.Optional(UserRoleSchema),
    q: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'Part of the e-mail address or the display name.',
      }),
    ),
    include: Type.Optional(Type.Literal('disabled', { description: 'Also list disabled users.' })),
  },
  { additionalProperties: false },
);
export type ListUsersQuery = Static<typeof ListUsersQuerySchema>;

const displayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const scopeOrganisationIds = Type.Array(UuidSchema, {
  uniqueItems: true,
  maxItems: 200,
  description: 'Editors only, and at least one: the organisations (with descendants) they change.',
});

export const CreateUserBodySchema = Type.Object(
  {
    email: Type.String({ format: 'email', minLength: 3, maxLength: 254 }),
    displayName,
    role: UserRoleSchema,
    scopeOrganisationIds: Type.Optional(scopeOrganisationIds),
    personId: Type.Optional(Type.Union([UuidSchema, Type.Null()])),
    locale: Type.Optional(LocaleSchema),
  },
  {
    additionalProperties: false,
    examples: [
      {
        email: 'karin.lund@katrineholm.example',
        displayName: 'Karin Lund',
        role: 'editor',
        scopeOrganisationIds: ['0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10'],
      },
    ],
  },
);
export type CreateUserBody = Static<typeof CreateUserBodySchema>;

/** Only the fields sent change. `disabled: true` signs the user out everywhere at once. */
export const UpdateUserBodySchema = Type.Object(
  {
    displayName: Type.Optional(displayName),
    role: Type.Optional(UserRoleSchema),
    scopeOrganisationIds: Type.Optional(scopeOrganisationIds),
    personId: Type.Optional(Type.Union([UuidSchema, Type.Null()])),
    locale: Type.Optional(LocaleSchema),
    disabled: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    minProperties: 1,
    examples: [{ role: 'viewer' }, { disabled: true }],
  },
);
export type UpdateUserBody = Static<typeof UpdateUserBodySchema>;

export const InvitationSchema = Type.Object({
  /** The web app's set-password page; the token in it works once, until `expiresAt`. */
  url: Type.String({ examples: ['/aktivera?token=8kq3…'] }),
  expiresAt: TimestampSchema,
});
export type Invitation = Static<typeof InvitationSchema>;

export const CreateUserResponseSchema = Type.Object({
  user: UserSchema,
  invitation: InvitationSchema,
});
export type CreateUserResponse = Static<typeof CreateUserResponseSchema>;

export const AcceptInviteBodySchema = Type.Object(
  {
    token: Type.String({ minLength: 1, maxLength: 200 }),
    password: NewPasswordSchema,
  },
  {
    additionalProperties: false,
    examples: [{ token: '8kq3…', password: 'ett-langt-losenord' }],
  },
);
export type AcceptInviteBody = Static<typeof AcceptInviteBodySchema>;
