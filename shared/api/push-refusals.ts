import { z } from 'zod';

/**
 * Error codes of a push (or a changes pull) the queue refuses whole because of its client id or the
 * numbering of its changes; nothing of it was applied and a client can put each right by itself.
 */
export const PUSH_REFUSAL_CODES = {
  /** 403: the client id belongs to another token (each console or worker keeps its own). */
  clientIdTaken: 'client_id_taken',
  /** 409: the ids reach too far past the queue's count of this client's changes (`details`: IdsOutOfRangeDetails). */
  idsOutOfRange: 'mutation_ids_out_of_range',
} as const;

/** `details` of mutation_ids_out_of_range: the client's changes continue at `lastMutationId + 1`. */
export const IdsOutOfRangeDetailsSchema = z.object({
  lastMutationId: z.number().int().nonnegative(),
  highestAllowed: z.number().int().nonnegative(),
});
export type IdsOutOfRangeDetails = z.infer<typeof IdsOutOfRangeDetailsSchema>;
