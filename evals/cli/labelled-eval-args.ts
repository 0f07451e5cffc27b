import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

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
  tenant: { type: 'string', default: 'payments' },
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
  return {
    csv: values.csv,
    textColumn: values['text-column'],
    labelColumn: values['label-column'],
    json: values.json,
    holdout: values.holdout,
    seed,
    resourcesDir: resolve(values.resources ?? join(options.repoRoot, 'resources')),
    cacheDir: resolve(values['cache-dir'] ?? join(options.repoRoot, '.data', 'model-cache')),
    tenant: values.tenant,
  };
}
