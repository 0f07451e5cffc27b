import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { answerClientError, type ClientSocket } from '../../../shared/api/http-client-errors.js';
import { fail } from '../../../shared/result.js';
import { setSecurityHeaders } from './security-headers.js';

/** Fastify's own refusals, with the codes the host answers them under. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body_too_large',
  FST_ERR_MAX_PARAM_LENGTH: 'path_parameter_too_long',
  FST_ERR_BAD_URL: 'invalid_url',
};

const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_MAX_PARAM_LENGTH: 'The method name in the address is far longer than any console method.',
  FST_ERR_BAD_URL: 'The address has a broken percent-encoding; encode it with encodeURIComponent.',
};

/**
 * Every error of the host leaves as its Result shape, `{ ok: false, error: { code, message } }`: Fastify's
 * error handler, its `frameworkErrors` (a path it cannot decode, an overlong path parameter) and
 * unknown paths alike.
 */
export function answerHostError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
  const fastifyCode = error.code ?? '';
  const code = FASTIFY_CODES[fastifyCode] ?? (status >= 500 ? 'internal_error' : 'bad_request');
  const message = FASTIFY_MESSAGES[fastifyCode] ?? (error.message || 'Bad request.');
  void reply.code(status).send(fail(code, message));
}

/** Fastify's `frameworkErrors`: these are answered before any hook runs, so the security headers are set here. */
export function answerHostFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  setSecurityHeaders(reply.raw);
  answerHostError(error, request, reply);
}

export function answerHostNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply.code(404).send(fail('not_found', `This console has nothing at ${request.url.split('?')[0] ?? '/'}.`));
}

/** Fastify's clientErrorHandler: a request Node's HTTP parser refused is answered in the same shape. */
export function answerHostClientError(error: Error & { code?: string }, socket: ClientSocket): void {
  answerClientError(error, socket, (answer) => fail(answer.code, answer.message));
}
