/**
 * `npm run eval -- suite --tenant T --file F [--provider builtin|openai|routed] [--openai-base-url URL --openai-model M]
 *      [--openai-embeddings-model E] [--pricing IN,OUT] [--json] [--report out.html] [--baseline B] [--update-baseline] [--engine-override O.json]`
 *
 * Runs every case of a suite through the real pipeline, prints the summary, writes the HTML report and
 * compares with the stored baseline. `--provider routed` runs the routed engine (built-in engine, model, people by the
 * tenant's routing policy) and reports per route; without an endpoint it replays the cases' recorded model answers
 * through a local OpenAI-compatible server. Exit 0: no figure regressed beyond the suite's gate; 1: the gate
 * failed (the regressed figures are named; --update-baseline then records nothing); 2: bad usage or input.
 */
import { SingleBar } from 'cli-progress';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { baselineOf, compareWithBaseline, defaultBaselineFile, readBaseline, writeBaseline } from '../baseline.js';
import { readEngineOverride, type EngineOverride } from '../engine-override.js';
import { renderHtmlReport } from '../html-report.js';
import { promptDrift } from '../prompt-gate.js';
import { loadSuite } from '../load-suite.js';
import { runSuite } from '../run-suite.js';
import { parseEmbeddingsModelFlag } from '../../shared/api/provider-settings-contract.js';
import { EVAL_PROVIDERS, EvalProviderNameSchema } from '../../shared/evals/run-report.js';
import { createRoutedCaseEngine, parsePricingFlag } from '../routed-case-engine.js';
import { createBuiltinCaseEngine, createOpenAiCaseEngine, type CaseEngine } from '../suite-engines.js';
import { summaryLines } from '../summary-text.js';

interface Context {
  repoRoot: string;
  UsageError: new (message: string) => Error;
}

export const SUITE_USAGE = `       npm run eval -- suite --file SUITE.jsonl [--tenant T] [--provider builtin|openai|routed]
                      [--openai-base-url URL --openai-model M [--openai-embeddings-model E]] [--pricing IN,OUT]
                      [--json] [--report out.html]
                      [--baseline B.json] [--update-baseline] [--engine-override O.json]
                      [--resources DIR] [--cache-dir DIR] [--progress-lines]`;

export async function runSuiteCommand(argv: string[], { repoRoot, UsageError }: Context): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      tenant: { type: 'string' },
      provider: { type: 'string', default: 'builtin' },
      'openai-base-url': { type: 'string' },
      'openai-model': { type: 'string' },
      /** The live endpoint's embeddings model (routed provider): the articles are ranked by meaning too. */
      'openai-embeddings-model': { type: 'string' },
      /** US dollars per million input and output tokens (routed provider), e.g. 0.15,0.6. */
      pricing: { type: 'string' },
      json: { type: 'boolean', default: false },
      report: { type: 'string' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false },
      'engine-override': { type: 'string' },
      resources: { type: 'string' },
      'cache-dir': { type: 'string' },
      'timeout-ms': { type: 'string' },
      /** For a parent process (the console's Evals screen): "PROGRESS done total passed" lines on stderr instead of the bar. */
      'progress-lines': { type: 'boolean', default: false },
      /** Set by a parent that runs this as a child service: the run stops when the parent goes away. */
      'stop-with-stdin': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values['stop-with-stdin']) {
    process.stdin.on('end', () => process.exit(1));
    process.stdin.resume();
    // Listening must not keep the process alive once the run is over.
    process.stdin.unref();
  }
  if (!values.file)
    throw new UsageError(
      'Missing --file SUITE.jsonl: the eval suite to run (e.g. resources/evals/payments.golden.jsonl).',
    );
  const parsedProvider = EvalProviderNameSchema.safeParse(values.provider);
  if (!parsedProvider.success)
    throw new UsageError(`--provider must be ${EVAL_PROVIDERS.join(', ')}, not "${values.provider}".`);
  const provider = parsedProvider.data;
  if (provider === 'openai' && (!values['openai-base-url'] || !values['openai-model'])) {
    throw new UsageError(
      '--provider openai needs --openai-base-url and --openai-model (the key comes from OPENAI_API_KEY).',
    );
  }
  if (provider === 'routed' && Boolean(values['openai-base-url']) !== Boolean(values['openai-model'])) {
    throw new UsageError(
      '--provider routed takes both --openai-base-url and --openai-model (a live model), or neither (the recorded answers are replayed).',
    );
  }
  if (values.pricing !== undefined && provider !== 'routed')
    throw new UsageError('--pricing is for --provider routed (the OpenAI provider prices with the model).');
  const embeddingsModel =
    values['openai-embeddings-model'] !== undefined
      ? parseEmbeddingsModelFlag(values['openai-embeddings-model'])
      : null;
  if (embeddingsModel !== null && (provider !== 'routed' || !values['openai-base-url']))
    throw new UsageError(
      '--openai-embeddings-model is for --provider routed with a live model (--openai-base-url and --openai-model).',
    );
  if (embeddingsModel instanceof Error) throw new UsageError(embeddingsModel.message);
  const pricingFlag = values.pricing !== undefined ? parsePricingFlag(values.pricing) : null;
  if (pricingFlag instanceof Error) throw new UsageError(pricingFlag.message);
  const timeoutMs = values['timeout-ms'] !== undefined ? Number(values['timeout-ms']) : 60_000;
  if (!(timeoutMs > 0)) throw new UsageError(`--timeout-ms must be a positive number, not "${values['timeout-ms']}".`);
  const file = resolve(values.file);
  const suite = loadSuite(file);
  const tenantId = values.tenant ?? suite.header.tenant;
  if (tenantId !== suite.header.tenant) {
    throw new UsageError(
      `The suite is written for tenant "${suite.header.tenant}", not "${tenantId}" (leave --tenant out or pass --tenant ${suite.header.tenant}).`,
    );
  }
  const resourcesDir = resolve(values.resources ?? join(repoRoot, 'resources'));
  const cacheDir = resolve(values['cache-dir'] ?? join(repoRoot, '.data', 'model-cache'));
  const overrideFile = values['engine-override'] ? resolve(values['engine-override']) : null;
  const override: EngineOverride | null = overrideFile ? readEngineOverride(overrideFile) : null;
  const interactive = !values.json && process.stderr.isTTY;
  const note = (line: string) => {
    if (!values.json) process.stderr.write(`${line}\n`);
  };

  const onTrainingProgress = interactive ? (p: string) => process.stderr.write(`\r\x1b[K${p}`) : undefined;
  const endpoint =
    values['openai-base-url'] && values['openai-model']
      ? {
          baseURL: values['openai-base-url'],
          model: values['openai-model'],
          apiKey: process.env.OPENAI_API_KEY ?? 'unused-for-local-endpoints',
          timeoutMs,
        }
      : null;
  const engine: CaseEngine =
    provider === 'builtin'
      ? createBuiltinCaseEngine({ resourcesDir, cacheDir, tenantId, override, onTrainingProgress })
      : provider === 'routed'
        ? await createRoutedCaseEngine({
            resourcesDir,
            cacheDir,
            tenantId,
            override,
            onTrainingProgress,
            endpoint,
            pricing: pricingFlag,
            embeddingsModel,
            log: (line) => process.stderr.write(`${line}\n`),
          })
        : await createOpenAiCaseEngine({
            resourcesDir,
            tenantId,
            override,
            baseURL: values['openai-base-url']!,
            model: values['openai-model']!,
            apiKey: process.env.OPENAI_API_KEY ?? 'unused-for-local-endpoints',
            timeoutMs,
          });
  if (interactive) process.stderr.write('\r\x1b[K');
  try {
    return await runAndReport(engine);
  } finally {
    await engine.close?.();
  }

  async function runAndReport(engine: CaseEngine): Promise<number> {
    // The baseline is read before the run, so a wrong path or a damaged file costs no run.
    const baselineFile = values.baseline ? resolve(values.baseline) : defaultBaselineFile(file, provider, engine.model);
    if (values.baseline && !existsSync(baselineFile) && !values['update-baseline']) {
      throw new UsageError(
        `The baseline ${baselineFile} does not exist (run once with --update-baseline to create it).`,
      );
    }
    const baseline = existsSync(baselineFile) ? readBaseline(baselineFile) : null;
    const drift = engine.promptVersions && baseline ? promptDrift(baseline.promptVersions, engine.promptVersions) : [];
    if (drift.length) note(`Prompts changed since the baseline: ${drift.join('; ')}.`);

    // The progress bar always goes to stderr, so stdout stays one JSON object with --json.
    const bar = new SingleBar({
      stream: process.stderr,
      format: ' {bar} {value}/{total} cases | {passed} passed | {eta_formatted} left | {last}',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: interactive,
      noTTYOutput: !interactive && !values.json,
      notTTYSchedule: 5_000,
      etaBuffer: 20,
    });
    let passed = 0;
    const lines = values['progress-lines'];
    const runnable = suite.cases.filter((c) => engine.skips(c) === null).length;
    if (lines) process.stderr.write(`PROGRESS 0 ${runnable} 0\n`);
    else bar.start(runnable, 0, { passed: 0, last: '' });
    const report = await runSuite(suite, engine, {
      engineOverride: overrideFile,
      onProgress: (done, total, last) => {
        if (last.passed) passed++;
        if (lines) process.stderr.write(`PROGRESS ${done} ${total} ${passed}\n`);
        else bar.update(done, { passed, last: last.id.slice(0, 30) });
      },
    });
    if (!lines) bar.stop();

    if (existsSync(baselineFile)) {
      report.comparison = compareWithBaseline(baselineFile, baseline!, report.figures, report.cases, suite.header.gate);
    } else {
      note(
        `No baseline at ${baselineFile} yet${values['update-baseline'] ? '' : ' (add --update-baseline to store this run as the baseline)'}.`,
      );
    }
    if (values.report) {
      const out = resolve(values.report);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, renderHtmlReport(report));
      note(`Report: ${out}`);
    }
    const regressions = report.comparison?.regressions ?? [];
    // The gate holds for a new baseline too: a run that regressed is not recorded (fix it, or loosen the suite's gate).
    if (values['update-baseline'] && !regressions.length) {
      writeBaseline(baselineFile, baselineOf(report));
      note(`Baseline updated: ${baselineFile}`);
    }
    if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stdout.write(`${summaryLines(report).join('\n')}\n`);

    if (regressions.length) {
      process.stderr.write(
        `Gate failed: ${regressions.map((x) => `${x.figure} ${x.baseline} -> ${x.current} (limit ${x.limit})`).join('; ')}${values['update-baseline'] ? `; the baseline ${baselineFile} was not updated` : ''}\n`,
      );
      return 1;
    }
    return 0;
  }
}
