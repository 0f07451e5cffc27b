import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { SettingKind } from '../../../shared/settings/setting-kinds.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import type { SettingEntry } from '../../../shared/settings/tenant-settings.js';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';
import { ShortcutButton } from '../components/ShortcutButton.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import { TextField } from './AdminField.js';
import { SaveNotices } from './SaveNotices.js';
import { placeIssues, type IssuePlacement } from './issue-placement.js';
import { fieldRuleKey } from './issue-texts.js';
import { moveFocusInList } from './list-keys.js';
import { createSettingEditor, type SettingFormSpec } from './setting-editor.js';
import { suggestedId } from './setting-forms.js';
import { useSectionShortcuts } from './useSectionShortcuts.js';

/** What every admin section is given by the workspace. */
export interface AdminSectionProps {
  view: TenantSettingsView;
  /** This console may change the section's kind now (its role may, and it is online). */
  editable: boolean;
  /** A version this console wrote or learned of, for the workspace to show at once. */
  onStored(stored: StoredSetting): void;
}

export interface SectionFields<F> {
  form: F;
  edit(patch: Partial<F>): void;
  placement: IssuePlacement;
  /** The id of the item (typed so far, for a new one). */
  id: string;
  isNew: boolean;
}

interface SettingSectionProps<K extends SettingKind, F> extends AdminSectionProps {
  spec: SettingFormSpec<K, F>;
  itemLabel(entry: SettingEntry<K>): string;
  renderFields(fields: SectionFields<F>): ReactNode;
  /** A new item's id field; a free-text id (suggested from the name) when absent. */
  renderIdField?(args: { id: string; setId(id: string): void; placement: IssuePlacement }): ReactNode;
  /** Shown beside the list, e.g. a colour swatch. */
  itemDecoration?(entry: SettingEntry<K>): ReactNode;
}

const FOCUSABLE_FIELD = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled])';

/**
 * One kind's admin section: the list of its items and the form of the open one. Keyboard: Alt+N starts a new
 * item, ↑ ↓ move in the list and Enter opens, Ctrl+S saves, Esc goes back to the list.
 */
export function SettingSection<K extends SettingKind, F>(props: SettingSectionProps<K, F>) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const { spec, view, editable, onStored } = props;
  const kind = spec.kind;
  const entries = view.settings[kind] as SettingEntry<K>[];
  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  const [editor] = useState(() =>
    createSettingEditor<K, F>({
      api,
      spec,
      existingIds: () => entriesRef.current.map((entry) => entry.id),
      idTaken: (id) => t('admin.form.idTaken', { id }),
      onStored: (stored) => onStoredRef.current(stored),
    }),
  );
  const { draft, issues, notice, busy } = useStore(editor.store);
  const root = useRef<HTMLElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const placement = useMemo(
    () => placeIssues(issues, ['id', ...spec.fieldPaths], (field) => fieldRuleKey(spec.kind, field)),
    [issues, spec],
  );
  const isNew = draft?.baseVersion === 0;
  const stored = draft && !isNew ? entries.find((entry) => entry.id === draft.id) : undefined;

  /** Focuses what `selector` finds in the element once it is drawn (a form opened just now). */
  const focusIn = (container: RefObject<HTMLElement | null>, selector: string) =>
    requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(selector)?.focus());
  // Issues from a save: the first invalid field takes the focus, so it is read out and can be fixed.
  useEffect(() => {
    if (issues.length > 0) focusIn(formRef, '[aria-invalid="true"]');
  }, [issues]);
  useEffect(() => {
    if (notice?.kind === 'conflict') focusIn(root, '[data-testid="admin-load-theirs"]');
    if (notice?.kind === 'confirmDelete') focusIn(root, '[data-testid="admin-confirm-delete"]');
    if (notice?.kind === 'deleted') focusIn(root, '[data-testid="admin-new"]');
  }, [notice]);

  const openEntry = (entry: SettingEntry<K>) => {
    editor.open(entry.id, entry.version, entry.value);
    focusIn(formRef, FOCUSABLE_FIELD);
  };
  const startNew = () => {
    if (!editable) return;
    editor.startNew();
    focusIn(formRef, FOCUSABLE_FIELD);
  };
  const backToList = () => {
    const id = draft?.id;
    editor.close();
    focusIn(listRef, id ? `[data-item-id="${CSS.escape(id)}"]` : 'button');
  };
  const edit = (patch: Partial<F>) => {
    // A new item's id follows its name until the admin types one of their own.
    const name = (patch as { name?: unknown }).name;
    const previous = (draft?.form as { name?: unknown } | undefined)?.name;
    if (draft && isNew && typeof name === 'string' && (draft.id === '' || draft.id === suggestedId(String(previous))))
      editor.setId(suggestedId(name));
    editor.edit(patch);
  };
  const save = async () => {
    if (editable && editor.store.getState().draft) await editor.save();
  };

  useSectionShortcuts({ startNew, save });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && draft && formRef.current?.contains(event.target as Node)) {
      event.preventDefault();
      backToList();
    }
  };

  const title = t(`admin.kinds.${kind}.title`);
  const label = (entry: SettingEntry<K>) => props.itemLabel(entry);
  return (
    <section
      className="admin-section"
      ref={root}
      onKeyDown={onKeyDown}
      aria-label={title}
      data-testid={`admin-${kind}`}
    >
      <div className="admin-list-pane">
        <div className="admin-list-head">
          <h3>{title}</h3>
          <ShortcutButton
            keys="Alt+N"
            className="button button-small"
            testId="admin-new"
            disabled={!editable}
            onPress={startNew}
          >
            {t(`admin.kinds.${kind}.new`)}
          </ShortcutButton>
        </div>
        {entries.length === 0 ? (
          <p className="empty-state">{t(`admin.kinds.${kind}.empty`)}</p>
        ) : (
          <ul className="admin-items" ref={listRef} aria-label={title} onKeyDown={moveFocusInList}>
            {entries.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  data-item-id={entry.id}
                  data-testid="admin-item"
                  aria-current={draft?.id === entry.id && !isNew ? 'true' : undefined}
                  onClick={() => openEntry(entry)}
                >
                  {props.itemDecoration?.(entry)}
                  <span className="admin-item-name">{label(entry)}</span>
                  <span className="admin-item-id">{entry.id}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="admin-form-pane">
        {notice?.kind === 'deleted' ? (
          <p className="admin-notice ok" role="status" data-testid="admin-deleted">
            {t('admin.form.deleted', { id: notice.id })}
          </p>
        ) : null}
        {!draft ? (
          <p className="empty-state">{t(editable ? 'admin.form.pick' : 'admin.form.pickReadOnly')}</p>
        ) : (
          <form
            ref={formRef}
            className="admin-form"
            aria-label={isNew ? t(`admin.kinds.${kind}.new`) : t('admin.form.editing', { id: draft.id })}
            data-testid="admin-form"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <h3>{isNew ? t(`admin.kinds.${kind}.new`) : t('admin.form.editing', { id: draft.id })}</h3>
            {stored ? (
              <p className="admin-note" data-testid="admin-version">
                {t('admin.form.version', {
                  version: stored.version,
                  by: stored.savedBy,
                  at: fmt.dateTime(stored.savedAt),
                })}
              </p>
            ) : null}
            <SaveNotices
              notice={notice}
              busy={busy}
              savedText={(version) => t('admin.form.saved', { version })}
              unplaced={placement.unplaced}
              testIdPrefix="admin"
              onLoadTheirs={() => {
                editor.loadTheirs();
                focusIn(formRef, FOCUSABLE_FIELD);
              }}
              onOverwrite={() => void editor.overwrite()}
            />
            <fieldset disabled={!editable} className="admin-fields">
              {isNew
                ? (props.renderIdField?.({ id: draft.id, setId: editor.setId, placement }) ?? (
                    <TextField
                      label={t('admin.form.id')}
                      hint={t(kind === 'queue' ? 'admin.rule.queueIdFormat' : 'admin.form.idHint')}
                      path="id"
                      placement={placement}
                      value={draft.id}
                      onChange={editor.setId}
                      testId="admin-id"
                    />
                  ))
                : null}
              {props.renderFields({ form: draft.form, edit, placement, id: draft.id, isNew })}
            </fieldset>
            {notice?.kind === 'confirmDelete' ? (
              <div className="admin-notice confirm" role="alertdialog" aria-label={t('admin.form.delete')}>
                <p>{t('admin.form.confirmDelete', { id: draft.id })}</p>
                <button
                  type="button"
                  className="button button-primary"
                  data-testid="admin-confirm-delete"
                  onClick={() => void editor.confirmDelete()}
                >
                  {t('admin.form.delete')}
                </button>
                <button
                  type="button"
                  className="button"
                  data-testid="admin-cancel-delete"
                  onClick={() => {
                    editor.dismissNotice();
                    focusIn(formRef, '[data-testid="admin-delete"]');
                  }}
                >
                  {t('admin.form.keep')}
                </button>
              </div>
            ) : null}
            <div className="admin-toolbar">
              <ShortcutButton
                keys="Control+S"
                className="button button-primary"
                testId="admin-save"
                disabled={!editable || busy}
                onPress={save}
              >
                {t('admin.form.save')}
              </ShortcutButton>
              {!isNew ? (
                <button
                  type="button"
                  className="button"
                  data-testid="admin-delete"
                  disabled={!editable || busy}
                  onClick={editor.askDelete}
                >
                  {t('admin.form.delete')}
                </button>
              ) : null}
              <button
                type="button"
                className="button"
                aria-keyshortcuts="Escape"
                data-testid="admin-close"
                onClick={backToList}
              >
                {t('admin.form.close')}
              </button>
            </div>
          </form>
        )}
      </div>
    </section>
  );
}
