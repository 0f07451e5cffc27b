import { useTranslation } from 'react-i18next';
import type { SettingIssue } from '../../../shared/settings/stored-setting.js';
import { issueKey } from './article-issues.js';

/** The issues of one field, under it, in the reader's language; `id` is what the field's aria-describedby names. */
export function FieldIssues({ issues, id, testId }: { issues: readonly SettingIssue[]; id: string; testId: string }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <span className="field-issue" id={id} role="alert" data-testid={testId}>
      {issues
        .map((issue) => {
          const key = issueKey(issue);
          return key ? t(key) : issue.message;
        })
        .join(' ')}
    </span>
  );
}
