import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const topicsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default topicsRoutes;
