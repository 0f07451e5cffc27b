import type { ServerOptions } from 'node:http';

/**
 * How long a client has to send a whole request, headers and body: a request that promises more than it
 * sends (a slow-loris) is cut then with 408 and the connection closed. Ten seconds carry the largest body
 * the queue takes (1 MiB) over a slow line; event streams are not affected (their request is complete at once).
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Node checks for overdue requests at this interval (its default, 30 s, would let a stalled one linger that long). */
const MAX_CHECK_INTERVAL_MS = 1_000;

/** The HTTP server options that enforce the request timeout on headers and body alike. */
export function requestTimeoutOptions(requestTimeoutMs: number): { requestTimeout: number; http: ServerOptions } {
  return {
    requestTimeout: requestTimeoutMs,
    http: {
      headersTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(MAX_CHECK_INTERVAL_MS, requestTimeoutMs),
    },
  };
}
