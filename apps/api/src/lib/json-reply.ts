import type { FastifyReply } from 'fastify';

/** The route's own serializer (made from its response schema), to make an answer JSON ahead. */
export function serializerOf(reply: FastifyReply): (answer: unknown) => string {
  return (answer) => {
    const json = reply.serialize(answer);
    // The schema serializer always makes text; the other forms are for custom serializers.
    if (typeof json !== 'string') throw new TypeError('The response serializer made no text.');
    return json;
  };
}

/** Sends an answer made JSON ahead by `serializerOf` and kept: Fastify sends bytes as they are. */
export function sendJson(reply: FastifyReply, json: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
