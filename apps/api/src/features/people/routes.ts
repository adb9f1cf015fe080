import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const peopleRoutes: FastifyPluginAsyncTypebox = async () => {};

export default peopleRoutes;
