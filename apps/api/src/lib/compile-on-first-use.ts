import SerializerSelector from '@fastify/fast-json-stringify-compiler';
import type { ValidateFunction } from 'ajv';

/*
 * Fastify compiles every route's schemas when the server starts: 0.6 s of a 3.1 s start here,
 * for routes most of which a given run never serves. These compile each one the first time it
 * is used instead; the first request to a route takes a few milliseconds longer. The tests call
 * every operation (`tests/setup/route-coverage.ts`), so a broken schema still fails them.
 */

type Serializer = (data: unknown) => string;
/** What Fastify hands a validator besides the data: the request part's parent and name. */
interface ParentOfData {
  parentData: object;
  parentDataProperty: string;
}

/** Fastify's own serializer factory (fast-json-stringify), compiling on first use. */
export function serializersOnFirstUse() {
  const buildDefault = SerializerSelector();
  return (...factoryArgs: Parameters<typeof buildDefault>) => {
    const compile = buildDefault(...factoryArgs);
    return (route: Parameters<typeof compile>[0]): Serializer => {
      let serialize: Serializer | undefined;
      return (data) => {
        serialize ??= compile(route);
        return serialize(data);
      };
    };
  };
}

interface LazyValidator {
  (data: unknown, parent?: ParentOfData): boolean;
  errors?: ValidateFunction['errors'];
  /** Set so Fastify passes the request as the parent, as it does for Ajv's own functions. */
  schemaEnv: true;
}

/** An Ajv validator (of a synchronous schema, as all of ours are) compiled when first called. */
export function validatorOnFirstUse(compile: () => ValidateFunction): LazyValidator {
  let validate: ValidateFunction | undefined;
  const lazy: LazyValidator = Object.assign(
    (data: unknown, parent?: ParentOfData) => {
      validate ??= compile();
      const valid = validate(data, parent as Parameters<ValidateFunction>[1]) as boolean;
      lazy.errors = validate.errors;
      return valid;
    },
    { schemaEnv: true as const },
  );
  return lazy;
}
