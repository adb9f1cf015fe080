import { describe, expect, it } from 'vitest';
import { compileOnly as db } from './compile-only';
import { isOneOf } from './id-list';

const ids = (n: number) =>
  Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

const compiled = (n: number) =>
  db
    .selectFrom('people as p')
    .select('p.id')
    .where(isOneOf('p.id', ids(n)))
    .compile();

describe('isOneOf', () => {
  it('is the same statement text for any number of ids, with the ids as one parameter', () => {
    const texts = new Set([1, 2, 70].map((n) => compiled(n).sql));
    expect(texts.size).toBe(1);
    expect([...texts][0]).toBe(
      'select "p"."id" from "people" as "p" where "p"."id" = ANY($1::uuid[])',
    );
    expect(compiled(3).parameters).toEqual([ids(3)]);
  });
});
