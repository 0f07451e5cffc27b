import type { Role } from '../../../shared/api/queue-contract.js';
import type { FuzzWorld } from './fuzz-world.js';
import { TENANT_ROLES } from './identities.js';
import type { FuzzRequest, FuzzTarget } from './request-generator.js';
import { asRecord, type JsonRecord } from './json-record.js';

const TICKET_ID = /tkt_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Promises every answer keeps, whatever was sent: no ticket of the other tenant in it (an id the request
 * itself named may be echoed back), no 2xx for a role the role table leaves out or for a caller without a
 * tenant token, metrics only for the metrics token, no mutation applied of a type the caller's role may
 * not push, and every error in the documented format. `answer` is the parsed body of a 2xx or an error.
 * Returns what was broken.
 */
export function brokenPromises(
  world: FuzzWorld,
  target: FuzzTarget | undefined,
  request: FuzzRequest,
  status: number,
  text: string,
  answer: JsonRecord | null,
): string[] {
  const broken: string[] = [];
  const requestText = `${request.path} ${request.body?.toString('latin1') ?? ''}`;
  const reader =
    request.identity === 'other tenant' ? 'other tenant' : TENANT_ROLES.includes(request.identity) ? 'tenant' : null;
  for (const id of new Set(text.match(TICKET_ID) ?? [])) {
    const owner = world.ownerOf(id);
    if (reader !== null && owner !== null && owner !== reader && !requestText.includes(id))
      broken.push(`shows ${id}, a ticket of another tenant`);
  }
  if (status >= 400 && request.method !== 'HEAD') {
    const error = asRecord(answer?.error);
    if (typeof error?.code !== 'string' || typeof error.message !== 'string')
      broken.push(`${status} without the documented error body {"error":{"code","message"}}`);
  }
  if (status < 200 || status >= 300) return broken;
  if (request.routed && target?.endpoint === 'metrics' && request.identity !== 'metrics token')
    broken.push(`${status}: metrics served without the metrics token`);
  if (request.routed && target?.roles) {
    const role = TENANT_ROLES.includes(request.identity) ? (request.identity as Role) : null;
    const admitted = role === null ? request.identity === 'other tenant' : target.roles.includes(role);
    if (!admitted) broken.push(`${status} where the role table says no`);
  }
  const results = answer?.results;
  if (request.forbiddenMutationIds.length > 0 && Array.isArray(results)) {
    for (const result of results as JsonRecord[]) {
      if (request.forbiddenMutationIds.includes(result.id as number) && result.status === 'applied') {
        broken.push(`mutation ${String(result.id)} applied although a ${request.identity} token may not push its type`);
      }
    }
  }
  return broken;
}
