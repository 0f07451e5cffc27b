import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingIssue } from '../../../shared/settings/stored-setting.js';
import { useFormat } from '../format/useFormat.js';
import { issuesAt } from '../state/tenant-settings-client.js';
import type { ArticleVersionForm } from './article-form.js';
import { FieldIssues } from './FieldIssues.js';
import { MarkdownPreview } from './MarkdownPreview.js';

interface ArticleVersionFieldsProps {
  version: ArticleVersionForm;
  issues: readonly SettingIssue[];
  readOnly: boolean;
  /** Null when it is the article's only version (an article keeps at least one). */
  onRemove: (() => void) | null;
  onChange(patch: Partial<Pick<ArticleVersionForm, 'title' | 'body'>>): void;
}

/** One language version of an article: its title, its Markdown body and the body as the customer reads it. */
export function ArticleVersionFields({ version, issues, readOnly, onRemove, onChange }: ArticleVersionFieldsProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const id = useId();
  const { language } = version;
  const titleIssues = issuesAt(issues, 'versions', language, 'title');
  const bodyIssues = issuesAt(issues, 'versions', language, 'body');
  const name = fmt.languageName(language);
  return (
    <fieldset className="article-version" data-testid={`article-version-${language}`}>
      <legend>{t('articles.version.legend', { language: name, code: language })}</legend>
      <label className="article-field">
        <span>{t('articles.version.title')}</span>
        <input
          value={version.title}
          lang={language}
          readOnly={readOnly}
          dir="auto"
          data-testid={`article-title-${language}`}
          aria-invalid={titleIssues.length > 0 || undefined}
          aria-describedby={titleIssues.length > 0 ? `${id}-title-issue` : undefined}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        <FieldIssues issues={titleIssues} id={`${id}-title-issue`} testId={`article-issue-title-${language}`} />
      </label>
      <div className="article-body-row">
        <label className="article-field">
          <span>{t('articles.version.body')}</span>
          <textarea
            value={version.body}
            lang={language}
            readOnly={readOnly}
            dir="auto"
            rows={12}
            data-testid={`article-body-${language}`}
            aria-invalid={bodyIssues.length > 0 || undefined}
            aria-describedby={bodyIssues.length > 0 ? `${id}-body-issue` : `${id}-body-hint`}
            onChange={(event) => onChange({ body: event.target.value })}
          />
          <span className="article-hint" id={`${id}-body-hint`}>
            {t('articles.version.bodyHint')}
          </span>
          <FieldIssues issues={bodyIssues} id={`${id}-body-issue`} testId={`article-issue-body-${language}`} />
        </label>
        <section className="article-preview" aria-label={t('articles.version.preview', { language: name })}>
          <span className="article-preview-label" aria-hidden="true">
            {t('articles.version.previewLabel')}
          </span>
          <MarkdownPreview markdown={version.body} language={language} testId={`article-preview-${language}`} />
        </section>
      </div>
      {onRemove && !readOnly ? (
        <button
          type="button"
          className="button button-small"
          data-testid={`article-remove-${language}`}
          onClick={onRemove}
        >
          {t('articles.version.remove', { language: name })}
        </button>
      ) : null}
    </fieldset>
  );
}
