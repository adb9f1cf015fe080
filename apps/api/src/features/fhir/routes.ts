import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';

const fhirRoutes: FastifyPluginAsyncTypebox = async () => {};

export default fhirRoutes;
