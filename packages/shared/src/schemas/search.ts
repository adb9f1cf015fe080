import { type Static, Type } from 'typebox';
import { DateSchema, LiteralUnion, NullableString, UuidSchema } from './common';
import { NetworkRefSchema, OrganisationRefSchema, RoleRefSchema } from './organisations';
import { PersonSchema } from './people';
import { PostSchema } from './posts';

export const searchHitTypes = ['person', 'organisation', 'post', 'role', 'network'] as const;
export const SearchHitTypeSchema = LiteralUnion(searchHitTypes);
export type SearchHitType = (typeof searchHitTypes)[number];

/** How a hit matched, best first: exact words, word prefixes, inside a word, or a near miss. */
export const searchMatches = ['exact', 'prefix', 'substring', 'fuzzy'] as const;
export const SearchMatchSchema = LiteralUnion(searchMatches);
export type SearchMatch = (typeof searchMatches)[number];

export const SearchQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 200,
        description:
          'What the user typed: names in any order, prefixes, a role or its abbreviation, a phone number in any format, an e-mail address. Diacritics and case do not matter.',
        examples: ['sjoqvist malin'],
      }),
    ),
    type: Type.Optional(SearchHitTypeSchema),
    role: Type.Optional(UuidSchema),
    organisation: Type.Optional(
      Type.String({ format: 'uuid', description: 'This organisation or any below it' }),
    ),
    network: Type.Optional(UuidSchema),
    municipality: Type.Optional(
      Type.String({ pattern: '^[0-9]{4}$', description: 'SCB municipality code, e.g. 0484' }),
    ),
    topic: Type.Optional(UuidSchema),
    former: Type.Optional(
      Type.Boolean({
        description:
          'Also people who have left, and posts they held before `asOf` when filtering by role, organisation or network',
      }),
    ),
    asOf: Type.Optional(DateSchema),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuerySchema>;

export const SearchHighlightSchema = Type.Object({
  field: Type.String({ description: 'e.g. `name`, `email`, `phone`, `role`, `organisation`' }),
  value: Type.String(),
  /** `[start, end)` offsets in `value` (UTF-16 code units) of the parts that matched. */
  ranges: Type.Array(Type.Tuple([Type.Integer(), Type.Integer()])),
});
export type SearchHighlight = Static<typeof SearchHighlightSchema>;

export const SearchPersonPostSchema = Type.Object({
  postId: UuidSchema,
  kind: Type.String(),
  role: RoleRefSchema,
  organisation: OrganisationRefSchema,
});

export const SearchHitSchema = Type.Object({
  type: SearchHitTypeSchema,
  id: UuidSchema,
  /** What to show as the hit's heading. */
  label: Type.String(),
  match: SearchMatchSchema,
  highlights: Type.Array(SearchHighlightSchema),
  person: Type.Optional(
    Type.Object({
      ...PersonSchema.properties,
      /** Posts held on `asOf`; empty for someone who holds none (a former holder). */
      currentPosts: Type.Array(SearchPersonPostSchema),
    }),
  ),
  organisation: Type.Optional(
    Type.Object({
      ...OrganisationRefSchema.properties,
      municipalityCode: NullableString(),
      parentName: NullableString(),
    }),
  ),
  post: Type.Optional(PostSchema),
  role: Type.Optional(
    Type.Object({ ...RoleRefSchema.properties, synonyms: Type.Array(Type.String()) }),
  ),
  network: Type.Optional(Type.Object({ ...NetworkRefSchema.properties, kind: Type.String() })),
});
export type SearchHit = Static<typeof SearchHitSchema>;

export const FacetValueSchema = Type.Object({
  value: Type.String({ description: 'The id (or SCB code, or type) to filter by' }),
  label: Type.String(),
  count: Type.Integer(),
});
export type FacetValue = Static<typeof FacetValueSchema>;

export const SearchResultSchema = Type.Object({
  q: Type.String(),
  asOf: DateSchema,
  items: Type.Array(SearchHitSchema),
  /**
   * Counts among the best candidates (up to a few hundred of each type), largest first; when
   * `capped` is true there are more matches than were counted.
   */
  facets: Type.Object({
    type: Type.Array(FacetValueSchema),
    role: Type.Array(FacetValueSchema),
    organisation: Type.Array(FacetValueSchema),
    network: Type.Array(FacetValueSchema),
    municipality: Type.Array(FacetValueSchema),
    topic: Type.Array(FacetValueSchema),
  }),
  capped: Type.Boolean(),
});
export type SearchResult = Static<typeof SearchResultSchema>;
