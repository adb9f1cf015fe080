import Fastify from 'fastify';

/**
 * R0 of BENCHMARKS.md: a bare Fastify route answering a small JSON object through a response
 * schema. Every other scenario is reported as a ratio to it, measured in the same run.
 */
const app = Fastify({ logger: false });
app.get(
  '/r0',
  {
    schema: {
      response: {
        200: {
          type: 'object',
          properties: { status: { type: 'string' }, n: { type: 'integer' } },
        },
      },
    },
  },
  async () => ({ status: 'ok', n: 1 }),
);
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
console.log(`listening ${address}`);
