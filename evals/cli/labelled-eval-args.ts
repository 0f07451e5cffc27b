import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stratifiedSplit } from '../../engine/random.js';
import { hasTrainingData } from '../../engine/training-data.js';
import { seedTenantIds } from '../../lib/tenant-config.js';

/** The flags every labelled-CSV evaluation takes (`eval intents`, `eval triage`). */
const LABELLED_EVAL_OPTIONS = {
  csv: { type: 'string' },
  'text-column': { type: 'string', default: 'text' },
  'label-column': { type: 'string', default: 'category' },
  json: { type: 'boolean', default: false },
  holdout: { type: 'string' },
  seed: { type: 'string', default: '1' },
  resources: { type: 'string' },
  'cache-dir': { type: 'string' },
  /** Default: the first seed tenant with intent training data. */
  tenant: { type: 'string' },
} as const;

export interface LabelledEvalArgs {
  csv: string;
  textColumn: string;
  labelColumn: string;
  json: boolean;
  holdout: string | undefined;
  seed: number;
  resourcesDir: string;
  cacheDir: string;
  tenant: string;
}

/** Parses and checks those flags; `csvPurpose` completes the "Missing --csv FILE: ..." message. */
export function parseLabelledEvalArgs(
  argv: string[],
  options: { repoRoot: string; csvPurpose: string; UsageError: new (message: string) => Error },
): LabelledEvalArgs {
  const { values } = parseArgs({ args: argv, options: LABELLED_EVAL_OPTIONS, strict: true });
  if (!values.csv) throw new options.UsageError(`Missing --csv FILE: ${options.csvPurpose}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new options.UsageError(`--seed must be an integer, got "${values.seed}".`);
  const resourcesDir = resolve(values.resources ?? join(options.repoRoot, 'resources'));
  const tenant = values.tenant ?? seedTenantIds(resourcesDir).find((id) => hasTrainingData(resourcesDir, id));
  if (!tenant)
    throw new options.UsageError(`No seed tenant under ${resourcesDir} has intent training data; give --tenant ID.`);
  return {
    csv: values.csv,
    textColumn: values['text-column'],
    labelColumn: values['label-column'],
    json: values.json,
    holdout: values.holdout,
    seed,
    resourcesDir,
    cacheDir: resolve(values['cache-dir'] ?? join(options.repoRoot, '.data', 'model-cache')),
    tenant,
  };
}

/**
 * The rows split for `--holdout FRACTION`: that fraction of each label held out (stratified, by `seed`), the rest
 * to train on. A fraction outside (0, 1) is a usage error.
 */
export function splitForHoldout<Row extends { label: string }>(
  rows: readonly Row[],
  holdout: string,
  seed: number,
  UsageError: new (message: string) => Error,
): { fraction: number; train: Row[]; heldOut: Row[] } {
  const fraction = Number(holdout);
  if (!(fraction > 0 && fraction < 1))
    throw new UsageError(`--holdout must be a fraction between 0 and 1, got "${holdout}".`);
  const split = stratifiedSplit(
    rows.map((r) => r.label),
    fraction,
    seed,
  );
  return { fraction, train: split.train.map((i) => rows[i]!), heldOut: split.heldOut.map((i) => rows[i]!) };
}
