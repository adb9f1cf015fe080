import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const exportsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default exportsRoutes;
