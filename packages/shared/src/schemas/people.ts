import { type Static, type TSchema, Type } from 'typebox';
import { TopicRefSchema } from './catalogue';
import {
  DateSchema,
  LiteralUnion,
  NullableString,
  PageQuerySchema,
  TimestampSchema,
  UuidSchema,
} from './common';
import {
  AssignmentKindSchema,
  NetworkRefSchema,
  OrganisationRefSchema,
  RoleRefSchema,
} from './organisations';

/*
 * People: the directory's entries. A person's employer (`organisationId`) owns the record, so its
 * stewards maintain it; the posts a person holds may be in other organisations.
 */

export const visibilities = ['network', 'organisation'] as const;
/** `network`: every signed-in user; `organisation`: the person's own organisation, stewards, admins. */
export const VisibilitySchema = LiteralUnion(visibilities, {
  description:
    '`network`: every signed-in user sees it; `organisation`: only people of the same ' +
    'organisation, its stewards and administrators (others get null).',
});
export type Visibility = (typeof visibilities)[number];

export const PersonSchema = Type.Object({
  id: UuidSchema,
  /** The employer: its stewards maintain the record. */
  organisationId: UuidSchema,
  organisation: OrganisationRefSchema,
  givenName: Type.String(),
  familyName: Type.String(),
  title: NullableString(),
  email: NullableString(),
  /** Null when restricted to the person's organisation and the caller is outside it. */
  phone: NullableString(),
  mobile: NullableString(),
  phoneVisibility: VisibilitySchema,
  mobileVisibility: VisibilitySchema,
  /** "Ask me about". */
  bio: NullableString(),
  /** ISO 639 codes, e.g. `sv`, `en`, `ar`. */
  languages: Type.Array(Type.String()),
  topicIds: Type.Array(UuidSchema),
  hsaId: NullableString(),
  /** Skyddad identitet: only administrators see the person at all. */
  protected: Type.Boolean(),
  lastVerifiedAt: Type.Union([TimestampSchema, Type.Null()]),
  /** The user who last confirmed the entry. */
  lastVerifiedBy: Type.Union([UuidSchema, Type.Null()]),
  archivedAt: Type.Union([TimestampSchema, Type.Null()]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Person = Static<typeof PersonSchema>;

/** One of the person's assignments, with the post it is on ("since" is `validFrom`). */
export const PersonAssignmentSchema = Type.Object({
  assignmentId: UuidSchema,
  kind: AssignmentKindSchema,
  validFrom: DateSchema,
  /** Inclusive; null means "until further notice". */
  validTo: Type.Union([DateSchema, Type.Null()]),
  post: Type.Object({ id: UuidSchema, title: NullableString(), required: Type.Boolean() }),
  role: RoleRefSchema,
  /** The organisation the post belongs to (not necessarily the person's employer). */
  organisation: OrganisationRefSchema,
  network: Type.Union([NetworkRefSchema, Type.Null()]),
});
export type PersonAssignment = Static<typeof PersonAssignmentSchema>;

/** The person's profile as of a date, in one request. */
export const PersonDetailSchema = Type.Object({
  ...PersonSchema.properties,
  asOf: DateSchema,
  /** Assignments current on `asOf`: holder first, then interim, then deputy. */
  currentPosts: Type.Array(PersonAssignmentSchema),
  /** Assignments that ended before `asOf`, newest first. */
  history: Type.Array(PersonAssignmentSchema),
  /** Assignments starting after `asOf`, soonest first. */
  upcoming: Type.Array(PersonAssignmentSchema),
  topics: Type.Array(TopicRefSchema),
  /** The distinct networks of the current posts. */
  networks: Type.Array(NetworkRefSchema),
});
export type PersonDetail = Static<typeof PersonDetailSchema>;

export const ListPeopleQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    organisation: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'People employed by this organisation or any organisation below it',
      }),
    ),
    role: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'People holding (holder or interim) a post of this role on `asOf`',
      }),
    ),
    network: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'People holding (holder or interim) a post in this network on `asOf`',
      }),
    ),
    topic: Type.Optional(
      Type.String({ format: 'uuid', description: 'People who list this topic' }),
    ),
    asOf: Type.Optional(
      Type.String({
        format: 'date',
        description: 'The date `role` and `network` are judged on; default today in Sweden',
      }),
    ),
    include: Type.Optional(Type.Literal('archived')),
  },
  { additionalProperties: false },
);
export type ListPeopleQuery = Static<typeof ListPeopleQuerySchema>;

export const PersonDetailQuerySchema = Type.Object(
  { asOf: Type.Optional(DateSchema) },
  { additionalProperties: false },
);
export type PersonDetailQuery = Static<typeof PersonDetailQuerySchema>;

const personName = Type.String({ minLength: 1, maxLength: 100, pattern: '\\S' });
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The fields a person may change about themselves (self-service), besides staff-only ones. */
export const personContactFields = [
  'title',
  'email',
  'phone',
  'mobile',
  'phoneVisibility',
  'mobileVisibility',
  'bio',
  'languages',
  'topicIds',
] as const;

const personFields = {
  title: nullable(Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' })),
  email: nullable(Type.String({ format: 'email', maxLength: 254 })),
  phone: nullable(Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' })),
  mobile: nullable(Type.String({ minLength: 1, maxLength: 40, pattern: '\\S' })),
  phoneVisibility: VisibilitySchema,
  mobileVisibility: VisibilitySchema,
  bio: nullable(Type.String({ maxLength: 2000 })),
  languages: Type.Array(Type.String({ pattern: '^[a-z]{2,3}$' }), {
    maxItems: 20,
    description: 'ISO 639 language codes in lower case',
  }),
  topicIds: Type.Array(UuidSchema, { maxItems: 50 }),
  hsaId: nullable(Type.String({ pattern: '^SE[0-9A-Za-z-]{1,60}$' })),
  /** Administrators only. */
  protected: Type.Boolean(),
};
const optionalPersonFields = Type.Partial(Type.Object(personFields));

export const CreatePersonBodySchema = Type.Object(
  {
    givenName: personName,
    familyName: personName,
    organisationId: UuidSchema,
    ...optionalPersonFields.properties,
  },
  {
    additionalProperties: false,
    examples: [
      {
        givenName: 'Sanna',
        familyName: 'Öberg',
        organisationId: '0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10',
        title: 'Sjuksköterska, närvårdskoordinator',
        email: 'sanna.oberg@flen.example',
        mobile: '070-174 06 50',
        mobileVisibility: 'organisation',
        languages: ['sv', 'en'],
      },
    ],
  },
);
export type CreatePersonBody = Static<typeof CreatePersonBodySchema>;

/**
 * Only the fields sent change; `topicIds` replaces the person's topics; `archivedAt: null`
 * restores an archived person. The person themselves may send only the contact fields.
 */
export const UpdatePersonBodySchema = Type.Object(
  {
    givenName: Type.Optional(personName),
    familyName: Type.Optional(personName),
    organisationId: Type.Optional(UuidSchema),
    ...optionalPersonFields.properties,
    archivedAt: Type.Optional(Type.Null()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdatePersonBody = Static<typeof UpdatePersonBodySchema>;
