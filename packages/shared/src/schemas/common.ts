import { type Static, type TLiteral, type TSchema, type TUnion, Type } from 'typebox';

export const UuidSchema = Type.String({
  format: 'uuid',
  examples: ['0b6f4f0e-4f7e-4d55-9c43-3f1c2d9f5a10'],
});
export const DateSchema = Type.String({ format: 'date', examples: ['2024-03-01'] });
export const TimestampSchema = Type.String({ format: 'date-time' });
export const NullableString = (options: { maxLength?: number } = {}) =>
  Type.Union([Type.String(options), Type.Null()]);

export const IdParamsSchema = Type.Object({ id: UuidSchema }, { additionalProperties: false });
export type IdParams = Static<typeof IdParamsSchema>;

export const PageQuerySchema = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  cursor: Type.Optional(Type.String({ maxLength: 500 })),
  updatedSince: Type.Optional(TimestampSchema),
});

/** `{ items, nextCursor }`: every list of the API. `nextCursor` is null on the last page. */
export const PageSchema = <T extends TSchema>(item: T) =>
  Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });

export const FieldErrorSchema = Type.Object({ field: Type.String(), message: Type.String() });

export const ProblemSchema = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    status: Type.Integer(),
    detail: Type.Optional(Type.String()),
    code: Type.String(),
    instance: Type.Optional(Type.String()),
    requestId: Type.Optional(Type.String()),
    errors: Type.Optional(Type.Array(FieldErrorSchema)),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
);

/** A union of string literals from a constant list, keeping the literal types. */
export function LiteralUnion<const T extends readonly string[]>(values: T, options = {}) {
  const literals = values.map((value) => Type.Literal(value)) as unknown as {
    -readonly [K in keyof T]: TLiteral<T[K]>;
  };
  return Type.Union(literals, options) as TUnion<typeof literals>;
}
