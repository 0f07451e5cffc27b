import { join } from 'node:path';
import { retrainingReportFile, RetrainingReportSchema, type RetrainingReport } from '../engine/history-retraining.js';
import { startChildService, type ChildService } from '../lib/child-service.js';
import { readJsonFile } from '../lib/json-file.js';
import { INTENT_MODEL_READY, parseIntentModelReady, type IntentModelReady } from './intent-model-line.js';

/** autopilot/intent-model-cli.ts bundled by scripts/build-electron.mjs, for Electron and the packaged app. */
export const INTENT_MODEL_BUNDLE = join('dist', 'electron', 'intent-model-cli.cjs');

/** Generous: a first training takes 15-45 s on two cores, several times that on a loaded machine. */
const TRAINING_TIMEOUT_MS = 600_000;

export interface IntentModelProcessOptions {
  /** The repository (or packaged app) root. */
  appRoot: string;
  cacheDir: string;
  tenantId: string;
  log?: (line: string) => void;
}

/**
 * Has a child process load the tenant's intent model from the cache or train it there, so this process
 * keeps deciding what needs no classifier meanwhile. Resolves with the model's file once it is on disk.
 */
export async function intentModelFromChild(
  options: IntentModelProcessOptions,
  extraArgs: readonly string[] = [],
): Promise<IntentModelReady> {
  const child: ChildService = await startChildService({
    appRoot: options.appRoot,
    entry: join('autopilot', 'intent-model-cli.ts'),
    bundle: INTENT_MODEL_BUNDLE,
    args: ['--cache-dir', options.cacheDir, '--tenant', options.tenantId, ...extraArgs],
    ready: INTENT_MODEL_READY,
    name: 'intent model',
    timeoutMs: TRAINING_TIMEOUT_MS,
    log: options.log,
  });
  // The child exits by itself once it has printed the file.
  return parseIntentModelReady(child.readyLine);
}

/**
 * Has the same child retrain the tenant's model from its labelled history (written to `historyFile`) and measure it
 * against the model in use; answers the new version's report (not yet adopted: the caller decides).
 */
export async function retrainedModelFromChild(
  options: IntentModelProcessOptions & { historyFile: string; currentModelFile: string | null },
): Promise<RetrainingReport> {
  const current = options.currentModelFile ? ['--current', options.currentModelFile] : [];
  const model = await intentModelFromChild(options, ['--history', options.historyFile, ...current]);
  return readJsonFile(retrainingReportFile(model.file), RetrainingReportSchema, 'retrained model report');
}
