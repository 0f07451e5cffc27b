import type { SettingIssue } from '../../../shared/settings/stored-setting.js';

/** The message of an issue checkArticleForm makes when a new article's id is already used. */
export const ID_TAKEN = 'This id is taken by another article.';

/** The fields of an article whose issues the editor names in the reader's language. */
const FIELD_KEYS: Record<string, string> = {
  id: 'articles.issue.id',
  title: 'articles.issue.title',
  body: 'articles.issue.body',
  intents: 'articles.issue.intents',
  versions: 'articles.issue.versions',
  status: 'articles.issue.status',
};

/**
 * The catalog key of an issue's text, by the field it is on (the queue's and the shared schema's messages are
 * English; the field says what the rule is), or null for a field the editor does not know (its message is shown).
 */
export function issueKey(issue: SettingIssue): string | null {
  if (issue.path[0] === 'id' && issue.message === ID_TAKEN) return 'articles.issue.idTaken';
  const field = [...issue.path].reverse().find((part) => typeof part === 'string' && Object.hasOwn(FIELD_KEYS, part));
  return typeof field === 'string' ? (FIELD_KEYS[field] ?? null) : null;
}
