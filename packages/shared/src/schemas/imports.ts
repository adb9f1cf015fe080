import { type Static, Type } from 'typebox';
import { LiteralUnion, TimestampSchema, UuidSchema } from './common';

/** The person fields a CSV import understands, by their API names. */
export const importFields = [
  'givenName',
  'familyName',
  'email',
  'title',
  'phone',
  'mobile',
  'role',
  'validFrom',
] as const;
export type ImportField = (typeof importFields)[number];

export const importActions = ['add', 'change', 'end', 'unchanged', 'error', 'duplicate'] as const;
export type ImportAction = (typeof importActions)[number];

export const ImportQuerySchema = Type.Object(
  {
    organisation: UuidSchema,
    filename: Type.Optional(Type.String({ maxLength: 200 })),
    mapping: Type.Optional(
      Type.String({
        maxLength: 4000,
        description:
          'JSON object from a column heading in the file to a field (`{"Namn": "givenName"}`); ' +
          'an empty string ignores the column. Remembered for the organisation.',
        examples: ['{"Förnamn":"givenName","Anteckning":""}'],
      }),
    ),
  },
  { additionalProperties: false },
);
export type ImportQuery = Static<typeof ImportQuerySchema>;

export const ImportRowErrorSchema = Type.Object({
  column: Type.String({ description: 'The heading of the column in the file, or the field.' }),
  message: Type.String(),
});

const ChangeSchema = Type.Object({
  from: Type.Union([Type.String(), Type.Null()]),
  to: Type.Union([Type.String(), Type.Null()]),
});

export const ImportRowSchema = Type.Object({
  line: Type.Union([Type.Integer(), Type.Null()], {
    description: 'Line in the file (the heading is line 1); null for assignments the file ends.',
  }),
  action: LiteralUnion(importActions),
  personId: Type.Optional(UuidSchema),
  name: Type.String(),
  changes: Type.Record(Type.String(), ChangeSchema),
  errors: Type.Array(ImportRowErrorSchema),
});
export type ImportRow = Static<typeof ImportRowSchema>;

export const ImportSummarySchema = Type.Object({
  add: Type.Integer(),
  change: Type.Integer(),
  end: Type.Integer(),
  unchanged: Type.Integer(),
  error: Type.Integer(),
  duplicate: Type.Integer(),
});
export type ImportSummary = Static<typeof ImportSummarySchema>;

export const ImportSchema = Type.Object({
  id: UuidSchema,
  organisationId: UuidSchema,
  status: LiteralUnion(['preview', 'committed', 'undone'] as const),
  filename: Type.Union([Type.String(), Type.Null()]),
  encoding: LiteralUnion(['utf-8', 'windows-1252'] as const),
  separator: LiteralUnion([',', ';'] as const),
  mapping: Type.Record(Type.String(), Type.String(), {
    description: 'Column heading → field, as used for this import.',
  }),
  summary: ImportSummarySchema,
  applied: Type.Optional(ImportSummarySchema),
  rows: Type.Array(ImportRowSchema),
  createdAt: TimestampSchema,
  committedAt: Type.Union([TimestampSchema, Type.Null()]),
  undoneAt: Type.Union([TimestampSchema, Type.Null()]),
});
export type Import = Static<typeof ImportSchema>;

export const CommitImportBodySchema = Type.Object(
  {
    validRowsOnly: Type.Optional(
      Type.Boolean({
        description:
          'Commit although some rows have errors: those rows are left out. Without it a preview ' +
          'with errors is refused. Possible duplicates are never applied.',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CommitImportBody = Static<typeof CommitImportBodySchema>;
