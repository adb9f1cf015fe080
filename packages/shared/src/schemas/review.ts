import { type Static, Type } from 'typebox';
import { TimestampSchema, UuidSchema } from './common';
import { PostSchema } from './posts';
import { SuggestionSchema } from './suggestions';

export const ReviewQuerySchema = Type.Object(
  {
    organisation: Type.Optional(
      Type.String({
        format: 'uuid',
        description: 'Only this organisation and those below it (must be in your scope)',
      }),
    ),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 200, default: 20, description: 'Items per section' }),
    ),
  },
  { additionalProperties: false },
);
export type ReviewQuery = Static<typeof ReviewQuerySchema>;

export const ReviewPersonSchema = Type.Object({
  id: UuidSchema,
  givenName: Type.String(),
  familyName: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  phone: Type.Union([Type.String(), Type.Null()]),
  mobile: Type.Union([Type.String(), Type.Null()]),
  organisationId: UuidSchema,
  organisationName: Type.String(),
  lastVerifiedAt: Type.Union([TimestampSchema, Type.Null()]),
  version: Type.Integer(),
});
export type ReviewPerson = Static<typeof ReviewPersonSchema>;

const section = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  Type.Object(
    {
      count: Type.Integer({ description: 'How many there are in all' }),
      items: Type.Array(item, { description: 'The first of them' }),
    },
    { description },
  );

export const ReviewQueueSchema = Type.Object({
  unverified: section(
    ReviewPersonSchema,
    'People whose details nobody has confirmed for twelve months (or ever)',
  ),
  missingContact: section(ReviewPersonSchema, 'People without an e-mail address or any phone'),
  duplicates: section(
    Type.Array(ReviewPersonSchema, { minItems: 2 }),
    'Groups of people in one organisation with the same name (accents and case aside)',
  ),
  vacancies: section(PostSchema, 'Required posts nobody holds today'),
  newVacancies: section(PostSchema, 'Vacancies that arose in the last 90 days'),
  suggestions: section(SuggestionSchema, 'Open "this is wrong" reports'),
});
export type ReviewQueue = Static<typeof ReviewQueueSchema>;
