import type { SettingIssue } from '../../../shared/settings/stored-setting.js';

/** A field of a settings form, named by the path of the value it edits (`targets.vip.firstReplyMinutes`). */
export type FieldPath = string;

/** One issue as a field shows it: its message, and where inside the field it is (a list line, a span). */
export interface PlacedIssue {
  /** The field it is placed on. */
  field: FieldPath;
  message: string;
  /** The catalog key of the field's rule, shown in place of the message; null: the message is shown as it is. */
  rule: string | null;
  /** The rest of the issue's path below the field, e.g. [2] for the third holiday of the holidays field. */
  within: ReadonlyArray<string | number>;
}

export interface IssuePlacement {
  byField: ReadonlyMap<FieldPath, readonly PlacedIssue[]>;
  /** Issues no field of the form owns (about the whole value): shown above the form. */
  unplaced: readonly string[];
}

const segments = (path: FieldPath) => (path === '' ? [] : path.split('.'));

/**
 * Gives each issue to the field of the form whose path is the longest start of the issue's path, so a span's
 * error lands on its weekday and a tier's target on its own input; issues that no field owns stay unplaced. An
 * issue is shown as its field's rule (`ruleOf`, a catalog key) unless the editor wrote it itself (`own`).
 */
export function placeIssues(
  issues: ReadonlyArray<SettingIssue & { own?: boolean }>,
  fields: readonly FieldPath[],
  ruleOf: (field: FieldPath) => string | null = () => null,
): IssuePlacement {
  const byField = new Map<FieldPath, PlacedIssue[]>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String);
    let owner: { field: FieldPath; depth: number } | null = null;
    for (const field of fields) {
      const parts = segments(field);
      const owns = parts.length <= path.length && parts.every((part, index) => path[index] === part);
      if (owns && (!owner || parts.length > owner.depth)) owner = { field, depth: parts.length };
    }
    if (!owner) {
      unplaced.push(issue.message);
      continue;
    }
    const list = byField.get(owner.field) ?? [];
    list.push({
      field: owner.field,
      message: issue.message,
      rule: issue.own ? null : ruleOf(owner.field),
      within: issue.path.slice(owner.depth),
    });
    byField.set(owner.field, list);
  }
  return { byField, unplaced };
}

/** The issues of a value that fails its schema, in the shape the queue reports them (settings_invalid). */
export function schemaIssues(error: {
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>;
}): SettingIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
  }));
}
