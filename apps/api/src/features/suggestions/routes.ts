import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const suggestionsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default suggestionsRoutes;
