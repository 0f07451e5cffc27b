import type { FastifyRequest } from 'fastify';
import { PRESENCE_CONSOLE_HEADER } from '../../shared/api/presence-contract.js';
import { parseInput } from '../validation.js';
import { ConsoleIdSchema } from './presence-notice.js';

/** The console id a request names in PRESENCE_CONSOLE_HEADER, null without one; 400 for one that does not read. */
export function consoleIdOf(request: FastifyRequest): string | null {
  const header = request.headers[PRESENCE_CONSOLE_HEADER];
  if (header === undefined) return null;
  return parseInput(ConsoleIdSchema, header, `${PRESENCE_CONSOLE_HEADER} header`);
}
