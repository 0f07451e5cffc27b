/**
 * Learning a tenant from its history while the autopilot works: reads the tenant's ticket feed (GET /v1/changes),
 * labels the tickets people resolved with a single-intent article (engine/history-labels.ts), and once enough new
 * labelled tickets arrived (engine/model-adoption.ts retrainDue) has a child process retrain the intent model and
 * measure it against the one in use on the same held-out tickets. The new model is put in force only if it is not
 * worse (adoptionVerdict). Every version is recorded in the queue, in the tenant's `intent_model` setting
 * (shared/settings/intent-model-record.ts), which the lead's console shows; a lead's undo changes the version in use
 * there, and this follows it on the next refresh.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangesResponse } from '../shared/api/queue-contract.js';
import type { Result } from '../shared/result.js';
import {
  EMPTY_INTENT_MODEL_RECORD,
  INTENT_MODEL_RECORD_ID,
  withVersion,
  type IntentModelRecord,
} from '../shared/settings/intent-model-record.js';
import type { SettingKind } from '../shared/settings/setting-kinds.js';
import type { StoredSetting } from '../shared/settings/stored-setting.js';
import type { SettingEntry } from '../shared/settings/tenant-settings.js';
import type { TenantConfiguration } from '../engine/engine-tenant.js';
import { HistoryLabeller, singleIntentArticleTexts } from '../engine/history-labels.js';
import { writeLabelledHistory } from '../engine/history-retraining.js';
import type { IntentClassifier } from '../engine/intent-classifier.js';
import { adoptionVerdict, retrainDue } from '../engine/model-adoption.js';
import { readModelFile } from '../engine/model-cache.js';
import { retrainedModelFromChild } from './intent-model-process.js';

/** What the retrainer asks of the queue (QueueClient has it): the ticket feed, and saving the model record. */
export interface HistoryQueue {
  pull(since: number, clientId: string, limit?: number): Promise<Result<ChangesResponse>>;
  saveSetting(kind: SettingKind, id: string, baseVersion: number, value: unknown): Promise<Result<StoredSetting>>;
}

/** The tenant's settings as the autopilot follows them (TenantConfigurationFollower). */
export interface FollowedSettings {
  refresh(): Promise<unknown>;
  readonly configuration: TenantConfiguration | null;
}

export interface HistoryRetrainerOptions {
  queue: HistoryQueue;
  settings: FollowedSettings;
  tenantId: string;
  appRoot: string;
  cacheDir: string;
  /** The tenant's model from its training file (startIntentModel), or null for a tenant without one. */
  baseModel: Promise<string> | null;
  /** Puts a model in force for the next decisions (null: none, after an undo of a tenant's only model). */
  use: (classifier: IntentClassifier | null) => void;
  log: (line: string) => void;
  /** The history a tenant without a model first tries one from (default: MIN_HISTORY_FOR_FIRST_MODEL). */
  minHistoryForFirstModel?: number;
}

/** The feed's client id for these reads (no mutation is ever pushed under it). */
const FEED_CLIENT_ID = 'history-learning';
const FEED_PAGE = 1_000;
/** Pages read per refresh at most, so a long history is read over several refreshes. */
const MAX_PAGES_PER_REFRESH = 20;

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export class HistoryRetrainer {
  private cursor = 0;
  private readonly labeller = new HistoryLabeller([]);
  /** The model file in force (a history version's or the base model's); null: none yet. */
  private modelInUse: string | null = null;
  /** Labelled tickets known at the last retraining (adopted or not); null before any; undefined until read. */
  private lastTrainedAt: number | null | undefined = undefined;
  private running: Promise<void> | null = null;

  constructor(private readonly options: HistoryRetrainerOptions) {}

  /** The retraining under way, if any (tests wait on it). */
  get retraining(): Promise<void> | null {
    return this.running;
  }

  get labelledTickets(): number {
    return this.labeller.count;
  }

  /** Reads new settings and history, follows an undo, and starts a retraining in the background when one is due. */
  async refresh(): Promise<void> {
    await this.options.settings.refresh();
    const record = this.record().value;
    this.lastTrainedAt ??= record.versions.at(-1)?.labelledTickets ?? null;
    await this.followRecord(record);
    this.labeller.useArticles(singleIntentArticleTexts(this.options.settings.configuration?.settings.article ?? []));
    for (let page = 0; page < MAX_PAGES_PER_REFRESH; page++) {
      const answer = await this.options.queue.pull(this.cursor, FEED_CLIENT_ID, FEED_PAGE);
      if (!answer.ok) {
        this.options.log(`History learning could not read the ticket feed (${answer.error.message}); trying later.`);
        return;
      }
      this.labeller.read(answer.value);
      this.cursor = Math.max(this.cursor, answer.value.cursor);
      if (!answer.value.hasMore) break;
    }
    if (!this.running && retrainDue(this.labeller.count, this.lastTrainedAt, this.options.minHistoryForFirstModel)) {
      this.lastTrainedAt = this.labeller.count;
      this.running = this.retrain().finally(() => (this.running = null));
    }
  }

  /** The tenant's model record and the version it was saved at (0: never). */
  private record(): { value: IntentModelRecord; version: number } {
    const entry: SettingEntry<'intent_model'> | undefined =
      this.options.settings.configuration?.settings.intent_model.find((item) => item.id === INTENT_MODEL_RECORD_ID);
    return entry ? { value: entry.value, version: entry.version } : { value: EMPTY_INTENT_MODEL_RECORD, version: 0 };
  }

  /** The model the record says is in use, put in force when it is not (a restart, an undo). */
  private async followRecord(record: IntentModelRecord): Promise<void> {
    const base = await this.baseModel();
    const wanted = record.inUse === null ? base : join(this.options.cacheDir, record.inUse);
    if (wanted === this.modelInUse) return;
    if (wanted !== null && !existsSync(wanted)) {
      this.options.log(
        `The intent model ${record.inUse} is not in this autopilot's model cache; keeping the one in use.`,
      );
      return;
    }
    if (this.modelInUse === null && wanted === base) {
      this.modelInUse = wanted; // the engine loads the base model itself
      return;
    }
    this.options.use(wanted === null ? null : readModelFile(wanted));
    this.modelInUse = wanted;
    this.options.log(`Intent model in use: ${wanted ?? 'none (decisions without a classifier)'}`);
  }

  private async baseModel(): Promise<string | null> {
    return this.options.baseModel ? this.options.baseModel.catch(() => null) : null;
  }

  private async retrain(): Promise<void> {
    const { tenantId, cacheDir, log } = this.options;
    const history = this.labeller.labelled;
    const historyFile = join(cacheDir, 'history', `${encodeURIComponent(tenantId)}.json`);
    writeLabelledHistory(historyFile, history);
    log(`Retraining the intent model from ${history.length} labelled tickets in a child process...`);
    let report;
    try {
      report = await retrainedModelFromChild({
        appRoot: this.options.appRoot,
        cacheDir,
        tenantId,
        log,
        historyFile,
        currentModelFile: this.modelInUse,
      });
    } catch (error) {
      log(`The retraining failed (${error instanceof Error ? error.message : String(error)}); the model in use stays.`);
      return;
    } finally {
      rmSync(historyFile, { force: true }); // customers' messages: not kept on disk longer than the training
    }
    const { trainedBy, ...version } = report;
    const verdict = adoptionVerdict(version.previousFigures, version.figures);
    log(
      `Retrained intent model by process ${trainedBy} (${version.historyExamples} history examples, held-out accuracy ${percent(version.figures.accuracy)}, containment ${percent(version.figures.containment)}): ${verdict.adopt ? 'adopted' : 'not adopted'}, ${verdict.reason}.`,
    );
    const current = this.record();
    const saved = await this.options.queue.saveSetting(
      'intent_model',
      INTENT_MODEL_RECORD_ID,
      current.version,
      withVersion(current.value, { ...version, adopted: verdict.adopt, verdict: verdict.reason }),
    );
    if (!saved.ok) {
      log(`The retrained model could not be recorded in the queue (${saved.error.message}); the model in use stays.`);
      return;
    }
    await this.options.settings.refresh();
    await this.followRecord(this.record().value);
  }
}

/** How often the history is read: a retraining follows new history within this time. */
export const HISTORY_REFRESH_MS = 30_000;

/** Refreshes the retrainer every HISTORY_REFRESH_MS (the first after that, never delaying a start); answers stop. */
export function startHistoryLearning(options: HistoryRetrainerOptions): () => void {
  const retrainer = new HistoryRetrainer(options);
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const next = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      retrainer.refresh().then(next, (error: unknown) => {
        options.log(
          `History learning failed (${error instanceof Error ? error.message : String(error)}); trying later.`,
        );
        next();
      });
    }, HISTORY_REFRESH_MS);
    timer.unref();
  };
  next();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
