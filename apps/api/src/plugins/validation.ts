import type { FieldError } from '@nk/shared';
import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../lib/app-error';
import { validatorOnFirstUse } from '../lib/compile-on-first-use';

const shared: Options = {
  allErrors: true,
  removeAdditional: false,
  useDefaults: true,
  strict: false,
};

function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ ...shared, ...options });
  addFormats.default(ajv);
  return ajv;
}

/**
 * The fields whose text holds a NUL character, as `body.a.0.b`. Walked with an explicit stack, so
 * a hostile body nested thousands deep cannot overflow the call stack.
 */
function nulFields(parts: Record<string, unknown>): FieldError[] {
  const found: FieldError[] = [];
  const stack: [string, unknown][] = Object.entries(parts).reverse();
  while (stack.length > 0) {
    const [path, current] = stack.pop() as [string, unknown];
    if (typeof current === 'string') {
      if (current.includes('\u0000'))
        found.push({ field: path, message: 'contains a NUL character' });
    } else if (
      current !== null &&
      typeof current === 'object' &&
      !(current instanceof Uint8Array)
    ) {
      for (const [key, inner] of Object.entries(current)) stack.push([`${path}.${key}`, inner]);
    }
  }
  return found;
}

/**
 * Query strings, params and headers arrive as text, so they are coerced; JSON bodies are not:
 * `{"name": 123}` is an error, never a silent "123". Unknown body fields are refused, which also
 * makes mass assignment of `id`, `version` or `role` impossible.
 */
export default fp(
  async function validation(app: FastifyInstance) {
    const strictAjv = createAjv({ coerceTypes: false });
    const coercingAjv = createAjv({ coerceTypes: 'array' });
    app.setValidatorCompiler(({ schema, httpPart }) =>
      validatorOnFirstUse(() => (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema)),
    );
    // PostgreSQL text cannot hold a NUL character: refuse it up front, naming the field.
    // A callback hook, not an async one: it runs on every request and a promise each time costs.
    app.addHook('preValidation', (request, _reply, done) => {
      const { body, query, params } = request;
      const errors = nulFields({ body, querystring: query, params });
      if (errors.length === 0) return done();
      done(new AppError('VALIDATION_FAILED', 'Text may not contain NUL characters.', { errors }));
    });
  },
  { name: 'validation' },
);
