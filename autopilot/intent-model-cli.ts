/**
 * Child-process entry, started by the autopilot (autopilot/intent-model-process.ts): loads the tenant's intent
 * model from the cache, or trains it into the cache, prints where it is, and exits. Training takes seconds of
 * CPU that must not keep the autopilot from deciding what needs no classifier meanwhile.
 */
import { setPriority } from 'node:os';
import { resolve } from 'node:path';
import type { TrainingProgress } from '../engine/intent-classifier.js';
import { readLabelledHistory, retrainFromHistory } from '../engine/history-retraining.js';
import { loadTenantClassifier, trainingProgressLog } from '../engine/tenant-classifier.js';
import { hasTrainingData, loadTrainingData } from '../engine/training-data.js';
import { RESOURCES_DIR } from '../lib/paths.js';
import { exitWithUsage, parseCliArgs } from '../lib/cli-support.js';
import { intentModelReadyLine } from './intent-model-line.js';

const USAGE = `Usage: tsx autopilot/intent-model-cli.ts --cache-dir DIR --tenant ID

Loads the tenant's intent model from DIR, or trains it from resources/ and caches it there, then prints
"Intent model trained|loaded in N ms: FILE" and exits. The autopilot runs it as a child process.

With --history FILE (labelled tickets, engine/history-retraining.ts) it retrains the model from the tenant's training
data and that history instead, measures it (and the model in use, --current MODEL) on the held-out tickets, and writes
the report beside the model (MODEL.json).`;

/** A nice value: a lower priority than the default 0, yet above idle (19); Windows maps it to a lower priority class. */
const BACKGROUND_PRIORITY = 10;

function lowerOwnPriority(): void {
  try {
    setPriority(BACKGROUND_PRIORITY); // one's own priority may be lowered without privilege
  } catch {
    // Not allowed here (some containers): train at the normal priority.
  }
}

const { values } = parseCliArgs(
  {
    'cache-dir': { type: 'string' },
    tenant: { type: 'string' },
    'stop-with-stdin': { type: 'boolean' },
    history: { type: 'string' },
    current: { type: 'string' },
  },
  USAGE,
);
const tenantId = values.tenant ?? exitWithUsage('--tenant ID is required.', USAGE);
const started = performance.now();
const parent = process.ppid;
const report = trainingProgressLog((line) => process.stderr.write(`${line}\n`));
let training = false;
const cacheDir = resolve(values['cache-dir'] ?? '.data/model-cache');
const onProgress = (progress: TrainingProgress) => {
  // Training blocks this process, so it cannot hear its parent go: it looks between steps instead.
  if (process.ppid !== parent) process.exit(1);
  if (!training) {
    training = true;
    // Training (not a load from the cache, which the autopilot waits for) is background work: the processes a
    // person waits for (the console, the queue, the autopilot's first decisions) get the CPU first.
    lowerOwnPriority();
  }
  report(progress);
};

/** A retraining from the tenant's labelled history: always background work. */
function retrainedModel(historyFile: string): { file: string; fromCache: boolean } {
  lowerOwnPriority();
  const version = retrainFromHistory({
    history: readLabelledHistory(historyFile),
    baseExamples: hasTrainingData(RESOURCES_DIR, tenantId) ? loadTrainingData(RESOURCES_DIR, tenantId) : [],
    currentModelFile: values.current ?? null,
    cacheDir,
    onProgress,
  });
  return { file: version.file, fromCache: false };
}

try {
  const model = values.history
    ? retrainedModel(values.history)
    : loadTenantClassifier({ resourcesDir: RESOURCES_DIR, cacheDir, tenantId, onProgress });
  process.stdout.write(
    `${intentModelReadyLine({ file: model.file, trained: !model.fromCache, ms: Math.round(performance.now() - started) })}\n`,
  );
  process.exit(0);
} catch (error) {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
