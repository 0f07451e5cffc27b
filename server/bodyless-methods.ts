import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './http-errors.js';

/** The methods whose requests carry no body in this API. */
const BODYLESS_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

/** Whether the request says a body follows (a length above zero, or a chunked one). */
function announcesBody(request: FastifyRequest): boolean {
  const length = request.headers['content-length'];
  return (length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined;
}

/**
 * Refuses a GET or HEAD that carries a body, before any route reads anything: no route reads one, and a large unread
 * body under a large answer (the OpenAPI document) had the connection cut mid-answer. The connection is closed after
 * the 400, so the unread body never reaches a next request.
 */
export function installBodylessMethodGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (!BODYLESS_METHODS.has(request.method) || !announcesBody(request)) return;
    reply.header('connection', 'close');
    throw new HttpError(
      400,
      'body_not_allowed',
      `A ${request.method} request carries no body; send its parameters in the path and query, or use the method the endpoint names.`,
    );
  });
}
