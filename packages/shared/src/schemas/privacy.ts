import { type Static, Type } from 'typebox';
import { TopicRefSchema } from './catalogue';
import { NullableString, TimestampSchema, UuidSchema } from './common';
import { PersonAssignmentSchema, PersonSchema } from './people';

/*
 * Privacy (GDPR, DESIGN §3.7): the register extract a signed-in user downloads about themselves
 * (art. 15), and the answer of an administrator's erasure (art. 17), which keeps the history of
 * the posts but replaces the person's data with a pseudonym everywhere it is stored.
 */

const nullableTimestamp = Type.Union([TimestampSchema, Type.Null()]);

/** The user account as stored, without the password hash and the invitation token. */
export const ExtractAccountSchema = Type.Object({
  id: UuidSchema,
  email: Type.String(),
  displayName: NullableString(),
  role: Type.String(),
  locale: Type.String(),
  personId: Type.Union([UuidSchema, Type.Null()]),
  scopeOrganisationIds: Type.Array(UuidSchema),
  disabledAt: nullableTimestamp,
  lockedUntil: nullableTimestamp,
  failedLoginCount: Type.Integer(),
  lastLoginAt: nullableTimestamp,
  passwordChangedAt: nullableTimestamp,
  invitationExpiresAt: nullableTimestamp,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ExtractAccount = Static<typeof ExtractAccountSchema>;

/** Every assignment the person ever had, with its note (the post's history as it concerns them). */
export const ExtractAssignmentSchema = Type.Object({
  ...PersonAssignmentSchema.properties,
  note: NullableString(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type ExtractAssignment = Static<typeof ExtractAssignmentSchema>;

export const ExtractSuggestionSchema = Type.Object({
  id: UuidSchema,
  targetType: Type.String(),
  targetId: UuidSchema,
  field: NullableString(),
  message: Type.String(),
  status: Type.String(),
  organisationId: UuidSchema,
  createdBy: UuidSchema,
  createdAt: TimestampSchema,
  resolvedBy: Type.Union([UuidSchema, Type.Null()]),
  resolvedAt: nullableTimestamp,
  resolutionNote: NullableString(),
});
export type ExtractSuggestion = Static<typeof ExtractSuggestionSchema>;

export const ExtractAuditEventSchema = Type.Object({
  id: UuidSchema,
  at: TimestampSchema,
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.Union([UuidSchema, Type.Null()]),
  actorId: Type.Union([UuidSchema, Type.Null()]),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: NullableString(),
});
export type ExtractAuditEvent = Static<typeof ExtractAuditEventSchema>;

/** A line of a CSV import that was about the person (what the file said, what it would change). */
export const ExtractImportRowSchema = Type.Object({
  importId: UuidSchema,
  line: Type.Integer(),
  action: Type.String(),
  data: Type.Unknown(),
  changes: Type.Unknown(),
});
export type ExtractImportRow = Static<typeof ExtractImportRowSchema>;

export const RegisterExtractSchema = Type.Object({
  /** When the extract was made. */
  generatedAt: TimestampSchema,
  /** The controller's description of what follows, in Swedish and English. */
  about: Type.String(),
  account: ExtractAccountSchema,
  /** The person entry linked to the account, every field as stored; null when none is linked. */
  person: Type.Union([PersonSchema, Type.Null()]),
  /** Every assignment, oldest first, whatever its dates. */
  assignments: Type.Array(ExtractAssignmentSchema),
  topics: Type.Array(TopicRefSchema),
  /** Change suggestions the user reported. */
  suggestionsMade: Type.Array(ExtractSuggestionSchema),
  /** Change suggestions about the person entry. */
  suggestionsAbout: Type.Array(ExtractSuggestionSchema),
  /** Audit events the user caused, or about the user account or the person entry, oldest first. */
  auditEvents: Type.Array(ExtractAuditEventSchema),
  importRows: Type.Array(ExtractImportRowSchema),
});
export type RegisterExtract = Static<typeof RegisterExtractSchema>;

/** What an erasure did, without the data it removed. */
export const ErasureResultSchema = Type.Object({
  personId: UuidSchema,
  givenName: Type.String({ examples: ['Borttagen'] }),
  familyName: Type.String({ examples: ['person 7F3A'] }),
  erasedAt: TimestampSchema,
  /** The user account that was linked to the person, now detached and disabled. */
  userId: Type.Union([UuidSchema, Type.Null()]),
  /** Assignments kept, now pointing to the pseudonym. */
  assignmentsKept: Type.Integer(),
  /** Stored records rewritten to drop the person's data. */
  rewritten: Type.Object({
    auditEvents: Type.Integer(),
    suggestions: Type.Integer(),
    importRows: Type.Integer(),
  }),
  version: Type.Integer(),
});
export type ErasureResult = Static<typeof ErasureResultSchema>;
