import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerClientError, type ClientSocket } from '../shared/api/http-client-errors.js';

/** An error that becomes `{"error":{"code","message","details?"}}` with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function notFound(message: string): HttpError {
  return new HttpError(404, 'not_found', message);
}

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function body(code: string, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}

/** The longest path parameter (a ticket id, percent-encoded) the router takes: Fastify's maxParamLength. */
export const MAX_PATH_PARAMETER_LENGTH = 100;

/** Fastify's own errors, translated to codes a client can act on. */
const FASTIFY_ERRORS: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'invalid_json',
    message: 'The request body is empty but its content type is JSON.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'body_too_large', message: 'The request body is larger than 1 MiB.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_content_length',
    message: 'The Content-Length header does not match the body.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'path_parameter_too_long',
    message: `A path parameter (a ticket id) may be at most ${MAX_PATH_PARAMETER_LENGTH} characters long, percent-encoded.`,
  },
};

/** Sends any error, ours or Fastify's, as an ErrorBody (server errors are logged and answered without detail). */
export function answerError(
  error: FastifyError | HttpError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof HttpError) {
    return reply.status(error.statusCode).send(body(error.code, error.message, error.details));
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return reply.status(error.statusCode ?? 400).send(body(known.code, known.message));
  const status = error.statusCode ?? 500;
  if (status >= 500) {
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send(body('internal_error', 'The queue failed to handle the request; see its log.'));
  }
  return reply.status(status).send(body('bad_request', error.message));
}

/** Every error, ours or Fastify's, leaves as an ErrorBody; unknown routes too. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send(body('not_found', `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`));
  });
}

/** Fastify's clientErrorHandler: a request Node's HTTP parser refused (before any route) gets an ErrorBody too. */
export function answerClientErrorWithErrorBody(error: Error & { code?: string }, socket: ClientSocket): void {
  answerClientError(error, socket, (answer) => body(answer.code, answer.message));
}
