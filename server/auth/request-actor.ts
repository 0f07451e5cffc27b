import type { FastifyRequest } from 'fastify';
import type { TokenActor } from '../audit/audit-entries.js';
import { callerOf } from './authenticate.js';

/** Who a request's change is recorded as: the authenticated caller's name, role and user (null for a machine). */
export function actorOf(request: FastifyRequest): TokenActor {
  const { name, role, userId } = callerOf(request);
  return { name, role, userId };
}
