import type { AppError } from '../../../../shared/result.js';
import { isConflict, isUnreachable, readRefusal, type IdentityRefusal } from '../../identity/identity-refusal.js';
import type { FormMessage } from '../../identity/form-message.js';

/** What a users or tokens form shows for a problem: on a field (by its name), or above the form. */
export interface PlacedProblems<Field extends string> {
  fields: Partial<Record<Field, FormMessage>>;
  form: FormMessage | null;
}

export const noProblems = <Field extends string>(): PlacedProblems<Field> => ({ fields: {}, form: null });

/** Issues of a value checked here (zod's) or refused by the queue, each on its field's rule in the reader's language. */
export function placeIssues<Field extends string>(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
  fields: readonly Field[],
  ruleKey: (field: Field) => string | null,
): PlacedProblems<Field> {
  const placed = noProblems<Field>();
  for (const issue of issues) {
    const field = fields.find((name) => name === issue.path[0]);
    const key = field ? ruleKey(field) : null;
    if (field) placed.fields[field] = key ? { key } : { text: issue.message };
    else placed.form = { text: issue.message };
  }
  return placed;
}

/** The sentence of a refusal that is about no field: the queue unreachable in the reader's language, else the queue's. */
export function formProblem(refusal: IdentityRefusal): FormMessage {
  return isUnreachable(refusal) ? { key: 'identity.error.queueUnreachable' } : { text: refusal.message };
}

export { isConflict, readRefusal };
export type { AppError };
