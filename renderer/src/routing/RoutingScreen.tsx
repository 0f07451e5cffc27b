import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { RoutingPreview } from '../../../shared/routing/routing-preview.js';
import {
  DEFAULT_ROUTING_POLICY,
  ROUTING_POLICY_ID,
  RoutingPolicySchema,
  type RoutingPolicy,
} from '../../../shared/settings/routing-policy.js';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { SaveNotices } from '../admin/SaveNotices.js';
import { placeIssues, schemaIssues } from '../admin/issue-placement.js';
import { createSettingEditor } from '../admin/setting-editor.js';
import { withStoredSetting } from '../admin/tenant-view.js';
import { ShortcutButton } from '../components/ShortcutButton.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { useTenantSettings } from '../state/useTenantSettings.js';
import { RoutingFields } from './RoutingFields.js';
import { ROUTING_FORM, routingRuleOf, routingValueFrom, type RoutingForm } from './routing-form.js';
import { RoutingPreviewPanel } from './RoutingPreviewPanel.js';
import '../admin/admin.css';
import './routing.css';

/** How long the preview waits after an edit before it asks again. */
const PREVIEW_DELAY_MS = 300;

/**
 * The lead's routing policy editor: who answers each ticket (the built-in engine, the model, a person), the month's
 * model budget, what happens when the model is down and the shadow runs. Read from the console's copy of the settings
 * (offline too, read-only), saved through the queue against the version the edits started from; every edit that
 * reads is previewed at once over the last 7 days of cached tickets. Ctrl+S saves.
 */
export function RoutingScreen() {
  const { t } = useTranslation();
  const { view, setView } = useTenantSettings();
  const onStored = useCallback(
    (stored: StoredSetting) =>
      setView((shown) => shown && { ...shown, settings: withStoredSetting(shown.settings, stored) }),
    [setView],
  );
  if (!view) return <p className="empty-state">{t('routing.loading')}</p>;
  return <RoutingEditor view={view} onStored={onStored} />;
}

function RoutingEditor({ view, onStored }: { view: TenantSettingsView; onStored(stored: StoredSetting): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const online = useConsoleState((s) => s.status?.online ?? false);
  const mayEdit = view.editableKinds.includes('routing');
  const editable = online && mayEdit;
  const stored = view.settings.routing.find((entry) => entry.id === ROUTING_POLICY_ID);
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  const [editor] = useState(() =>
    createSettingEditor({
      api,
      spec: ROUTING_FORM,
      existingIds: () => [],
      idTaken: () => '',
      onStored: (saved) => onStoredRef.current(saved),
    }),
  );
  const { draft, issues, notice, busy } = useStore(editor.store);
  /** The form as it was opened: while the draft equals it, a newer stored version replaces it. */
  const opened = useRef<string | null>(null);
  useEffect(() => {
    const current = editor.store.getState().draft;
    const untouched = !current || JSON.stringify(current.form) === opened.current;
    if (!untouched || (current && current.baseVersion === (stored?.version ?? 0))) return;
    editor.open(ROUTING_POLICY_ID, stored?.version ?? 0, stored?.value ?? DEFAULT_ROUTING_POLICY);
    opened.current = JSON.stringify(editor.store.getState().draft?.form);
  }, [editor, stored?.version, stored?.value]);

  const checked = useMemo(() => (draft ? RoutingPolicySchema.safeParse(routingValueFrom(draft.form)) : null), [draft]);
  const policy: RoutingPolicy | null = checked?.success ? checked.data : null;
  // The queue's issues from a save, else the schema's as the lead types.
  const shownIssues = issues.length > 0 ? issues : checked && !checked.success ? schemaIssues(checked.error) : [];
  const placement = useMemo(() => placeIssues(shownIssues, ROUTING_FORM.fieldPaths, routingRuleOf), [shownIssues]);
  const preview = usePreview(policy, stored?.version ?? 0);

  const save = async () => {
    if (editable && policy) await editor.save();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyS') {
      event.preventDefault();
      void save();
    }
  };
  const edit = (patch: Partial<RoutingForm>) => editor.edit(patch);

  return (
    <section
      className="routing-screen"
      onKeyDown={onKeyDown}
      aria-labelledby="routing-title"
      data-testid="routing-screen"
    >
      <h2 id="routing-title">{t('routing.title')}</h2>
      <p className="admin-hint">{t('routing.intro')}</p>
      {!online ? (
        <p className="admin-notice offline" role="status" data-testid="routing-offline">
          {view.syncedAt ? t('routing.offlineSince', { at: fmt.dateTime(view.syncedAt) }) : t('routing.offline')}
        </p>
      ) : null}
      {!mayEdit ? (
        <p className="admin-notice offline" role="status" data-testid="routing-read-only">
          {t('routing.readOnly')}
        </p>
      ) : null}
      <p className="admin-hint" data-testid="routing-version">
        {stored
          ? t('routing.version', { version: stored.version, by: stored.savedBy, at: fmt.dateTime(stored.savedAt) })
          : t('routing.defaultPolicy')}
      </p>
      <SaveNotices
        notice={notice}
        busy={busy}
        savedText={(version) => t('routing.saved', { version })}
        unplaced={placement.unplaced}
        testIdPrefix="routing"
        onLoadTheirs={() => {
          editor.loadTheirs();
          opened.current = JSON.stringify(editor.store.getState().draft?.form);
        }}
        onOverwrite={() => void editor.overwrite()}
      />
      <div className="routing-layout">
        {draft ? (
          <form
            className="admin-form routing-form"
            aria-labelledby="routing-title"
            data-testid="routing-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <RoutingFields
              form={draft.form}
              edit={edit}
              placement={placement}
              disabled={!editable}
              queues={view.settings.queue.map((queue) => ({ id: queue.id, name: queue.value.name }))}
            />
            <div className="admin-toolbar">
              <ShortcutButton
                keys="Control+S"
                className="button button-primary"
                testId="routing-save"
                disabled={!editable || busy || !policy}
                onPress={save}
              >
                {t('routing.save')}
              </ShortcutButton>
              <span className="admin-hint">{t('routing.shortcuts')}</span>
            </div>
          </form>
        ) : null}
        <RoutingPreviewPanel {...preview} />
      </div>
    </section>
  );
}

/**
 * The preview of the policy being edited: asked again a moment after each edit that reads and when the policy in force
 * changes (`inForce`, its version), the latest answer kept.
 */
function usePreview(policy: RoutingPolicy | null, inForce: number) {
  const { api } = useController();
  const [modelDown, setModelDown] = useState(false);
  const [shown, setShown] = useState<{ preview: RoutingPreview | null; error: string | null; key: string }>({
    preview: null,
    error: null,
    key: '',
  });
  const key = policy ? JSON.stringify([policy, modelDown, inForce]) : '';
  const latest = useRef(key);
  latest.current = key;
  useEffect(() => {
    if (!policy) return;
    const timer = setTimeout(() => {
      void api.previewRouting({ policy, modelDown }).then((result) => {
        if (latest.current !== key) return;
        setShown(
          result.ok ? { preview: result.value, error: null, key } : { preview: null, error: result.error.message, key },
        );
      });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // The key stands for the policy, the outage switch and the version in force.
  }, [api, key]);
  return {
    preview: shown.preview,
    error: shown.error,
    stale: shown.key !== key,
    modelDown,
    onModelDown: setModelDown,
  };
}
