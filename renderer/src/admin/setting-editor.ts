import { createStore } from 'zustand/vanilla';
import {
  SETTING_ID_PATTERN,
  SETTING_ID_RULE,
  SETTING_KINDS,
  type SettingKind,
  type SettingValue,
} from '../../../shared/settings/setting-kinds.js';
import { settingIdIssues } from '../../../shared/settings/setting-ids.js';
import type { SettingIssue, StoredSetting } from '../../../shared/settings/stored-setting.js';
import {
  deleteTenantSetting,
  saveTenantSetting,
  type SettingWriteOutcome,
  type TenantSettingsApi,
} from '../state/tenant-settings-client.js';
import { schemaIssues } from './issue-placement.js';

/** How a kind's values are edited: a form of typed text, and the value it stands for. */
export interface SettingFormSpec<K extends SettingKind, F> {
  readonly kind: K;
  /** The fields the form shows, by the value path each edits: issues are placed on them (issue-placement.ts). */
  readonly fieldPaths: readonly string[];
  /** The form of a new item. */
  blank(): F;
  fromValue(value: SettingValue<K>): F;
  /** The value the form stands for, checked by the kind's schema; text that is not a number stays text. */
  toValue(form: F, id: string): unknown;
}

/** The item open in the form: its id, the version the edits started from (0: a new item), the edits. */
export interface SettingDraft<F> {
  id: string;
  baseVersion: number;
  form: F;
}

export type WriteAction = 'save' | 'delete';

export type EditorNotice =
  | { kind: 'saved'; version: number }
  | { kind: 'deleted'; id: string }
  | { kind: 'confirmDelete' }
  /** The host's sentence; for a queue still in use, also what uses it (shown in the reader's language). */
  | Extract<SettingWriteOutcome, { kind: 'error' }>
  /** Someone else wrote the item first: what is stored now; the draft is kept as it was. */
  | { kind: 'conflict'; action: WriteAction; current: StoredSetting | null };

/** A problem of the draft with its field's path; `own` when the editor wrote it in the reader's language. */
export type EditorIssue = SettingIssue & { own?: boolean };

export interface SettingEditorState<F> {
  draft: SettingDraft<F> | null;
  /** The problems of the draft (checked here or by the queue), each with its field's path. */
  issues: readonly EditorIssue[];
  notice: EditorNotice | null;
  busy: boolean;
}

export interface SettingEditorDeps<K extends SettingKind, F> {
  api: TenantSettingsApi;
  spec: SettingFormSpec<K, F>;
  /** The ids of the kind's items now, so a new item cannot take one. */
  existingIds(): readonly string[];
  /** The message for a new item whose id is taken. */
  idTaken(id: string): string;
  /** Every version this editor wrote or learned of (a save, a delete's tombstone, theirs): the list follows it. */
  onStored(stored: StoredSetting): void;
}

/**
 * One kind's editor, apart from React so its rules are tested over a fake host: a draft checked by the kind's
 * schema before it goes, a save against the version the edits started from, and every refusal kept beside the
 * draft (field issues, the other admin's version) without losing what was typed.
 */
export function createSettingEditor<K extends SettingKind, F>(deps: SettingEditorDeps<K, F>) {
  const { api, spec } = deps;
  const schema = SETTING_KINDS[spec.kind].schema;
  const store = createStore<SettingEditorState<F>>()(() => ({ draft: null, issues: [], notice: null, busy: false }));
  const state = () => store.getState();
  const set = (patch: Partial<SettingEditorState<F>>) => store.setState(patch);

  function open(id: string, version: number, value: SettingValue<K>): void {
    set({ draft: { id, baseVersion: version, form: spec.fromValue(value) }, issues: [], notice: null });
  }

  /** The draft's problems before anything is sent: the id of a new item, then the value's schema. */
  function check(draft: SettingDraft<F>): { issues: EditorIssue[]; value?: SettingValue<K> } {
    const id = draft.id.trim();
    if (draft.baseVersion === 0 && !SETTING_ID_PATTERN.test(id))
      return { issues: [{ path: ['id'], message: SETTING_ID_RULE }] };
    if (draft.baseVersion === 0 && deps.existingIds().includes(id))
      return { issues: [{ path: ['id'], message: deps.idTaken(id), own: true }] };
    const parsed = schema.safeParse(spec.toValue(draft.form, id));
    if (!parsed.success) return { issues: schemaIssues(parsed.error) };
    // What the queue asks of this kind's ids beyond the pattern (a queue id's form), on the id field.
    const idIssues = draft.baseVersion === 0 ? settingIdIssues(spec.kind, id, parsed.data) : [];
    if (idIssues.length > 0)
      return { issues: idIssues.map((issue) => (issue.path.length === 0 ? { ...issue, path: ['id'] } : issue)) };
    return { issues: [], value: parsed.data as SettingValue<K> };
  }

  function settle(outcome: SettingWriteOutcome, action: WriteAction, draft: SettingDraft<F>): void {
    switch (outcome.kind) {
      case 'saved':
        deps.onStored(outcome.stored);
        if (action === 'delete') set({ draft: null, issues: [], notice: { kind: 'deleted', id: draft.id } });
        else
          set({
            // The form already holds what was saved: keep it as typed, now based on the new version.
            draft: { ...draft, id: outcome.stored.id, baseVersion: outcome.stored.version },
            issues: [],
            notice: { kind: 'saved', version: outcome.stored.version },
          });
        return;
      case 'invalid':
        set({ issues: outcome.issues, notice: null });
        return;
      case 'conflict':
        set({ notice: { kind: 'conflict', action, current: outcome.current } });
        return;
      case 'error':
        set({ notice: outcome });
    }
  }

  async function write(action: WriteAction, version: number): Promise<void> {
    const draft = state().draft;
    if (!draft || state().busy) return;
    const checked = action === 'save' ? check(draft) : { issues: [] };
    if (checked.issues.length > 0) {
      set({ issues: checked.issues, notice: null });
      return;
    }
    const id = draft.id.trim();
    set({ busy: true });
    const outcome =
      action === 'save' && checked.value !== undefined
        ? await saveTenantSetting(api, spec.kind, id, version, checked.value)
        : await deleteTenantSetting(api, spec.kind, id, version);
    set({ busy: false });
    // The draft may have been edited while the call was under way: settle on the latest edits.
    const latest = state().draft;
    settle(outcome, action, latest && latest.id === draft.id ? latest : { ...draft, id });
  }

  return {
    store,
    /** Opens a stored item in the form. */
    open,
    /** Opens an empty form for a new item. */
    startNew(): void {
      set({ draft: { id: '', baseVersion: 0, form: spec.blank() }, issues: [], notice: null });
    },
    close(): void {
      set({ draft: null, issues: [], notice: null });
    },
    edit(patch: Partial<F>): void {
      const { draft, notice } = state();
      // A 'saved' line would speak of edits made since; a conflict's choice stays until it is made.
      const stale = notice?.kind === 'saved' || notice?.kind === 'deleted';
      if (draft) set({ draft: { ...draft, form: { ...draft.form, ...patch } }, ...(stale ? { notice: null } : {}) });
    },
    /** A new item's id (a stored item keeps its own). */
    setId(id: string): void {
      const draft = state().draft;
      if (draft && draft.baseVersion === 0) set({ draft: { ...draft, id } });
    },
    /** Checks the draft and saves it against the version the edits started from. */
    save: () => write('save', state().draft?.baseVersion ?? 0),
    askDelete(): void {
      if (state().draft && state().draft?.baseVersion !== 0) set({ notice: { kind: 'confirmDelete' } });
    },
    dismissNotice(): void {
      set({ notice: null });
    },
    confirmDelete: () => write('delete', state().draft?.baseVersion ?? 0),
    /** After a conflict: does what was refused again, over the version stored now (the other admin's). */
    overwrite(): Promise<void> {
      const notice = state().notice;
      if (notice?.kind !== 'conflict') return Promise.resolve();
      return write(notice.action, notice.current?.version ?? 0);
    },
    /** After a conflict: drops the edits for the version stored now (none when it was deleted). */
    loadTheirs(): void {
      const notice = state().notice;
      if (notice?.kind !== 'conflict') return;
      const current = notice.current;
      if (current) deps.onStored(current);
      const parsed = current && !current.deleted ? schema.safeParse(current.value) : null;
      if (current && parsed?.success) open(current.id, current.version, parsed.data as SettingValue<K>);
      else set({ draft: null, issues: [], notice: null });
    },
  };
}

export type SettingEditor<K extends SettingKind, F> = ReturnType<typeof createSettingEditor<K, F>>;
