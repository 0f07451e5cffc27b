/**
 * `npm run build:models` (npm ci and npm install run it too, through scripts/postinstall.mjs): trains the intent model
 * of every seed tenant with intent training data (resources/tenants/<id>/training-multilingual.csv) into
 * dist/intent-models/, with the engine's own training code from the data the project ships, exactly as a first start
 * would train it. `npm run serve` on a fresh data folder then loads it in a moment instead of training for 30-45 s.
 * A model's file is named by a hash of its training examples, hyperparameters and trainer version (model-cache.ts),
 * so changed data or a changed trainer is never served a stale model: it is trained again, here or on first start.
 * Models of other keys left in the folder are removed. Prints one line per tenant.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadTenantClassifier, trainingProgressLog } from '../engine/tenant-classifier.js';
import { hasTrainingData } from '../engine/training-data.js';
import { PREBUILT_MODELS_DIR, RESOURCES_DIR } from '../lib/paths.js';
import { seedTenantIds } from '../lib/tenant-config.js';

const log = (line: string) => process.stdout.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

mkdirSync(PREBUILT_MODELS_DIR, { recursive: true });
const built = new Set<string>();
for (const tenantId of seedTenantIds(RESOURCES_DIR).filter((id) => hasTrainingData(RESOURCES_DIR, id))) {
  const started = performance.now();
  const model = loadTenantClassifier({
    resourcesDir: RESOURCES_DIR,
    cacheDir: PREBUILT_MODELS_DIR,
    prebuiltDir: PREBUILT_MODELS_DIR,
    tenantId,
    onProgress: trainingProgressLog((line) => log(`${tenantId}: ${line}`)),
  });
  built.add(basename(model.file));
  const size = `${(statSync(model.file).size / 1e6).toFixed(1)} MB`;
  log(
    `Intent model of tenant ${tenantId} ${model.fromCache ? 'already built' : `trained in ${seconds(performance.now() - started)}`}: ${model.file} (${size})`,
  );
}
for (const stale of readdirSync(PREBUILT_MODELS_DIR).filter((name) => !built.has(name))) {
  rmSync(join(PREBUILT_MODELS_DIR, stale), { force: true });
  log(`Removed ${stale}: no seed tenant's training data builds it any more.`);
}
