import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { answerError, HttpError } from './http-errors.js';

const brokenEncoding = (): HttpError =>
  new HttpError(
    400,
    'invalid_url',
    'The request URL has a broken percent-encoding: each %XX sequence must spell UTF-8 text (not %ZZ, a cut character or an encoded surrogate such as %ED%A0%80); encode path segments and query values with encodeURIComponent.',
  );
const nulInUrl = (): HttpError =>
  new HttpError(
    400,
    'invalid_url',
    'The request URL has a NUL character (%00) in its path or query; ids and query values may not contain it.',
  );

/**
 * Why the queue refuses this raw request URL (path and query as sent), or null. Fastify already refuses
 * a path it cannot decode, but decodes a query leniently (a bad %XX stays as typed) and passes NUL on to
 * the routes, where PostgreSQL fails on it (500) while SQLite looks it up: both stores must answer alike.
 */
export function refusedUrl(rawUrl: string): HttpError | null {
  let decoded: string;
  try {
    // Strict: throws on a malformed %XX and on bytes that are not UTF-8 of a real character (encoded surrogates too).
    decoded = decodeURIComponent(rawUrl);
  } catch {
    return brokenEncoding();
  }
  return decoded.includes('\u0000') ? nulInUrl() : null;
}

/** Refuses bad URLs before any route (or the not-found answer) sees them. */
export function installUrlGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const refused = refusedUrl(request.url);
    if (refused) throw refused;
  });
}

/**
 * Fastify's `frameworkErrors` option: the answers Fastify gives before any hook runs (a path it cannot
 * decode, an overlong path parameter) leave in the documented error format like every other error.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  void answerError(error.code === 'FST_ERR_BAD_URL' ? brokenEncoding() : error, request, reply);
}
