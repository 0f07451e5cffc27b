import { PUSH_REFUSAL_CODES, type IdsOutOfRangeDetails } from '../../shared/api/push-refusals.js';
import { MAX_MUTATION_ID_STEP, PushRefused, type PushRefusal } from '../domain/push-admission.js';
import { HttpError } from '../http-errors.js';

/** The answer to a push or pull the store refused whole: what happened and what the client can do. */
export function pushRefusalError(refusal: PushRefusal): HttpError {
  switch (refusal.reason) {
    case PUSH_REFUSAL_CODES.clientIdTaken:
      return new HttpError(
        403,
        PUSH_REFUSAL_CODES.clientIdTaken,
        `Client id "${refusal.clientId}" belongs to another token of this tenant; each console or worker keeps its own id. Push and pull under an id of your own.`,
      );
    case PUSH_REFUSAL_CODES.idsOutOfRange: {
      const next = refusal.lastMutationId + 1;
      const details: IdsOutOfRangeDetails = {
        lastMutationId: refusal.lastMutationId,
        highestAllowed: refusal.highestAllowed,
      };
      return new HttpError(
        409,
        PUSH_REFUSAL_CODES.idsOutOfRange,
        `Mutation id ${refusal.highestSent} is more than ${MAX_MUTATION_ID_STEP} past the last id processed for client "${refusal.clientId}" (${refusal.lastMutationId}); ` +
          `number the changes on from there and continue at ${next}. Nothing of this push was applied.`,
        details,
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
