import {
  INTENT_MODEL_RECORD_ID,
  undoneVersions,
  versionInUse,
  type IntentModelRecord,
  type ModelVersion,
} from '../../../shared/settings/intent-model-record.js';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';

/** What the "AI learning" screen shows of the tenant's intent model record (apart from React, unit-testable). */
export interface LearningView {
  /** The record's stored version, the base of an undo (0: never recorded). */
  version: number;
  record: IntentModelRecord;
  /** The version in use, when one learned from the history is. */
  inUse: ModelVersion | null;
  /** Its intents, most examples first. */
  intents: [string, number][];
  /** The record after an undo; null when there is nothing to undo or this console may not change it. */
  undo: IntentModelRecord | null;
  /** The retrainings, newest first. */
  history: ModelVersion[];
}

export function learningView(view: TenantSettingsView): LearningView {
  const entry = view.settings.intent_model.find((item) => item.id === INTENT_MODEL_RECORD_ID);
  const record = entry?.value ?? { inUse: null, versions: [] };
  const inUse = versionInUse(record);
  return {
    version: entry?.version ?? 0,
    record,
    inUse,
    intents: Object.entries(inUse?.intents ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    undo: view.editableKinds.includes('intent_model') ? undoneVersions(record) : null,
    history: [...record.versions].reverse(),
  };
}
