import type { IssuePlacement, PlacedIssue } from '../issue-placement.js';
import type { PlacedProblems } from './people-refusal.js';

/** The problems of a users or tokens form as the admin fields show them (a catalog key shown as the field's rule). */
export function placementOf<Field extends string>(problems: PlacedProblems<Field>): IssuePlacement {
  const byField = new Map<string, PlacedIssue[]>();
  for (const [field, shown] of Object.entries(problems.fields) as Array<
    [Field, PlacedProblems<Field>['fields'][Field]]
  >) {
    if (!shown) continue;
    byField.set(field, [
      shown.key === undefined
        ? { field, message: shown.text, rule: null, within: [] }
        : { field, message: shown.key, rule: shown.key, within: [] },
    ]);
  }
  return { byField, unplaced: [] };
}
