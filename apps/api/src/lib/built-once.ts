import { compileOnly, type DB } from '@nk/db';
import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/**
 * A statement whose shape never changes, only its values: Kysely builds and compiles it once in
 * the process (`compileOnly`, the same text as either database's), and each call sends that text
 * with the call's values, on whichever handle it is given (a transaction too). Building the
 * person profile's statement took about 110 µs, a fifth of the API's work for a profile.
 *
 * `build` gets stand-ins for the values, and each must reach the statement as a parameter of its
 * own: a value written into the text, or into part of a parameter, would be the stand-in on every
 * call, so the first call refuses it. The text is the same on every call, so it becomes a named
 * statement (`packages/db/src/prepared-statements.ts`). Plugins of the handle it runs on see
 * every result, but not the building.
 */
export function builtOnce<Values extends unknown[], Row>(
  build: (db: Kysely<DB>, ...values: Values) => Compilable<Row>,
): (db: Kysely<DB>, ...values: Values) => Promise<Row[]> {
  let statement: { query: CompiledQuery<Row>; slots: number[] } | undefined;
  return async (db, ...values) => {
    statement ??= compileWithStandIns(build, values.length);
    const { query, slots } = statement;
    const parameters = query.parameters.map((constant, i) => {
      const slot = slots[i] as number;
      return slot < 0 ? constant : values[slot];
    });
    const { rows } = await db.executeQuery<Row>({ ...query, parameters });
    return rows;
  };
}

const standIn = (i: number) => `\u0000value ${i}\u0000`;

function compileWithStandIns<Values extends unknown[], Row>(
  build: (db: Kysely<DB>, ...values: Values) => Compilable<Row>,
  count: number,
) {
  const standIns = Array.from({ length: count }, (_, i) => standIn(i)) as Values;
  const query = build(compileOnly, ...standIns).compile();
  const slots = query.parameters.map((parameter) => {
    const slot = standIns.indexOf(parameter);
    if (slot < 0 && typeof parameter === 'string' && parameter.includes('\u0000value ')) {
      throw new Error(`builtOnce: a value became part of a parameter: ${query.sql}`);
    }
    return slot;
  });
  standIns.forEach((_, i) => {
    if (!slots.includes(i))
      throw new Error(`builtOnce: value ${i} is not a parameter: ${query.sql}`);
  });
  return { query, slots };
}
