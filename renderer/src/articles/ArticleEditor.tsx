import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingIssue, StoredSetting } from '../../../shared/settings/stored-setting.js';
import { ConflictChoices } from '../components/ConflictChoices.js';
import { ShortcutButton } from '../components/ShortcutButton.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import { deleteTenantSetting, issuesAt, saveTenantSetting } from '../state/tenant-settings-client.js';
import {
  articleFromForm,
  checkArticleForm,
  missingLanguages,
  withIntent,
  withoutIntent,
  withoutVersion,
  withVersion,
  withVersionText,
  type ArticleForm,
} from './article-form.js';
import { ArticleIntentsField } from './ArticleIntentsField.js';
import { ArticleLanguageAdder } from './ArticleLanguageAdder.js';
import { ArticleVersionFields } from './ArticleVersionFields.js';
import { FieldIssues } from './FieldIssues.js';

type Notice =
  | { kind: 'saved'; version: number }
  | { kind: 'invalid'; count: number }
  | { kind: 'conflict'; current: StoredSetting | null }
  | { kind: 'error'; message: string };

export interface ArticleEditorProps {
  form: ArticleForm;
  /** The version the form was loaded from (0: a new article). */
  baseVersion: number;
  /** The ids other articles have (a new article's id must differ); null when editing a saved article. */
  takenIds: ReadonlySet<string> | null;
  tenantLanguages: readonly string[];
  knownIntents: readonly string[];
  canEdit: boolean;
  onChange(form: ArticleForm): void;
  onSaved(stored: StoredSetting): void;
  onDeleted(): void;
  /** Replaces the edits with what someone else saved (null: it is gone). */
  onLoadTheirs(current: StoredSetting | null): void;
}

/**
 * One article's form: id (when new), state, the intents it answers and its language versions, with the tenant's
 * languages it still lacks. Ctrl+S saves from the version it was loaded from; a refused value is shown on its
 * fields, a save someone else beat is reported (who, when) and the edits stay until the person chooses.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const { form, baseVersion, takenIds, tenantLanguages, knownIntents, canEdit, onChange } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const id = useId();
  const root = useRef<HTMLElement>(null);
  const [issues, setIssues] = useState<SettingIssue[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const isNew = takenIds !== null;
  const missing = useMemo(() => missingLanguages(form, tenantLanguages), [form, tenantLanguages]);

  // After a refused save the form is checked as it is typed, so an issue goes away as it is fixed.
  useEffect(() => {
    if (attempted) setIssues(checkArticleForm(form, takenIds));
  }, [attempted, form, takenIds]);

  const save = async (version = baseVersion) => {
    if (busy || !canEdit) return;
    const found = checkArticleForm(form, takenIds);
    setAttempted(true);
    setIssues(found);
    if (found.length > 0) {
      setNotice({ kind: 'invalid', count: found.length });
      return;
    }
    setBusy(true);
    const outcome = await saveTenantSetting(api, 'article', form.id, version, articleFromForm(form));
    setBusy(false);
    if (outcome.kind === 'saved') {
      setAttempted(false);
      setNotice({ kind: 'saved', version: outcome.stored.version });
      props.onSaved(outcome.stored);
    } else if (outcome.kind === 'invalid') {
      setIssues(outcome.issues);
      setNotice({ kind: 'invalid', count: outcome.issues.length });
    } else setNotice(outcome);
  };

  const remove = async () => {
    if (busy || !canEdit || isNew) return;
    setBusy(true);
    const outcome = await deleteTenantSetting(api, 'article', form.id, baseVersion);
    setBusy(false);
    setConfirmDelete(false);
    if (outcome.kind === 'saved') props.onDeleted();
    else if (outcome.kind === 'invalid') setNotice({ kind: 'error', message: outcome.issues[0]?.message ?? '' });
    else setNotice(outcome);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      void save();
    }
  };
  const focusTestId = (testId: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus());
  const readOnly = !canEdit;
  const idIssues = issuesAt(issues, 'id');
  const versionsIssues = issues.filter((issue) => issue.path[0] === 'versions' && issue.path.length === 1);

  return (
    <section
      ref={root}
      className="article-editor"
      aria-labelledby={`${id}-heading`}
      onKeyDown={onKeyDown}
      data-testid="article-editor"
      data-article-id={form.id}
    >
      <h3 id={`${id}-heading`}>
        {isNew ? t('articles.editor.newTitle') : t('articles.editor.title', { id: form.id })}
      </h3>

      {notice?.kind === 'saved' ? (
        <p className="article-notice ok" role="status" data-testid="article-saved">
          {t('articles.editor.saved', { version: notice.version })}
        </p>
      ) : null}
      {notice?.kind === 'invalid' && issues.length > 0 ? (
        <p className="field-issue" role="alert" data-testid="article-invalid">
          {t('articles.editor.invalid', { count: issues.length })}
        </p>
      ) : null}
      {notice?.kind === 'error' ? (
        <p className="error-message" role="alert" data-testid="article-error">
          {notice.message}
        </p>
      ) : null}
      {notice?.kind === 'conflict' ? (
        <ConflictChoices
          className="article-notice"
          testId="article-conflict"
          text={
            notice.current === null || notice.current.deleted
              ? t('articles.conflict.deleted', { by: notice.current?.savedBy ?? '' })
              : t('articles.conflict.saved', {
                  by: notice.current.savedBy,
                  at: fmt.dateTime(notice.current.savedAt),
                  version: notice.current.version,
                })
          }
          buttonClassName="button button-small"
          choices={[
            {
              testId: 'article-load-theirs',
              label: t('articles.conflict.loadTheirs'),
              onClick: () => {
                setNotice(null);
                props.onLoadTheirs(notice.current);
              },
            },
            {
              testId: 'article-save-over',
              label: t('articles.conflict.saveOver'),
              onClick: () => void save(notice.current?.version ?? 0),
            },
          ]}
        />
      ) : null}

      <div className="article-meta">
        {isNew ? (
          <label className="article-field">
            <span>{t('articles.editor.id')}</span>
            <input
              value={form.id}
              dir="ltr"
              data-testid="article-id"
              aria-invalid={idIssues.length > 0 || undefined}
              aria-describedby={idIssues.length > 0 ? `${id}-id-issue` : `${id}-id-hint`}
              onChange={(event) => onChange({ ...form, id: event.target.value.trim() })}
            />
            <span className="article-hint" id={`${id}-id-hint`}>
              {t('articles.editor.idHint')}
            </span>
            <FieldIssues issues={idIssues} id={`${id}-id-issue`} testId="article-issue-id" />
          </label>
        ) : null}
        <label className="article-field">
          <span>{t('articles.editor.status')}</span>
          <select
            value={form.status}
            disabled={readOnly}
            data-testid="article-status"
            onChange={(event) =>
              onChange({ ...form, status: event.target.value === 'published' ? 'published' : 'draft' })
            }
          >
            <option value="draft">{t('articles.status.draft')}</option>
            <option value="published">{t('articles.status.published')}</option>
          </select>
        </label>
      </div>

      <ArticleIntentsField
        intents={form.intents}
        knownIntents={knownIntents}
        issues={issues}
        readOnly={readOnly}
        onAdd={(intent) => onChange(withIntent(form, intent))}
        onRemove={(intent) => onChange(withoutIntent(form, intent))}
      />

      <ArticleLanguageAdder
        form={form}
        missing={missing}
        readOnly={readOnly}
        onAdd={(language) => {
          onChange(withVersion(form, language));
          focusTestId(`article-title-${language}`);
        }}
      />
      <FieldIssues issues={versionsIssues} id={`${id}-versions-issue`} testId="article-issue-versions" />

      {form.versions.map((version) => (
        <ArticleVersionFields
          key={version.language}
          version={version}
          issues={issues}
          readOnly={readOnly}
          onChange={(patch) => onChange(withVersionText(form, version.language, patch))}
          onRemove={
            form.versions.length > 1
              ? () => {
                  onChange(withoutVersion(form, version.language));
                  focusTestId('article-language-input');
                }
              : null
          }
        />
      ))}

      {canEdit ? (
        <div className="article-toolbar">
          <ShortcutButton
            keys="Control+S"
            className="button button-primary"
            testId="article-save"
            disabled={busy}
            onPress={save}
          >
            {t('articles.editor.save')}
          </ShortcutButton>
          {isNew ? null : confirmDelete ? (
            <>
              <button
                type="button"
                className="button"
                data-testid="article-delete-confirm"
                onClick={() => void remove()}
              >
                {t('articles.editor.deleteConfirm')}
              </button>
              <button type="button" className="button" onClick={() => setConfirmDelete(false)}>
                {t('articles.editor.deleteCancel')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button"
              data-testid="article-delete"
              onClick={() => setConfirmDelete(true)}
            >
              {t('articles.editor.delete')}
            </button>
          )}
          <span className="article-hint">{t('articles.editor.shortcuts')}</span>
        </div>
      ) : (
        <p className="article-hint" data-testid="article-read-only">
          {t('articles.editor.readOnly')}
        </p>
      )}
    </section>
  );
}
