import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const counterpartsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default counterpartsRoutes;
