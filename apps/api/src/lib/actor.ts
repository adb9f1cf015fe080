import type { FastifyRequest } from 'fastify';
import type { ActorContext } from '../features/audit/repository';

/** The signed-in caller and request id, as audit events record them. */
export function actorOf(request: FastifyRequest): ActorContext {
  return { actorId: request.user.id, requestId: request.id };
}
