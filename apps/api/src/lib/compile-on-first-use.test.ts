import { Ajv } from 'ajv';
import { describe, expect, it, vi } from 'vitest';
import { serializersOnFirstUse, validatorOnFirstUse } from './compile-on-first-use';

const route = { method: 'GET', url: '/x', httpStatus: '200' };

describe('serializersOnFirstUse', () => {
  it('compiles with fast-json-stringify when first called, not before', () => {
    const compile = serializersOnFirstUse()({});
    const broken = compile({ ...route, schema: { $ref: '#/definitions/missing' } });
    expect(() => broken({})).toThrow();

    const serialize = compile({
      ...route,
      schema: { type: 'object', properties: { name: { type: 'string' } } },
    });
    expect(serialize({ name: 'Åsa', secret: 'x' })).toBe('{"name":"Åsa"}');
    expect(serialize({ name: 'Örjan' })).toBe('{"name":"Örjan"}');
  });

  it('resolves schemas added to the server by $id', () => {
    const external = { Name: { $id: 'Name', type: 'string' } };
    const serialize = serializersOnFirstUse()(external)({
      ...route,
      schema: { type: 'object', properties: { name: { $ref: 'Name' } } },
    });
    expect(serialize({ name: 'Sjöqvist' })).toBe('{"name":"Sjöqvist"}');
  });
});

describe('validatorOnFirstUse', () => {
  it('compiles once, on the first call, and reports that call’s errors', () => {
    const ajv = new Ajv({ allErrors: true });
    const compile = vi.fn(() =>
      ajv.compile({ type: 'object', properties: { n: { type: 'integer' } }, required: ['n'] }),
    );
    const validate = validatorOnFirstUse(compile);
    expect(compile).not.toHaveBeenCalled();

    expect(validate({ n: 'x' })).toBe(false);
    expect(validate.errors?.[0]).toMatchObject({ instancePath: '/n', keyword: 'type' });
    expect(validate({ n: 1 })).toBe(true);
    expect(validate.errors).toBeNull();
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it('coerces through the parent object Fastify passes, as Ajv’s own function does', () => {
    const ajv = new Ajv({ coerceTypes: 'array' });
    const validate = validatorOnFirstUse(() =>
      ajv.compile({ type: 'object', properties: { tags: { type: 'array' } } }),
    );
    const request = { query: { tags: 'a' } };
    expect(validate(request.query, { parentData: request, parentDataProperty: 'query' })).toBe(
      true,
    );
    expect(request.query.tags).toEqual(['a']);
  });
});
