import { IdsOutOfRangeDetailsSchema, PUSH_REFUSAL_CODES } from '../../shared/api/push-refusals.js';

/**
 * A push or pull the queue refused whole for this client's id or the numbering of its changes, as the
 * client can put it right: take a new client id, or number the waiting changes on from the queue's count.
 */
export type IdentityRefusal = { kind: 'client_id_taken' } | { kind: 'renumber'; lastMutationId: number };

/** Reads the details of a failed QueueClient call (`{ status, error: ErrorBody.error }`); null for any other failure. */
export function identityRefusalOf(details: unknown): IdentityRefusal | null {
  const error = (details as { error?: { code?: unknown; details?: unknown } } | null | undefined)?.error;
  if (error?.code === PUSH_REFUSAL_CODES.clientIdTaken) return { kind: 'client_id_taken' };
  if (error?.code !== PUSH_REFUSAL_CODES.idsOutOfRange) return null;
  const parsed = IdsOutOfRangeDetailsSchema.safeParse(error.details);
  return parsed.success ? { kind: 'renumber', lastMutationId: parsed.data.lastMutationId } : null;
}
