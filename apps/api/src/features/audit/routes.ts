import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const auditRoutes: FastifyPluginAsyncTypebox = async () => {};

export default auditRoutes;
