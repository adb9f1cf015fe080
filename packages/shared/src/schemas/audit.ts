import { type Static, Type } from 'typebox';
import { NullableString, PageQuerySchema, TimestampSchema, UuidSchema } from './common';

/*
 * The audit log (administrators only): one append-only event per write, in the same transaction
 * as the change, with the entity as it was before and after.
 */

/** A user as other records name them: who acted, who reported, who resolved. */
export const UserRefSchema = Type.Object({
  id: UuidSchema,
  displayName: NullableString(),
  email: Type.String(),
});
export type UserRef = Static<typeof UserRefSchema>;

export const AuditEventSchema = Type.Object({
  id: UuidSchema,
  at: TimestampSchema,
  /** `<entity type>.<verb>`, e.g. `person.updated`, `post.handed_over`, `suggestion.resolved`. */
  action: Type.String({ examples: ['person.updated'] }),
  entityType: Type.String({ examples: ['person'] }),
  entityId: Type.Union([UuidSchema, Type.Null()]),
  actorId: Type.Union([UuidSchema, Type.Null()]),
  /** Null for events without a signed-in actor (failed sign-ins, the system itself). */
  actor: Type.Union([UserRefSchema, Type.Null()]),
  /** The entity as it was before the change; null for creations. */
  before: Type.Unknown(),
  /** The entity as it is after the change; null for removals. */
  after: Type.Unknown(),
  /** The request that made the change, as in the `x-request-id` header and the server log. */
  requestId: NullableString(),
});
export type AuditEvent = Static<typeof AuditEventSchema>;

export const ListAuditQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    entityType: Type.Optional(
      Type.String({ pattern: '^[a-z][a-z_]{0,39}$', examples: ['person'] }),
    ),
    entityId: Type.Optional(
      Type.String({ format: 'uuid', description: 'Events about this entity' }),
    ),
    entity: Type.Optional(Type.String({ format: 'uuid', description: 'The same as `entityId`' })),
    actor: Type.Optional(
      Type.String({ format: 'uuid', description: 'Events caused by this user' }),
    ),
    action: Type.Optional(
      Type.String({
        pattern: '^[a-z][a-z_.]{0,59}(\\.\\*)?$',
        description:
          'An exact action such as `person.updated`, or every action of a type: `person.*`',
        examples: ['person.updated', 'suggestion.*'],
      }),
    ),
    since: Type.Optional(
      Type.String({ format: 'date-time', description: 'Events at or after this moment' }),
    ),
    until: Type.Optional(
      Type.String({ format: 'date-time', description: 'Events before this moment' }),
    ),
  },
  { additionalProperties: false },
);
export type ListAuditQuery = Static<typeof ListAuditQuerySchema>;
