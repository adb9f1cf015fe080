import { type Static, Type } from 'typebox';
import { LiteralUnion, UuidSchema } from './common';
import { PersonSchema } from './people';

/** The fields of a person a merge can take from the duplicate instead of the survivor. */
export const mergeableFields = [
  'givenName',
  'familyName',
  'title',
  'email',
  'phone',
  'mobile',
  'bio',
  'hsaId',
] as const;
export type MergeableField = (typeof mergeableFields)[number];

export const MergePeopleBodySchema = Type.Object(
  {
    duplicateId: Type.String({
      format: 'uuid',
      description: 'The entry that is merged into this one and then archived',
    }),
    take: Type.Optional(
      Type.Array(LiteralUnion(mergeableFields), {
        uniqueItems: true,
        description:
          "Fields to take from the duplicate. Others keep this entry's value, except that an " +
          "empty field here is filled from the duplicate's.",
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [{ duplicateId: '0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10', take: ['phone'] }],
  },
);
export type MergePeopleBody = Static<typeof MergePeopleBodySchema>;

export const PersonMergeSchema = Type.Object({
  id: UuidSchema,
  survivor: PersonSchema,
  mergedId: UuidSchema,
  moved: Type.Object({
    assignments: Type.Integer(),
    suggestions: Type.Integer(),
    topics: Type.Integer(),
    user: Type.Boolean({
      description: "The duplicate's sign-in account now belongs to the survivor",
    }),
  }),
  undone: Type.Boolean(),
});
export type PersonMerge = Static<typeof PersonMergeSchema>;
