import { type Static, Type } from 'typebox';
import { DateSchema, NullableString, PageQuerySchema, TimestampSchema, UuidSchema } from './common';
import {
  AssignmentKindSchema,
  NetworkRefSchema,
  OrganisationRefSchema,
  PostHolderSchema,
  RoleRefSchema,
} from './organisations';

/*
 * Posts (seats that exist whether or not anyone holds them) and assignments (a person holding a
 * post from `validFrom` to `validTo`, both inclusive; a null `validTo` is an open end).
 */

const nullableText = (maxLength: number) => Type.Union([Type.String({ maxLength }), Type.Null()]);

// Posts

export const PostSchema = Type.Object({
  id: UuidSchema,
  roleId: UuidSchema,
  organisationId: UuidSchema,
  networkId: Type.Union([UuidSchema, Type.Null()]),
  title: NullableString(),
  functionalEmail: NullableString(),
  functionalPhone: NullableString(),
  /** The network expects the post to be filled: without a holder it is a vacancy. */
  required: Type.Boolean(),
  note: NullableString(),
  archivedAt: Type.Union([TimestampSchema, Type.Null()]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
  role: RoleRefSchema,
  organisation: OrganisationRefSchema,
  network: Type.Union([NetworkRefSchema, Type.Null()]),
  /** Everyone on the post on the asked date (holder first, then interim, then deputy). */
  holders: Type.Array(PostHolderSchema),
  /** A required, not archived post without a `holder` on the asked date (interim/deputy do not fill it). */
  vacant: Type.Boolean(),
  /** The day after the last holder left; null when held or never held. */
  vacantSince: Type.Union([DateSchema, Type.Null()]),
});
export type Post = Static<typeof PostSchema>;

/** One assignment in a post's history, with the person as the caller may see them. */
export const PostTimelineEntrySchema = Type.Object({
  ...PostHolderSchema.properties,
  note: NullableString(),
});
export type PostTimelineEntry = Static<typeof PostTimelineEntrySchema>;

export const PostDetailSchema = Type.Object({
  ...PostSchema.properties,
  asOf: DateSchema,
  /** Every assignment of the post, all kinds, oldest first. */
  timeline: Type.Array(PostTimelineEntrySchema),
});
export type PostDetail = Static<typeof PostDetailSchema>;

export const ListPostsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    organisation: Type.Optional(
      Type.String({ format: 'uuid', description: 'Posts of this organisation or any below it' }),
    ),
    role: Type.Optional(UuidSchema),
    network: Type.Optional(UuidSchema),
    vacant: Type.Optional(
      Type.Boolean({ description: 'true: only vacancies on `asOf`; false: only filled posts' }),
    ),
    asOf: Type.Optional(DateSchema),
    include: Type.Optional(Type.Literal('archived')),
  },
  { additionalProperties: false },
);
export type ListPostsQuery = Static<typeof ListPostsQuerySchema>;

export const PostDetailQuerySchema = Type.Object(
  { asOf: Type.Optional(DateSchema) },
  { additionalProperties: false },
);
export type PostDetailQuery = Static<typeof PostDetailQuerySchema>;

const postFields = {
  networkId: Type.Union([UuidSchema, Type.Null()]),
  title: Type.Union([Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }), Type.Null()]),
  functionalEmail: Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]),
  functionalPhone: Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()]),
  required: Type.Boolean(),
  note: nullableText(4000),
};
const optionalPostFields = Type.Partial(Type.Object(postFields));

export const CreatePostBodySchema = Type.Object(
  {
    roleId: UuidSchema,
    organisationId: UuidSchema,
    ...optionalPostFields.properties,
  },
  {
    additionalProperties: false,
    examples: [
      {
        roleId: '0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10',
        organisationId: '5c1e0a43-8a3f-4a63-9d7c-0e6b8f2d1a77',
        title: 'Närvårdskoordinator, Gnesta',
        required: true,
      },
    ],
  },
);
export type CreatePostBody = Static<typeof CreatePostBodySchema>;

/** Only the fields sent change; `archivedAt: null` restores an archived post. */
export const UpdatePostBodySchema = Type.Object(
  {
    roleId: Type.Optional(UuidSchema),
    organisationId: Type.Optional(UuidSchema),
    ...optionalPostFields.properties,
    archivedAt: Type.Optional(Type.Null()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePostBody = Static<typeof UpdatePostBodySchema>;

// Assignments

export const AssignmentSchema = Type.Object({
  id: UuidSchema,
  postId: UuidSchema,
  personId: UuidSchema,
  kind: AssignmentKindSchema,
  validFrom: DateSchema,
  /** Inclusive; null means "until further notice". */
  validTo: Type.Union([DateSchema, Type.Null()]),
  note: NullableString(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Assignment = Static<typeof AssignmentSchema>;

export const ListAssignmentsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    post: Type.Optional(UuidSchema),
    person: Type.Optional(UuidSchema),
    organisation: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Assignments to posts of this organisation or any below it',
      }),
    ),
    asOf: Type.Optional(
      Type.String({ format: 'date', description: 'Only assignments current on this date' }),
    ),
    kind: Type.Optional(AssignmentKindSchema),
  },
  { additionalProperties: false },
);
export type ListAssignmentsQuery = Static<typeof ListAssignmentsQuerySchema>;

export const CreateAssignmentBodySchema = Type.Object(
  {
    postId: UuidSchema,
    personId: UuidSchema,
    kind: Type.Optional(AssignmentKindSchema),
    validFrom: DateSchema,
    validTo: Type.Optional(Type.Union([DateSchema, Type.Null()])),
    note: Type.Optional(nullableText(4000)),
  },
  {
    additionalProperties: false,
    examples: [
      {
        postId: '0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10',
        personId: '5c1e0a43-8a3f-4a63-9d7c-0e6b8f2d1a77',
        kind: 'interim',
        validFrom: '2026-09-01',
        validTo: '2027-02-28',
      },
    ],
  },
);
export type CreateAssignmentBody = Static<typeof CreateAssignmentBodySchema>;

/** Dates, kind and note may change (e.g. set `validTo` to end it); post and person may not. */
export const UpdateAssignmentBodySchema = Type.Object(
  {
    kind: Type.Optional(AssignmentKindSchema),
    validFrom: Type.Optional(DateSchema),
    validTo: Type.Optional(Type.Union([DateSchema, Type.Null()])),
    note: Type.Optional(nullableText(4000)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateAssignmentBody = Static<typeof UpdateAssignmentBodySchema>;

export const HandoverBodySchema = Type.Object(
  {
    /** The successor. */
    personId: UuidSchema,
    /** The successor's first day; the current holder's last day is the day before. */
    date: DateSchema,
    kind: Type.Optional(AssignmentKindSchema),
    note: Type.Optional(nullableText(4000)),
  },
  {
    additionalProperties: false,
    examples: [{ personId: '5c1e0a43-8a3f-4a63-9d7c-0e6b8f2d1a77', date: '2027-01-01' }],
  },
);
export type HandoverBody = Static<typeof HandoverBodySchema>;

export const HandoverResultSchema = Type.Object({
  /** The assignment that ends the day before, or null when the post was vacant. */
  ended: Type.Union([AssignmentSchema, Type.Null()]),
  started: AssignmentSchema,
});
export type HandoverResult = Static<typeof HandoverResultSchema>;
