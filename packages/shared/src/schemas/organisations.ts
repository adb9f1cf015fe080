import { type Static, Type } from 'typebox';
import {
  DateSchema,
  LiteralUnion,
  NullableString,
  PageQuerySchema,
  TimestampSchema,
  UuidSchema,
} from './common';

export const organisationKinds = [
  'region',
  'municipality',
  'hospital',
  'division',
  'unit',
  'primary_care',
  'research',
  'civil_society',
  'other',
] as const;
export const OrganisationKindSchema = LiteralUnion(organisationKinds);
export type OrganisationKind = (typeof organisationKinds)[number];

export const OrganisationSchema = Type.Object({
  id: UuidSchema,
  name: Type.String(),
  shortName: NullableString(),
  kind: OrganisationKindSchema,
  parentId: Type.Union([UuidSchema, Type.Null()]),
  municipalityCode: NullableString(),
  hsaId: NullableString(),
  email: NullableString(),
  phone: NullableString(),
  website: NullableString(),
  streetAddress: NullableString(),
  postalCode: NullableString(),
  city: NullableString(),
  description: NullableString(),
  archivedAt: Type.Union([TimestampSchema, Type.Null()]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Organisation = Static<typeof OrganisationSchema>;

export const OrganisationRefSchema = Type.Object({
  id: UuidSchema,
  name: Type.String(),
  shortName: NullableString(),
  kind: OrganisationKindSchema,
});
export type OrganisationRef = Static<typeof OrganisationRefSchema>;

export const organisationLinkKinds = ['serves', 'partner'] as const;
export const OrganisationLinkKindSchema = LiteralUnion(organisationLinkKinds);

export const OrganisationLinkSchema = Type.Object({
  id: UuidSchema,
  kind: OrganisationLinkKindSchema,
  /** `outgoing`: this organisation serves/partners the other; `incoming`: the other way round. */
  direction: Type.Union([Type.Literal('outgoing'), Type.Literal('incoming')]),
  organisation: OrganisationRefSchema,
});
export type OrganisationLink = Static<typeof OrganisationLinkSchema>;

/** One link between two organisations, as the list of all links gives it (e.g. for the map). */
export const OrganisationLinkEdgeSchema = Type.Object({
  id: UuidSchema,
  kind: OrganisationLinkKindSchema,
  /** `serves`: this organisation serves the other (its catchment); `partner`: either way. */
  fromOrganisationId: UuidSchema,
  toOrganisationId: UuidSchema,
  validFrom: Type.Union([DateSchema, Type.Null()]),
  validTo: Type.Union([DateSchema, Type.Null()]),
});
export type OrganisationLinkEdge = Static<typeof OrganisationLinkEdgeSchema>;

export const ListOrganisationLinksQuerySchema = Type.Object(
  {
    limit: PageQuerySchema.properties.limit,
    cursor: PageQuerySchema.properties.cursor,
    kind: Type.Optional(OrganisationLinkKindSchema),
  },
  { additionalProperties: false },
);
export type ListOrganisationLinksQuery = Static<typeof ListOrganisationLinksQuerySchema>;

export const PersonRefSchema = Type.Object({
  id: UuidSchema,
  givenName: Type.String(),
  familyName: Type.String(),
  title: NullableString(),
  email: NullableString(),
  phone: NullableString(),
  mobile: NullableString(),
});
export type PersonRef = Static<typeof PersonRefSchema>;

export const AssignmentKindSchema = Type.Union([
  Type.Literal('holder'),
  Type.Literal('interim'),
  Type.Literal('deputy'),
]);
export type AssignmentKind = Static<typeof AssignmentKindSchema>;

export const PostHolderSchema = Type.Object({
  assignmentId: UuidSchema,
  kind: AssignmentKindSchema,
  validFrom: DateSchema,
  validTo: Type.Union([DateSchema, Type.Null()]),
  person: PersonRefSchema,
});
export type PostHolder = Static<typeof PostHolderSchema>;

export const RoleRefSchema = Type.Object({
  id: UuidSchema,
  key: Type.String(),
  nameSv: Type.String(),
  nameEn: Type.String(),
});
export type RoleRef = Static<typeof RoleRefSchema>;

export const NetworkRefSchema = Type.Object({ id: UuidSchema, name: Type.String() });
export type NetworkRef = Static<typeof NetworkRefSchema>;

/** A post as seen on an organisation page: who holds it as of the asked date, or that it is vacant. */
export const OrganisationPostSchema = Type.Object({
  id: UuidSchema,
  title: NullableString(),
  required: Type.Boolean(),
  role: RoleRefSchema,
  network: Type.Union([NetworkRefSchema, Type.Null()]),
  functionalEmail: NullableString(),
  functionalPhone: NullableString(),
  holders: Type.Array(PostHolderSchema),
  vacant: Type.Boolean(),
  /** The day after the last holder left; null when held or never held. */
  vacantSince: Type.Union([DateSchema, Type.Null()]),
});
export type OrganisationPost = Static<typeof OrganisationPostSchema>;

export const OrganisationDetailSchema = Type.Object({
  ...OrganisationSchema.properties,
  /** From the root down to the direct parent. */
  ancestors: Type.Array(OrganisationRefSchema),
  children: Type.Array(OrganisationRefSchema),
  links: Type.Array(OrganisationLinkSchema),
  posts: Type.Array(OrganisationPostSchema),
  asOf: DateSchema,
});
export type OrganisationDetail = Static<typeof OrganisationDetailSchema>;

export const ListOrganisationsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    kind: Type.Optional(OrganisationKindSchema),
    parent: Type.Optional(UuidSchema),
    municipality: Type.Optional(Type.String({ pattern: '^[0-9]{4}$' })),
    include: Type.Optional(Type.Literal('archived')),
  },
  { additionalProperties: false },
);
export type ListOrganisationsQuery = Static<typeof ListOrganisationsQuerySchema>;

export const OrganisationDetailQuerySchema = Type.Object({
  asOf: Type.Optional(DateSchema),
});

const organisationFields = {
  shortName: Type.Union([Type.String({ minLength: 1, maxLength: 60 }), Type.Null()]),
  parentId: Type.Union([UuidSchema, Type.Null()]),
  municipalityCode: Type.Union([Type.String({ pattern: '^[0-9]{4}$' }), Type.Null()]),
  hsaId: Type.Union([Type.String({ pattern: '^SE[0-9A-Za-z-]{1,60}$' }), Type.Null()]),
  email: Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Null()]),
  phone: Type.Union([Type.String({ minLength: 1, maxLength: 40 }), Type.Null()]),
  website: Type.Union([Type.String({ format: 'uri', maxLength: 500 }), Type.Null()]),
  streetAddress: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]),
  postalCode: Type.Union([Type.String({ maxLength: 20 }), Type.Null()]),
  city: Type.Union([Type.String({ maxLength: 100 }), Type.Null()]),
  description: Type.Union([Type.String({ maxLength: 4000 }), Type.Null()]),
};
const organisationName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });

const optionalOrganisationFields = Type.Partial(Type.Object(organisationFields));

export const CreateOrganisationBodySchema = Type.Object(
  {
    name: organisationName,
    kind: OrganisationKindSchema,
    ...optionalOrganisationFields.properties,
  },
  {
    additionalProperties: false,
    examples: [{ name: 'Vårdcentralen Malmköping', kind: 'primary_care' }],
  },
);
export type CreateOrganisationBody = Static<typeof CreateOrganisationBodySchema>;

/** Only the fields sent change; `archivedAt: null` restores an archived organisation. */
export const UpdateOrganisationBodySchema = Type.Object(
  {
    name: Type.Optional(organisationName),
    kind: Type.Optional(OrganisationKindSchema),
    ...optionalOrganisationFields.properties,
    archivedAt: Type.Optional(Type.Null()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOrganisationBody = Static<typeof UpdateOrganisationBodySchema>;

/**
 * Links the organisation in the path to another: `outgoing` means it serves (or partners) the
 * other, e.g. a hospital serving a municipality in its catchment; `incoming` the other way round.
 */
export const CreateOrganisationLinkBodySchema = Type.Object(
  {
    kind: OrganisationLinkKindSchema,
    organisationId: UuidSchema,
    direction: Type.Optional(
      Type.Union([Type.Literal('outgoing'), Type.Literal('incoming')], { default: 'outgoing' }),
    ),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()])),
  },
  {
    additionalProperties: false,
    examples: [
      {
        kind: 'serves',
        organisationId: '5c1e0a43-8a3f-4a63-9d7c-0e6b8f2d1a77',
        direction: 'outgoing',
      },
    ],
  },
);
export type CreateOrganisationLinkBody = Static<typeof CreateOrganisationLinkBodySchema>;

export const OrganisationLinkParamsSchema = Type.Object(
  { id: UuidSchema, linkId: UuidSchema },
  { additionalProperties: false },
);
export type OrganisationLinkParams = Static<typeof OrganisationLinkParamsSchema>;
