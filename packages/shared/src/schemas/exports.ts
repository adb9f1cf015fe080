import { type Static, Type } from 'typebox';
import { LiteralUnion } from './common';
import { SearchQuerySchema } from './search';

/*
 * Exports: contact lists people take into their phone (vCard 4.0) or a spreadsheet (CSV). They
 * take the search's filters, so "export what I am looking at" is the same URL with another path.
 */

/** The most people one export holds; a larger selection is cut and says so in a header. */
export const exportLimit = 5000;
/** The most ids an explicit bundle names (the URL must stay within header size limits). */
export const exportIdsLimit = 300;

const uuidPattern = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const { limit: _limit, type: _type, ...searchFilters } = SearchQuerySchema.properties;

export const ExportFiltersSchema = Type.Object(
  {
    ...searchFilters,
    type: Type.Optional(
      Type.Literal('person', {
        description: 'Exports hold people only; accepted so a search URL can be reused as it is.',
      }),
    ),
    ids: Type.Optional(
      Type.String({
        pattern: `^${uuidPattern}(,${uuidPattern}){0,${exportIdsLimit - 1}}$`,
        maxLength: exportIdsLimit * 37,
        description:
          `Comma-separated person ids (at most ${exportIdsLimit}): an explicit bundle, such as ` +
          'the counterparts on a page. Combined with other filters, only the ids that also ' +
          'match them; unknown ids and people the caller may not see are left out.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type ExportFilters = Static<typeof ExportFiltersSchema>;

export const csvSeparators = ['comma', 'semicolon'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

export const PeopleCsvQuerySchema = Type.Object(
  {
    ...ExportFiltersSchema.properties,
    separator: Type.Optional(
      LiteralUnion(csvSeparators, {
        default: 'comma',
        description: '`semicolon` for Excel with Swedish regional settings',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PeopleCsvQuery = Static<typeof PeopleCsvQuerySchema>;

export const PersonVcardQuerySchema = Type.Object(
  {
    asOf: Type.Optional(
      Type.String({ format: 'date', description: 'The date whose posts the card lists' }),
    ),
  },
  { additionalProperties: false },
);
export type PersonVcardQuery = Static<typeof PersonVcardQuerySchema>;

/** The CSV export's columns, in order; the header row carries these keys as they are. */
export const peopleCsvColumns = [
  'id',
  'givenName',
  'familyName',
  'title',
  'organisation',
  'email',
  'phone',
  'mobile',
  'posts',
  'archivedAt',
  'updatedAt',
] as const;
export type PeopleCsvColumn = (typeof peopleCsvColumns)[number];
