import type { ServerResponse } from 'node:http';
import { CONTENT_SECURITY_POLICY } from '../../../shared/content-security-policy.js';

/**
 * Sent on every answer of the browser-mode host (page, files, API, event stream, refusals): the renderer's
 * Content Security Policy (the Electron shell's, framing refused), no MIME sniffing, no Referer (the
 * console's address carries its access token), and no framing or opener ties with other sites.
 */
export const HOST_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Set on the raw response, so they go out with whatever writes it (Fastify, the static files, the event stream). */
export function setSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(HOST_SECURITY_HEADERS)) response.setHeader(name, value);
}
