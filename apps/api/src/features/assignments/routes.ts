import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const assignmentsRoutes: FastifyPluginAsyncTypebox = async () => {};

export default assignmentsRoutes;
