import { MAX_MUTATION_ID_STEP, PushRefused, type PushRefusal } from '../domain/push-admission.js';
import { HttpError } from '../http-errors.js';

/** The answer to a push or pull the store refused whole: what happened and what the client can do. */
export function pushRefusalError(refusal: PushRefusal): HttpError {
  switch (refusal.reason) {
    case 'client_id_taken':
      return new HttpError(
        403,
        'client_id_taken',
        `Client id "${refusal.clientId}" belongs to another token of this tenant; each console or worker keeps its own id. Push and pull under an id of your own.`,
      );
    case 'mutation_ids_out_of_range': {
      const next = refusal.lastMutationId + 1;
      return new HttpError(
        409,
        'mutation_ids_out_of_range',
        `Mutation id ${refusal.highestSent} is more than ${MAX_MUTATION_ID_STEP} past the last id processed for client "${refusal.clientId}" (${refusal.lastMutationId}); ` +
          `number the changes on from there and continue at ${next}. Nothing of this push was applied.`,
        { lastMutationId: refusal.lastMutationId, highestAllowed: refusal.highestAllowed },
      );
    }
  }
}

/** Runs a store call, answering a PushRefused as its HTTP error. */
export async function answeringPushRefusals<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PushRefused) throw pushRefusalError(error.refusal);
    throw error;
  }
}
