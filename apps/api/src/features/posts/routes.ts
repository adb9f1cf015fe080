import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const postsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default postsRoutes;
