import { type Static, Type } from 'typebox';
import {
  DateSchema,
  LiteralUnion,
  NullableString,
  PageQuerySchema,
  TimestampSchema,
  UuidSchema,
} from './common';
import { OrganisationKindSchema, RoleRefSchema } from './organisations';

/*
 * The catalogue: roles (with their counterpart pairs), networks and topics. None of them belongs
 * to an organisation, so only administrators change them; every signed-in user reads them.
 */

const catalogueKey = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
  description: 'Lower-case letters, digits and hyphens; stable, used in links and imports.',
  examples: ['narvardskoordinator'],
});
const displayName = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' });
const longText = Type.Union([Type.String({ maxLength: 4000 }), Type.Null()]);
const archivedAt = Type.Union([TimestampSchema, Type.Null()]);
const includeArchived = Type.Optional(Type.Literal('archived'));

// Topics

export const topicKinds = ['focus_area', 'national_mission', 'other'] as const;
export const TopicKindSchema = LiteralUnion(topicKinds);
export type TopicKind = (typeof topicKinds)[number];

export const TopicSchema = Type.Object({
  id: UuidSchema,
  key: Type.String(),
  kind: TopicKindSchema,
  nameSv: Type.String(),
  nameEn: Type.String(),
  descriptionSv: NullableString(),
  descriptionEn: NullableString(),
  archivedAt,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Topic = Static<typeof TopicSchema>;

export const TopicRefSchema = Type.Object({
  id: UuidSchema,
  key: Type.String(),
  kind: TopicKindSchema,
  nameSv: Type.String(),
  nameEn: Type.String(),
});
export type TopicRef = Static<typeof TopicRefSchema>;

export const ListTopicsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    kind: Type.Optional(TopicKindSchema),
    include: includeArchived,
  },
  { additionalProperties: false },
);
export type ListTopicsQuery = Static<typeof ListTopicsQuerySchema>;

const optionalTopicFields = Type.Partial(
  Type.Object({
    kind: TopicKindSchema,
    descriptionSv: longText,
    descriptionEn: longText,
  }),
);

export const CreateTopicBodySchema = Type.Object(
  {
    key: catalogueKey,
    nameSv: displayName,
    nameEn: displayName,
    ...optionalTopicFields.properties,
  },
  {
    additionalProperties: false,
    examples: [
      { key: 'jamlik-halsa', kind: 'other', nameSv: 'Jämlik hälsa', nameEn: 'Equal health' },
    ],
  },
);
export type CreateTopicBody = Static<typeof CreateTopicBodySchema>;

/** Only the fields sent change; `archivedAt: null` restores an archived topic. */
export const UpdateTopicBodySchema = Type.Object(
  {
    key: Type.Optional(catalogueKey),
    nameSv: Type.Optional(displayName),
    nameEn: Type.Optional(displayName),
    ...optionalTopicFields.properties,
    archivedAt: Type.Optional(Type.Null()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateTopicBody = Static<typeof UpdateTopicBodySchema>;

// Roles

const synonyms = Type.Array(Type.String({ minLength: 1, maxLength: 60, pattern: '\\S' }), {
  maxItems: 30,
  uniqueItems: true,
  description: 'Other names and abbreviations people search for, e.g. "nvk".',
});

export const RoleSchema = Type.Object({
  id: UuidSchema,
  key: Type.String(),
  nameSv: Type.String(),
  nameEn: Type.String(),
  descriptionSv: NullableString(),
  descriptionEn: NullableString(),
  synonyms: Type.Array(Type.String()),
  archivedAt,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Role = Static<typeof RoleSchema>;

/** A counterpart pair seen from one of its roles: `role` is the other end (or the same role). */
export const RoleCounterpartSchema = Type.Object({
  /** The pair's id, used to remove it. */
  id: UuidSchema,
  role: RoleRefSchema,
  descriptionSv: NullableString(),
  descriptionEn: NullableString(),
});
export type RoleCounterpart = Static<typeof RoleCounterpartSchema>;

export const RoleDetailSchema = Type.Object({
  ...RoleSchema.properties,
  counterparts: Type.Array(RoleCounterpartSchema),
  /** People holding (kind `holder`) a post of this role today. */
  holderCount: Type.Integer({ minimum: 0 }),
});
export type RoleDetail = Static<typeof RoleDetailSchema>;

export const ListRolesQuerySchema = Type.Object(
  { ...PageQuerySchema.properties, include: includeArchived },
  { additionalProperties: false },
);
export type ListRolesQuery = Static<typeof ListRolesQuerySchema>;

const optionalRoleFields = Type.Partial(
  Type.Object({ descriptionSv: longText, descriptionEn: longText, synonyms }),
);

export const CreateRoleBodySchema = Type.Object(
  {
    key: catalogueKey,
    nameSv: displayName,
    nameEn: displayName,
    ...optionalRoleFields.properties,
  },
  {
    additionalProperties: false,
    examples: [
      {
        key: 'demenssjukskoterska',
        nameSv: 'Demenssjuksköterska',
        nameEn: 'Dementia nurse',
        synonyms: ['demens-ssk'],
      },
    ],
  },
);
export type CreateRoleBody = Static<typeof CreateRoleBodySchema>;

/** Only the fields sent change; `synonyms` replaces the list; `archivedAt: null` restores. */
export const UpdateRoleBodySchema = Type.Object(
  {
    key: Type.Optional(catalogueKey),
    nameSv: Type.Optional(displayName),
    nameEn: Type.Optional(displayName),
    ...optionalRoleFields.properties,
    archivedAt: Type.Optional(Type.Null()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateRoleBody = Static<typeof UpdateRoleBodySchema>;

export const CreateRoleCounterpartBodySchema = Type.Object(
  {
    /** The other role of the pair; may be the role itself (peers in other organisations). */
    roleId: UuidSchema,
    descriptionSv: Type.Optional(longText),
    descriptionEn: Type.Optional(longText),
  },
  { additionalProperties: false },
);
export type CreateRoleCounterpartBody = Static<typeof CreateRoleCounterpartBodySchema>;

export const RoleCounterpartParamsSchema = Type.Object(
  { id: UuidSchema, pairId: UuidSchema },
  { additionalProperties: false },
);
export type RoleCounterpartParams = Static<typeof RoleCounterpartParamsSchema>;

// Networks

export const networkKinds = ['network', 'programme_area', 'project', 'forum'] as const;
export const NetworkKindSchema = LiteralUnion(networkKinds);
export type NetworkKind = (typeof networkKinds)[number];

export const NetworkSchema = Type.Object({
  id: UuidSchema,
  name: Type.String(),
  shortName: NullableString(),
  kind: NetworkKindSchema,
  parentId: Type.Union([UuidSchema, Type.Null()]),
  description: NullableString(),
  website: NullableString(),
  /** The network's topics. */
  topicIds: Type.Array(UuidSchema),
  /** The organisations taking part in the network. */
  organisationIds: Type.Array(UuidSchema),
  archivedAt,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Network = Static<typeof NetworkSchema>;

export const NetworkSummarySchema = Type.Object({
  id: UuidSchema,
  name: Type.String(),
  shortName: NullableString(),
  kind: NetworkKindSchema,
});
export type NetworkSummary = Static<typeof NetworkSummarySchema>;

/** An organisation taking part in a network, for the period given (null = open). */
export const NetworkMemberSchema = Type.Object({
  id: UuidSchema,
  name: Type.String(),
  shortName: NullableString(),
  kind: OrganisationKindSchema,
  validFrom: Type.Union([DateSchema, Type.Null()]),
  validTo: Type.Union([DateSchema, Type.Null()]),
});
export type NetworkMember = Static<typeof NetworkMemberSchema>;

export const NetworkDetailSchema = Type.Object({
  ...NetworkSchema.properties,
  parent: Type.Union([NetworkSummarySchema, Type.Null()]),
  children: Type.Array(NetworkSummarySchema),
  topics: Type.Array(TopicRefSchema),
  organisations: Type.Array(NetworkMemberSchema),
  /** Posts (not archived) that belong to the network. */
  postCount: Type.Integer({ minimum: 0 }),
});
export type NetworkDetail = Static<typeof NetworkDetailSchema>;

export const ListNetworksQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    kind: Type.Optional(NetworkKindSchema),
    parent: Type.Optional(UuidSchema),
    topic: Type.Optional(UuidSchema),
    include: includeArchived,
  },
  { additionalProperties: false },
);
export type ListNetworksQuery = Static<typeof ListNetworksQuerySchema>;

const optionalNetworkFields = Type.Partial(
  Type.Object({
    shortName: Type.Union([Type.String({ minLength: 1, maxLength: 60 }), Type.Null()]),
    parentId: Type.Union([UuidSchema, Type.Null()]),
    description: longText,
    website: Type.Union([Type.String({ format: 'uri', maxLength: 500 }), Type.Null()]),
    /** Replaces the network's topics. */
    topicIds: Type.Array(UuidSchema, { maxItems: 100, uniqueItems: true }),
    /** Replaces the member organisations; those kept keep their periods. */
    organisationIds: Type.Array(UuidSchema, { maxItems: 1000, uniqueItems: true }),
  }),
);

export const CreateNetworkBodySchema = Type.Object(
  {
    name: displayName,
    kind: NetworkKindSchema,
    ...optionalNetworkFields.properties,
  },
  {
    additionalProperties: false,
    examples: [{ name: 'Forum för hemsjukvård', kind: 'forum' }],
  },
);
export type CreateNetworkBody = Static<typeof CreateNetworkBodySchema>;

/** Only the fields sent change; `topicIds`/`organisationIds` replace the sets; `archivedAt: null` restores. */
export const UpdateNetworkBodySchema = Type.Object(
  {
    name: Type.Optional(displayName),
    kind: Type.Optional(NetworkKindSchema),
    ...optionalNetworkFields.properties,
    archivedAt: Type.Optional(Type.Null()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateNetworkBody = Static<typeof UpdateNetworkBodySchema>;
