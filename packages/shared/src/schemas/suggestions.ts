import { type Static, Type } from 'typebox';
import { UserRefSchema } from './audit';
import {
  LiteralUnion,
  NullableString,
  PageQuerySchema,
  TimestampSchema,
  UuidSchema,
} from './common';
import { OrganisationRefSchema } from './organisations';

/*
 * Change suggestions: any signed-in user may report "this is wrong" about a person, a post or an
 * organisation. The report goes to the stewards of the organisation that owns the target (a
 * person's employer, a post's organisation, the organisation itself), who resolve or dismiss it.
 */

export const suggestionTargetTypes = ['person', 'post', 'organisation'] as const;
export const SuggestionTargetTypeSchema = LiteralUnion(suggestionTargetTypes);
export type SuggestionTargetType = (typeof suggestionTargetTypes)[number];

export const suggestionStatuses = ['open', 'resolved', 'dismissed'] as const;
export const SuggestionStatusSchema = LiteralUnion(suggestionStatuses, {
  description:
    '`open`: waiting for a steward; `resolved`: the entry was corrected; `dismissed`: no change needed.',
});
export type SuggestionStatus = (typeof suggestionStatuses)[number];

/**
 * The fields a suggestion may point at, per target type: the API's own field names, plus
 * `posts` (a person's posts), `holders` (who holds a post) and `links` (an organisation's links).
 */
export const suggestionFields = {
  person: [
    'givenName',
    'familyName',
    'organisationId',
    'title',
    'email',
    'phone',
    'mobile',
    'bio',
    'languages',
    'topicIds',
    'hsaId',
    'posts',
  ],
  post: [
    'roleId',
    'organisationId',
    'networkId',
    'title',
    'functionalEmail',
    'functionalPhone',
    'required',
    'note',
    'holders',
  ],
  organisation: [
    'name',
    'shortName',
    'kind',
    'parentId',
    'municipalityCode',
    'hsaId',
    'email',
    'phone',
    'website',
    'streetAddress',
    'postalCode',
    'city',
    'description',
    'links',
  ],
} as const satisfies Record<SuggestionTargetType, readonly string[]>;

const nullableTimestamp = Type.Union([TimestampSchema, Type.Null()]);

export const SuggestionSchema = Type.Object({
  id: UuidSchema,
  targetType: SuggestionTargetTypeSchema,
  targetId: UuidSchema,
  /** How the target is named now: a person's name, a post's title (or role and organisation). */
  targetName: Type.String({ examples: ['Åke Lindström'] }),
  /** The field the report is about, if the reporter named one. */
  field: NullableString(),
  message: Type.String(),
  status: SuggestionStatusSchema,
  /** The organisation owning the target: its stewards handle the suggestion. */
  organisation: OrganisationRefSchema,
  createdBy: UserRefSchema,
  createdAt: TimestampSchema,
  /** Who resolved or dismissed it, when, and why; null while open. */
  resolvedBy: Type.Union([UserRefSchema, Type.Null()]),
  resolvedAt: nullableTimestamp,
  resolutionNote: NullableString(),
  updatedAt: TimestampSchema,
  version: Type.Integer(),
});
export type Suggestion = Static<typeof SuggestionSchema>;

export const ListSuggestionsQuerySchema = Type.Object(
  {
    ...PageQuerySchema.properties,
    status: Type.Optional(SuggestionStatusSchema),
    organisation: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Suggestions whose target this organisation, or one below it, owns',
      }),
    ),
    targetType: Type.Optional(SuggestionTargetTypeSchema),
    target: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Suggestions about this person, post or organisation',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ListSuggestionsQuery = Static<typeof ListSuggestionsQuerySchema>;

export const CreateSuggestionBodySchema = Type.Object(
  {
    targetType: SuggestionTargetTypeSchema,
    targetId: UuidSchema,
    message: Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' }),
    field: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 60,
        description: 'One of the target type’s fields (see `suggestionFields`), e.g. `phone`.',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        targetType: 'person',
        targetId: '0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10',
        field: 'phone',
        message: 'Numret går till växeln sedan i höstas; direktnumret är 016-10 23 46.',
      },
    ],
  },
);
export type CreateSuggestionBody = Static<typeof CreateSuggestionBodySchema>;

/** Resolving or dismissing: an optional note to the reporter and the other stewards. */
export const CloseSuggestionBodySchema = Type.Object(
  { note: Type.Optional(Type.String({ minLength: 1, maxLength: 4000, pattern: '\\S' })) },
  {
    additionalProperties: false,
    examples: [{ note: 'Rättat: direktnumret är nu inlagt.' }, {}],
  },
);
export type CloseSuggestionBody = Static<typeof CloseSuggestionBodySchema>;
