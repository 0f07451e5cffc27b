import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IntentNameSchema } from '../../../shared/settings/setting-values.js';
import type { SettingIssue } from '../../../shared/settings/stored-setting.js';
import { issuesAt } from '../state/tenant-settings-client.js';
import { FieldIssues } from './FieldIssues.js';

interface ArticleIntentsFieldProps {
  intents: readonly string[];
  /** The intents the console knows of (its tickets', its articles'): offered as the choices. */
  knownIntents: readonly string[];
  issues: readonly SettingIssue[];
  readOnly: boolean;
  onAdd(intent: string): void;
  onRemove(intent: string): void;
}

/**
 * The intents an article answers: chosen from the known ones by typing (Enter adds), each removable. A well-formed
 * name the console has not met yet is added with a warning (a new intent, or a typing mistake); another is refused.
 */
export function ArticleIntentsField(props: ArticleIntentsFieldProps) {
  const { intents, knownIntents, issues, readOnly, onAdd, onRemove } = props;
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [unknown, setUnknown] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const fieldIssues = issuesAt(issues, 'intents');
  const choices = knownIntents.filter((intent) => !intents.includes(intent));

  const add = () => {
    const intent = typed.trim();
    if (!intent) return;
    const wellFormed = IntentNameSchema.safeParse(intent).success;
    setRefused(!wellFormed);
    if (!wellFormed) return;
    onAdd(intent);
    setTyped('');
    setUnknown(knownIntents.includes(intent) ? null : intent);
  };

  return (
    <fieldset className="article-intents" data-testid="article-intents">
      <legend>{t('articles.intents.legend')}</legend>
      <ul className="article-chips" aria-label={t('articles.intents.chosen')}>
        {intents.map((intent) => (
          <li key={intent} className="chip" data-testid={`article-intent-${intent}`}>
            <span dir="ltr">{intent}</span>
            {readOnly ? null : (
              <button
                type="button"
                className="chip-remove"
                aria-label={t('articles.intents.remove', { intent })}
                onClick={() => onRemove(intent)}
              >
                ×
              </button>
            )}
          </li>
        ))}
        {intents.length === 0 ? <li className="article-hint">{t('articles.intents.none')}</li> : null}
      </ul>
      {readOnly ? null : (
        <div className="article-inline-form">
          <input
            list={`${id}-known`}
            value={typed}
            dir="ltr"
            aria-label={t('articles.intents.add')}
            placeholder={t('articles.intents.placeholder')}
            data-testid="article-intent-input"
            aria-invalid={refused || undefined}
            aria-describedby={refused ? `${id}-refused` : unknown !== null ? `${id}-unknown` : undefined}
            onChange={(event) => {
              setTyped(event.target.value);
              setRefused(false);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              add();
            }}
          />
          <datalist id={`${id}-known`}>
            {choices.map((intent) => (
              <option key={intent} value={intent} />
            ))}
          </datalist>
          <button type="button" className="button button-small" data-testid="article-intent-add" onClick={add}>
            {t('articles.intents.addButton')}
          </button>
        </div>
      )}
      {refused ? (
        <span className="field-issue" id={`${id}-refused`} role="alert" data-testid="article-intent-refused">
          {t('articles.issue.intents')}
        </span>
      ) : null}
      {unknown !== null && intents.includes(unknown) ? (
        <span className="article-hint" id={`${id}-unknown`} role="status" data-testid="article-intent-unknown">
          {t('articles.intents.unknown', { intent: unknown })}
        </span>
      ) : null}
      <FieldIssues issues={fieldIssues} id={`${id}-issue`} testId="article-issue-intents" />
    </fieldset>
  );
}
