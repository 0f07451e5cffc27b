/**
 * `npm run eval -- triage [--tenant ID] --csv FILE [--text-column text] [--label-column category] [--json]
 *       [--holdout F --seed N] [--resources DIR] [--cache-dir DIR]`
 *
 * Runs each text through the whole built-in pipeline as a new ticket. Without --holdout the tenant's
 * model (trained on resources/, cached) decides every row. With --holdout F a seeded stratified F
 * split of the file is held out, the tenant's model is retrained on its training data minus every
 * held-out text, and only the held-out rows are decided: an honest estimate when FILE is part of
 * the training data.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BuiltinEngine } from '../../engine/builtin-engine.js';
import { loadSeedEngineTenant } from '../../engine/seed-tenant.js';
import { loadOrTrainClassifier } from '../../engine/model-cache.js';
import { loadTenantClassifier } from '../../engine/tenant-classifier.js';
import { loadLabelledCsv, loadTrainingData } from '../../engine/training-data.js';
import { parseLabelledEvalArgs, splitForHoldout } from './labelled-eval-args.js';
import { scoreTriage, triageRows, type TriageEvaluation } from '../../engine/triage.js';

interface Context {
  repoRoot: string;
  UsageError: new (message: string) => Error;
}

export async function runTriage(argv: string[], { repoRoot, UsageError }: Context): Promise<void> {
  const args = parseLabelledEvalArgs(argv, {
    repoRoot,
    csvPurpose: 'the labelled CSV of customer texts to triage.',
    UsageError,
  });
  const { seed, resourcesDir, cacheDir } = args;
  const tenantFile = join(resourcesDir, 'tenants', args.tenant, 'tenant.json');
  if (!existsSync(tenantFile))
    throw new UsageError(`There is no tenant "${args.tenant}" (${tenantFile} does not exist).`);
  // No queue here: the engine decides with the tenant's seed files (engine/seed-tenant.ts).
  const { engineTenant: tenant } = loadSeedEngineTenant(resourcesDir, args.tenant);
  const log = (line: string) => {
    if (!args.json) process.stderr.write(`${line}\n`);
  };

  let rows = loadLabelledCsv(resolve(args.csv), { textColumn: args.textColumn, labelColumn: args.labelColumn });
  const started = performance.now();
  let classifierInfo: { trainMs: number; fromCache: boolean; trainN?: number };
  let engine: BuiltinEngine;
  if (args.holdout !== undefined) {
    rows = splitForHoldout(rows, args.holdout, seed, UsageError).heldOut;
    const heldTexts = new Set(rows.map((r) => r.text.trim()));
    const examples = loadTrainingData(resourcesDir, tenant.id).filter((e) => !heldTexts.has(e.text.trim()));
    log(`Training on ${examples.length} examples (held-out texts removed)...`);
    const cached = loadOrTrainClassifier({ cacheDir, examples });
    classifierInfo = { trainMs: Math.round(cached.trainMs), fromCache: cached.fromCache, trainN: examples.length };
    engine = new BuiltinEngine(tenant, cached.classifier);
  } else {
    const cached = loadTenantClassifier({ resourcesDir, cacheDir, tenantId: tenant.id });
    classifierInfo = { trainMs: Math.round(cached.trainMs), fromCache: cached.fromCache };
    engine = new BuiltinEngine(tenant, cached.classifier);
  }
  const e0 = performance.now();
  const decisions = await triageRows(engine, rows, tenant.id, (i) => log(`Triage ${i}/${rows.length}...`));
  const evaluation: TriageEvaluation = scoreTriage(rows, decisions);
  const report = {
    mode: args.holdout !== undefined ? 'holdout' : 'tenant-model',
    tenant: tenant.id,
    file: resolve(args.csv),
    ...(args.holdout !== undefined ? { holdout: Number(args.holdout), seed } : {}),
    ...classifierInfo,
    evalMs: Math.round(performance.now() - e0),
    totalMs: Math.round(performance.now() - started),
    ...evaluation,
  };
  if (args.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const width = Math.max(5, ...Object.keys(evaluation.perLabel).map((l) => l.length));
  const lines = [
    `Tenant "${tenant.id}", ${report.mode}${report.mode === 'holdout' ? ` ${report.holdout} (seed ${seed})` : ''}, file ${report.file}`,
    '',
  ];
  lines.push(
    `${'label'.padEnd(width)}  ${'n'.padStart(5)}  ${'resolved'.padStart(8)}  ${'wrong'.padStart(5)}  ${'escalated'.padStart(9)}`,
  );
  for (const [label, m] of Object.entries(evaluation.perLabel)) {
    lines.push(
      `${label.padEnd(width)}  ${String(m.n).padStart(5)}  ${String(m.resolved).padStart(8)}  ${String(m.wrongResolved).padStart(5)}  ${String(m.escalated).padStart(9)}`,
    );
  }
  lines.push('');
  lines.push(
    `Escalation reasons: ${
      Object.entries(evaluation.escalationReasons)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  );
  lines.push(
    `n = ${evaluation.n}   resolved = ${evaluation.resolved}   escalated = ${evaluation.escalated}   containment = ${(evaluation.containment * 100).toFixed(2)}%   wrong-resolution rate = ${(evaluation.wrongResolutionRate * 100).toFixed(2)}%   intent accuracy = ${(evaluation.accuracy * 100).toFixed(2)}%`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
