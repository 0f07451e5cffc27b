import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkRuleSet } from '../../../../shared/rules/check-rule-set.js';
import type { RuleIssue } from '../../../../shared/rules/rule-set.js';
import { RulesEditorStateSchema, type RulesEditorState } from '../../../../shared/rules/rules-console.js';
import type { RulesPreview } from '../../../../shared/rules/rules-preview.js';
import { useFormat } from '../../format/useFormat.js';
import { ConflictChoices } from '../../components/ConflictChoices.js';
import { ShortcutButton } from '../../components/ShortcutButton.js';
import { useController } from '../../state/context.js';
import { useTenantTags } from '../../tags/tenant-tags.js';
import { emptyRuleForm, formFromRule, move, ruleFromForm, type RuleForm } from './rule-form.js';
import { RuleCard } from './RuleCard.js';
import { RulesPreviewPanel } from './RulesPreviewPanel.js';
import './rules.css';

type Notice =
  | { kind: 'saved'; version: number }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; current: RulesEditorState };

/**
 * The team lead's escalation rules editor: the rules as forms, checked as they are typed (the shared
 * checkRuleSet, so the errors are the queue's), a preview on the last 7 days of cached tickets, and a
 * save that every autopilot of the tenant follows. Ctrl+Enter previews, Ctrl+S saves.
 */
export function RulesScreen() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const intentsListId = useId();
  const tagsListId = useId();
  const tenantTags = useTenantTags();
  const root = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<RulesEditorState | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [forms, setForms] = useState<RuleForm[]>([]);
  const [baseVersion, setBaseVersion] = useState(0);
  const [preview, setPreview] = useState<{ result: RulesPreview; rulesJson: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  const adopt = useCallback((state: RulesEditorState) => {
    setLoaded(state);
    setForms(state.rules.map(formFromRule));
    setBaseVersion(state.version);
  }, []);

  useEffect(() => {
    let cancelled = false;
    void api.getRules({}).then((result) => {
      if (cancelled) return;
      if (result.ok) adopt(result.value);
      else setLoadError(result.error.message);
    });
    return () => {
      cancelled = true;
    };
  }, [api, adopt, t]);

  // A button that went away with its notice (keep mine) hands the focus to Save.
  useEffect(() => {
    if (notice?.kind !== 'saved' || root.current?.contains(document.activeElement)) return;
    root.current?.querySelector<HTMLElement>('[data-testid="rules-save-button"]')?.focus();
  }, [notice]);

  const rules = useMemo(() => forms.map(ruleFromForm), [forms]);
  const rulesJson = useMemo(() => JSON.stringify(rules), [rules]);
  const check = useMemo(() => checkRuleSet(rules, loaded ? loaded.queues.map((q) => q.id) : null), [rules, loaded]);
  const issues: readonly RuleIssue[] = check.ok ? [] : check.issues;
  const setIssues = issues.filter((issue) => issue.ruleIndex === null);
  /** Preview and save wait for a rule set without issues and for the call under way. */
  const blocked = !check.ok || busy;
  const queueName = useCallback((id: string) => loaded?.queues.find((q) => q.id === id)?.name ?? id, [loaded]);

  const focusTestId = (testId: string) =>
    requestAnimationFrame(() => root.current?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus());
  const update = (index: number, patch: Partial<RuleForm>) =>
    setForms((list) => list.map((form, i) => (i === index ? { ...form, ...patch } : form)));
  const addRule = () => {
    // New rules go above a closing catch-all, where they can still choose an owner; else at the end.
    const closesWithCatchAll = check.ok || !issues.some((issue) => issue.code === 'rules_without_catch_all');
    const at = closesWithCatchAll ? Math.max(0, forms.length - 1) : forms.length;
    setForms((list) => [...list.slice(0, at), emptyRuleForm(loaded?.queues[0]?.id ?? ''), ...list.slice(at)]);
    focusTestId(`rule-id-${at}`);
  };
  const removeRule = (index: number) => {
    setForms((list) => list.filter((_, i) => i !== index));
    focusTestId('rules-add');
  };

  const runPreview = async () => {
    if (blocked) return;
    setBusy(true);
    const result = await api.previewRules({ rules });
    setBusy(false);
    if (result.ok) setPreview({ result: result.value, rulesJson });
    else setNotice({ kind: 'error', message: result.error.message });
  };

  const save = async (version = baseVersion) => {
    if (blocked) return;
    setBusy(true);
    const result = await api.saveRules({ rules, baseVersion: version });
    setBusy(false);
    if (result.ok) {
      // The forms already hold what was saved: keep them (and the focus in them) as typed.
      setLoaded(result.value);
      setBaseVersion(result.value.version);
      setNotice({ kind: 'saved', version: result.value.version });
      return;
    }
    const current =
      result.error.code === 'rules_conflict'
        ? RulesEditorStateSchema.safeParse((result.error.details as { current?: unknown } | undefined)?.current)
        : null;
    setNotice(
      current?.success ? { kind: 'conflict', current: current.data } : { kind: 'error', message: result.error.message },
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    if (event.key === 's' || event.key === 'S') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void runPreview();
    }
  };

  if (loadError) {
    return (
      <p className="error-message" role="alert" data-testid="rules-load-error">
        {loadError}
      </p>
    );
  }
  if (!loaded) return <p className="empty-state">{t('rules.loading')}</p>;

  const dirty = rulesJson !== JSON.stringify(loaded.rules.map((rule) => ruleFromForm(formFromRule(rule))));
  return (
    <section
      className="rules-screen"
      ref={root}
      onKeyDown={onKeyDown}
      aria-labelledby="rules-title"
      data-testid="rules-screen"
    >
      <h2 id="rules-title">{t('rules.title')}</h2>
      <p className="rules-note">{t('rules.intro')}</p>
      <p className="rules-note" data-testid="rules-source">
        {loaded.source === 'saved'
          ? t('rules.source.saved', {
              version: loaded.version,
              by: loaded.savedBy ?? '',
              at: loaded.savedAt ? fmt.dateTime(loaded.savedAt) : '',
            })
          : t('rules.source.shipped')}
      </p>
      <datalist id={intentsListId}>
        {loaded.intents.map((intent) => (
          <option key={intent} value={intent} />
        ))}
      </datalist>
      <datalist id={tagsListId}>
        {tenantTags.map((tag) => (
          <option key={tag.id} value={tag.id} label={tag.name} />
        ))}
      </datalist>

      {notice?.kind === 'saved' ? (
        <p className="rules-notice ok" role="status" data-testid="rules-saved">
          {t('rules.saved', { version: notice.version })}
        </p>
      ) : null}
      {notice?.kind === 'error' ? (
        <p className="error-message" role="alert" data-testid="rules-error">
          {notice.message}
        </p>
      ) : null}
      {notice?.kind === 'conflict' ? (
        <ConflictChoices
          className="rules-notice"
          testId="rules-conflict"
          text={t('rules.conflict', { by: notice.current.savedBy ?? '', version: notice.current.version })}
          choices={[
            {
              testId: 'rules-load-theirs',
              label: t('rules.actions.loadTheirs'),
              onClick: () => {
                adopt(notice.current);
                setNotice(null);
                focusTestId('rule-id-0');
              },
            },
            {
              testId: 'rules-keep-mine',
              label: t('rules.actions.keepMine'),
              onClick: () => void save(notice.current.version),
            },
          ]}
        />
      ) : null}

      {setIssues.length > 0 ? (
        <p className="rule-error set-error" role="alert" data-testid="rules-set-error">
          {setIssues.map((issue) => t(`rules.issue.${issue.code}`, { defaultValue: issue.message })).join(' ')}
        </p>
      ) : null}

      <ol className="rule-list">
        {forms.map((form, index) => (
          <RuleCard
            key={form.key}
            index={index}
            count={forms.length}
            form={form}
            queues={loaded.queues}
            intentsListId={intentsListId}
            tagsListId={tagsListId}
            issues={issues.filter((issue) => issue.ruleIndex === index)}
            onChange={(patch) => update(index, patch)}
            onMove={(by) => setForms((list) => move(list, index, by))}
            onRemove={() => removeRule(index)}
          />
        ))}
      </ol>

      <div className="rules-toolbar">
        <button type="button" onClick={addRule} data-testid="rules-add">
          {t('rules.actions.add')}
        </button>
        <ShortcutButton keys="Control+Enter" testId="rules-preview-button" disabled={blocked} onPress={runPreview}>
          {t('rules.actions.preview')}
        </ShortcutButton>
        <ShortcutButton
          keys="Control+S"
          className="primary"
          testId="rules-save-button"
          disabled={blocked}
          onPress={save}
        >
          {t('rules.actions.save')}
        </ShortcutButton>
        <button type="button" onClick={() => adopt(loaded)} disabled={!dirty || busy} data-testid="rules-revert">
          {t('rules.actions.revert')}
        </button>
        <span className="rules-note">{t('rules.shortcuts')}</span>
        {issues.length > 0 ? (
          <span className="rule-error" data-testid="rules-issue-count">
            {t('rules.issuesCount', { count: issues.length })}
          </span>
        ) : null}
      </div>

      {preview ? (
        <RulesPreviewPanel preview={preview.result} stale={preview.rulesJson !== rulesJson} queueName={queueName} />
      ) : null}
    </section>
  );
}
