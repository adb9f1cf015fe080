import type { Database, DB } from '@nk/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<DB>;
    database: Database;
  }
}

/** Makes the opened database available to routes; its owner (server or test) closes it. */
export default fp<{ database: Database }>(
  async function database(app: FastifyInstance, options) {
    app.decorate('database', options.database);
    app.decorate('db', options.database.db);
  },
  { name: 'database' },
);
