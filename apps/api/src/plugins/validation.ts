import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

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
 * Query strings, params and headers arrive as text, so they are coerced; JSON bodies are not:
 * `{"name": 123}` is an error, never a silent "123". Unknown body fields are refused, which also
 * makes mass assignment of `id`, `version` or `role` impossible.
 */
export default fp(
  async function validation(app: FastifyInstance) {
    const strictAjv = createAjv({ coerceTypes: false });
    const coercingAjv = createAjv({ coerceTypes: 'array' });
    app.setValidatorCompiler(({ schema, httpPart }) =>
      (httpPart === 'body' ? strictAjv : coercingAjv).compile(schema),
    );
  },
  { name: 'validation' },
);
