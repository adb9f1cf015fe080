import { type Static, Type } from 'typebox';
import { NetworkSummarySchema, RoleCounterpartSchema } from './catalogue';
import { DateSchema, LiteralUnion, NullableString, UuidSchema } from './common';
import {
  NetworkRefSchema,
  OrganisationRefSchema,
  PostHolderSchema,
  RoleRefSchema,
} from './organisations';

/*
 * Collaboration across organisations: who a post-holder's counterparts are in the organisations
 * that relate to theirs, and a network's coverage grid (member organisations × roles).
 */

const exampleIds = {
  role: '0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10',
  organisation: '5c1e0a43-8a3f-4a63-9d7c-0e6b8f2d1a77',
  other: '9d2b6c4e-1f0a-4b8e-8a3c-7e5d4c3b2a19',
  post: '3e8a1c5d-7b2f-4e9a-9c6d-1a2b3c4d5e6f',
  person: '7f6e5d4c-3b2a-4190-8f7e-6d5c4b3a2910',
  assignment: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
  network: '6c5b4a39-2817-4f6e-9d5c-4b3a29180f7e',
};

/** A post as the counterpart and coverage views show it: who is on it as of the asked date. */
export const CounterpartPostSchema = Type.Object({
  id: UuidSchema,
  title: NullableString(),
  required: Type.Boolean(),
  role: RoleRefSchema,
  organisation: OrganisationRefSchema,
  network: Type.Union([NetworkRefSchema, Type.Null()]),
  functionalEmail: NullableString(),
  functionalPhone: NullableString(),
  /** Everyone on the post on the asked date: the holder first, then interim, then deputies. */
  holders: Type.Array(PostHolderSchema),
  /** A required post without a `holder` on the asked date (an interim does not fill it). */
  vacant: Type.Boolean(),
  /** The day after the last holder left; null when held or never held. */
  vacantSince: Type.Union([DateSchema, Type.Null()]),
});
export type CounterpartPost = Static<typeof CounterpartPostSchema>;

// Counterparts

export const CounterpartsQuerySchema = Type.Object(
  {
    role: Type.String({
      pattern: '^[A-Za-z0-9][A-Za-z0-9-]{0,62}$',
      description: "The asking post's role: its id or its key (e.g. `narvardskoordinator`).",
      examples: ['narvardskoordinator'],
    }),
    organisation: Type.String({
      format: 'uuid',
      description: 'The organisation the asking post belongs to.',
    }),
    target: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Only counterparts in this organisation or below it.',
      }),
    ),
    asOf: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Who holds the posts on this date (default today).',
      }),
    ),
    perOrganisation: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 200,
        default: 5,
        description:
          'At most this many posts per related organisation (its own first); `postCount` tells how many there are.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CounterpartsQuery = Static<typeof CounterpartsQuerySchema>;

export const counterpartRelationKinds = ['serves', 'partner', 'network'] as const;

/** Why an organisation counts as related to the asking one. */
export const CounterpartRelationSchema = Type.Object({
  /** `serves`/`partner`: an organisation link; `network`: both take part in `network`. */
  kind: LiteralUnion(counterpartRelationKinds),
  /**
   * For links: `outgoing` when the asking organisation (or `through`) serves or partners the
   * related one, e.g. a hospital and a municipality in its catchment; `incoming` the other way
   * round. Null for networks.
   */
  direction: Type.Union([Type.Literal('outgoing'), Type.Literal('incoming'), Type.Null()]),
  /** The asking organisation's parent (or higher) the relation belongs to; null when its own. */
  through: Type.Union([OrganisationRefSchema, Type.Null()]),
  network: Type.Union([NetworkRefSchema, Type.Null()]),
});
export type CounterpartRelation = Static<typeof CounterpartRelationSchema>;

export const CounterpartGroupSchema = Type.Object({
  organisation: OrganisationRefSchema,
  /** Links before networks. */
  relations: Type.Array(CounterpartRelationSchema),
  /** Posts of the counterpart roles in the organisation or below it, its own first. */
  posts: Type.Array(CounterpartPostSchema),
  /** All such posts, of which `posts` holds the first `perOrganisation`. */
  postCount: Type.Integer({ minimum: 0 }),
});
export type CounterpartGroup = Static<typeof CounterpartGroupSchema>;

export const CounterpartsSchema = Type.Object(
  {
    asOf: DateSchema,
    role: RoleRefSchema,
    organisation: OrganisationRefSchema,
    target: Type.Union([OrganisationRefSchema, Type.Null()]),
    /** The role's counterpart pairs: which roles are looked for, and when they talk. */
    counterpartRoles: Type.Array(RoleCounterpartSchema),
    /**
     * One group per related organisation with at least one counterpart post: organisations
     * linked to the asking one (or to an organisation above it) first, then those sharing a
     * network; each in Swedish name order. A post below several related organisations belongs
     * to the nearest one.
     */
    groups: Type.Array(CounterpartGroupSchema),
  },
  {
    examples: [
      {
        asOf: '2026-12-01',
        role: {
          id: exampleIds.role,
          key: 'narvardskoordinator',
          nameSv: 'Närvårdskoordinator',
          nameEn: 'Care coordinator (municipality)',
        },
        organisation: {
          id: exampleIds.organisation,
          name: 'Vingåkers kommun',
          shortName: null,
          kind: 'municipality',
        },
        target: null,
        counterpartRoles: [
          {
            id: exampleIds.other,
            role: {
              id: exampleIds.other,
              key: 'sjukhuskoordinator',
              nameSv: 'Sjukhuskoordinator',
              nameEn: 'Hospital discharge coordinator',
            },
            descriptionSv: 'Vid in- och utskrivning från sjukhus.',
            descriptionEn: 'At admission and discharge.',
          },
        ],
        groups: [
          {
            organisation: {
              id: exampleIds.other,
              name: 'Kullbergska sjukhuset',
              shortName: 'Kullbergska',
              kind: 'hospital',
            },
            relations: [{ kind: 'serves', direction: 'incoming', through: null, network: null }],
            posts: [
              {
                id: exampleIds.post,
                title: null,
                required: true,
                role: {
                  id: exampleIds.other,
                  key: 'sjukhuskoordinator',
                  nameSv: 'Sjukhuskoordinator',
                  nameEn: 'Hospital discharge coordinator',
                },
                organisation: {
                  id: exampleIds.other,
                  name: 'Kullbergska sjukhuset',
                  shortName: 'Kullbergska',
                  kind: 'hospital',
                },
                network: { id: exampleIds.network, name: 'Trygg och effektiv utskrivning' },
                functionalEmail: null,
                functionalPhone: '0150-56 20 10',
                holders: [
                  {
                    assignmentId: exampleIds.assignment,
                    kind: 'holder',
                    validFrom: '2023-02-01',
                    validTo: null,
                    person: {
                      id: exampleIds.person,
                      givenName: 'Elin',
                      familyName: 'Sjöqvist',
                      title: 'Sjukhuskoordinator',
                      email: 'elin.sjoqvist@regionsormland.example',
                      phone: null,
                      mobile: '070-174 06 20',
                    },
                  },
                ],
                vacant: false,
                vacantSince: null,
              },
            ],
            postCount: 1,
          },
        ],
      },
    ],
  },
);
export type Counterparts = Static<typeof CounterpartsSchema>;

// Coverage grid

export const CoverageQuerySchema = Type.Object(
  {
    asOf: Type.Optional(
      Type.String({
        format: 'date',
        description: 'Who holds the posts on this date (default today).',
      }),
    ),
    perCell: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 50,
        default: 1,
        description: 'At most this many posts per cell; `postCount` tells how many there are.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CoverageQuery = Static<typeof CoverageQuerySchema>;

export const CoverageCellSchema = Type.Object({
  roleId: UuidSchema,
  /** The network's posts of the role in the organisation or below it (0: no such post). */
  postCount: Type.Integer({ minimum: 0 }),
  /** How many of them are vacant on the asked date. */
  vacantCount: Type.Integer({ minimum: 0 }),
  /** The first `perCell` of them, the organisation's own first. */
  posts: Type.Array(CounterpartPostSchema),
});
export type CoverageCell = Static<typeof CoverageCellSchema>;

export const CoverageRowSchema = Type.Object({
  organisation: OrganisationRefSchema,
  /** One cell per entry of `roles`, in the same order. */
  cells: Type.Array(CoverageCellSchema),
});
export type CoverageRow = Static<typeof CoverageRowSchema>;

export const CoverageSchema = Type.Object(
  {
    asOf: DateSchema,
    network: NetworkSummarySchema,
    /** The columns: every role the network's posts use, in Swedish name order. */
    roles: Type.Array(RoleRefSchema),
    /** The member organisations on the asked date, in Swedish name order. */
    rows: Type.Array(CoverageRowSchema),
    /** The network's posts in organisations that are neither members nor below one. */
    postsOutsideMembers: Type.Integer({ minimum: 0 }),
  },
  {
    examples: [
      {
        asOf: '2026-12-01',
        network: {
          id: exampleIds.network,
          name: 'Nätverket Nära vård i Sörmland',
          shortName: 'Nära vård',
          kind: 'network',
        },
        roles: [
          {
            id: exampleIds.role,
            key: 'processledare-kommun',
            nameSv: 'Processledare (kommun)',
            nameEn: 'Process lead (municipality)',
          },
        ],
        rows: [
          {
            organisation: {
              id: exampleIds.organisation,
              name: 'Gnesta kommun',
              shortName: null,
              kind: 'municipality',
            },
            cells: [
              {
                roleId: exampleIds.role,
                postCount: 1,
                vacantCount: 1,
                posts: [
                  {
                    id: exampleIds.post,
                    title: 'Processledare Nära vård, Gnesta',
                    required: true,
                    role: {
                      id: exampleIds.role,
                      key: 'processledare-kommun',
                      nameSv: 'Processledare (kommun)',
                      nameEn: 'Process lead (municipality)',
                    },
                    organisation: {
                      id: exampleIds.organisation,
                      name: 'Gnesta kommun',
                      shortName: null,
                      kind: 'municipality',
                    },
                    network: { id: exampleIds.network, name: 'Nätverket Nära vård i Sörmland' },
                    functionalEmail: null,
                    functionalPhone: null,
                    holders: [],
                    vacant: true,
                    vacantSince: '2025-07-01',
                  },
                ],
              },
            ],
          },
        ],
        postsOutsideMembers: 0,
      },
    ],
  },
);
export type Coverage = Static<typeof CoverageSchema>;
