import { type Static, Type } from 'typebox';
import { UuidSchema } from './common';

export const UserRoleSchema = Type.Union([
  Type.Literal('viewer'),
  Type.Literal('editor'),
  Type.Literal('admin'),
]);
export type UserRole = Static<typeof UserRoleSchema>;

export const LoginBodySchema = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254, examples: ['admin@demo.example'] }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBodySchema>;

export const MeSchema = Type.Object({
  id: UuidSchema,
  email: Type.String(),
  displayName: Type.Union([Type.String(), Type.Null()]),
  role: UserRoleSchema,
  locale: Type.Union([Type.Literal('sv'), Type.Literal('en')]),
  personId: Type.Union([UuidSchema, Type.Null()]),
  /** Organisations an editor may change (descendants included); empty for viewers and admins. */
  scope: Type.Array(UuidSchema),
});
export type Me = Static<typeof MeSchema>;

export const LoginResponseSchema = Type.Object({
  token: Type.String({ description: 'JWT for `Authorization: Bearer`; also set as a cookie' }),
  expiresAt: Type.String({ format: 'date-time' }),
  user: MeSchema,
});
export type LoginResponse = Static<typeof LoginResponseSchema>;
