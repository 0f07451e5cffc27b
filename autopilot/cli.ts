import { resolve } from 'node:path';
import { warmUpTenantFree } from '../engine/builtin-engine.js';
import type { AiEngine } from '../engine/engine.js';
import { engineTenantFrom } from '../engine/engine-tenant.js';
import { Autopilot } from './autopilot.js';
import { autopilotProgressLine, type AutopilotProgress } from './autopilot-progress.js';
import { startBuiltinAutopilotEngine, startIntentModel } from './builtin-autopilot-engine.js';
import { readQueueLine, type AutopilotProvider } from './queue-line.js';
import { QueueHealthReporter } from './queue-health-reporter.js';
import { queueSpendSource } from './queue-spend-source.js';
import { startShadowRuns } from './shadow-runner.js';
import { routingPolicy } from '../shared/settings/tenant-settings.js';
import type { OpenAiEngineOptions } from '../engine/openai/types.js';
import { TenantConfigurationFollower } from './tenant-configuration-follower.js';
import { startHistoryLearning } from './history-retrainer.js';
import { startingConfiguration, tokenTenant } from './token-tenant.js';
import { REPO_ROOT, RESOURCES_DIR } from '../lib/paths.js';
import { QUEUE_TOKEN_ENV } from '../lib/queue-token-env.js';
import {
  booleanFlags,
  embeddingsModelFlag,
  exitWithUsage,
  onShutdown,
  parseCliArgs,
  stringFlags,
} from '../lib/cli-support.js';
import { queueClientFor, queueClientFromArgs } from '../lib/queue-connection.js';

const USAGE = `Usage: npm run autopilot -- --queue URL [--tokens-file FILE] [--tenant ID] [--cache-dir DIR] [--batch N] [--lease-ms MS]
                         [--provider builtin|openai --openai-base-url URL --openai-model M [--openai-embeddings-model E]]

Runs a headless AI worker: claims new tickets from the central queue with a lease, decides each with
the AI engine and submits the decision. Any number may run against one queue.
  The autopilot token: in ${QUEUE_TOKEN_ENV} (SWITCHBOARD_QUEUE_TOKEN=sbq_... npm run autopilot -- ...) or
  the autopilot token of --tokens-file FILE. --token T works too, but shows the token to every user of
  this machine (ps, /proc).
  The tenant is the token's. Its settings (published articles, resolve thresholds, queues) and escalation
  rules are read from the queue and followed while the autopilot runs: a change applies to the next decision.
  --tenant ID          optional: the tenant the token must belong to; its intent model starts loading before
                       the queue answers (a console starting its own autopilot gives it)
  --likely-tenant ID   the tenant the token probably belongs to: its intent model starts loading before the queue
                       answers, and is used if the token's tenant is that one (no check; a console without --tenant gives it)
  --queue-from-stdin   the queue and token come as one JSON line on stdin (how a console starts its own autopilot)
  --provider builtin   the offline engine, no key (default); the intent model is trained from the tenant's
                       resources/tenants/<tenant>/training-multilingual.csv (without one: no classifier)
  --provider openai    the routed engine: the built-in engine first, then any OpenAI-compatible endpoint or people, by
                       the tenant's routing policy (Settings > Routing), answering from its published articles with
                       its tool APIs; the key comes from OPENAI_API_KEY (a console passes its provider on stdin)
  --openai-embeddings-model E  optional, with --provider openai: the endpoint's embeddings model (e.g.
                       text-embedding-3-small, nomic-embed-text); the articles are then ranked by meaning too, besides
                       full text, their vectors kept in --cache-dir (an endpoint without embeddings: full text only)`;

const { values } = parseCliArgs(
  {
    ...stringFlags('queue', 'token', 'tokens-file', 'tenant', 'likely-tenant', 'cache-dir', 'batch', 'lease-ms'),
    ...stringFlags('worker-id'),
    ...stringFlags('provider', 'openai-base-url', 'openai-model', 'openai-embeddings-model'),
    ...booleanFlags('stop-with-stdin', 'queue-from-stdin'),
  },
  USAGE,
);

const provider = values.provider ?? 'builtin';
if (provider !== 'builtin' && provider !== 'openai')
  exitWithUsage(`--provider must be builtin or openai, not "${provider}".`, USAGE);
if (provider === 'openai' && (!values['openai-base-url'] || !values['openai-model'])) {
  exitWithUsage(
    '--provider openai needs --openai-base-url and --openai-model (and OPENAI_API_KEY for hosted endpoints).',
    USAGE,
  );
}
const embeddingsFlag = embeddingsModelFlag(
  values['openai-embeddings-model'],
  provider === 'openai',
  '--provider openai',
  USAGE,
);
const batchSize = Number(values.batch ?? 10);
const leaseMs = Number(values['lease-ms'] ?? 30_000);
if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100)
  exitWithUsage('--batch must be a whole number from 1 to 100.', USAGE);
if (!Number.isInteger(leaseMs) || leaseMs < 1_000 || leaseMs > 600_000)
  exitWithUsage('--lease-ms must be a whole number of milliseconds from 1000 to 600000.', USAGE);
// A console starts its own autopilot before its queue is up and hands the queue over on stdin (queue-line.ts), so
// the engine loads meanwhile; a worker a person starts gets it from --queue and a token, read (and cleared) here.
const queueLine = values['queue-from-stdin'] ? readQueueLine(process.stdin) : null;
const queueClient = queueLine
  ? queueLine.then((queue) => queueClientFor(queue.queueUrl, queue.token))
  : Promise.resolve(queueClientFromArgs(values, 'autopilot', USAGE));
queueClient.catch(() => undefined); // awaited once the engine is up
const log = (line: string) => process.stderr.write(`${line}\n`);
let stopping = false;
const cacheDir = resolve(values['cache-dir'] ?? '.data/model-cache');
const where = { resourcesDir: RESOURCES_DIR, cacheDir };
const intentModel = (tenantId: string) => startIntentModel({ appRoot: REPO_ROOT, ...where, tenantId, log });
// A console names its tenant (or the one it likely is), so the intent model loads while its queue is coming up
// (the routed engine runs the built-in engine first, so it needs it too).
const earlyTenant = values.tenant ?? values['likely-tenant'];
const earlyModel = earlyTenant === undefined ? undefined : { tenantId: earlyTenant, file: intentModel(earlyTenant) };
// While the queue comes up (a console's), the parts of the engine that every tenant shares are made ready.
warmUpTenantFree();
/**
 * The model endpoint and its embeddings model (if any): the console's provider on the queue line, else --provider
 * openai's flags; null: built-in only.
 */
function modelEndpoint(
  lineProvider: AutopilotProvider | undefined,
): { endpoint: OpenAiEngineOptions; embeddingsModel: string | undefined } | null {
  if (lineProvider)
    return {
      endpoint: {
        baseURL: lineProvider.baseURL,
        model: lineProvider.model,
        apiKey: lineProvider.apiKey ?? process.env.OPENAI_API_KEY ?? 'local',
        timeoutMs: lineProvider.timeoutSeconds * 1000,
        ...(lineProvider.defaultHeaders ? { defaultHeaders: lineProvider.defaultHeaders } : {}),
      },
      embeddingsModel: lineProvider.embeddingsModel,
    };
  if (provider !== 'openai') return null;
  // Local servers (Ollama, vLLM, llama.cpp) ignore the key; hosted ones need OPENAI_API_KEY.
  return {
    endpoint: {
      baseURL: values['openai-base-url'] ?? '',
      model: values['openai-model'] ?? '',
      apiKey: process.env.OPENAI_API_KEY ?? 'local',
    },
    embeddingsModel: embeddingsFlag,
  };
}

try {
  const client = await queueClient;
  const tenantId = await tokenTenant(client, values.tenant);
  // Times count from this process's start (performance.now()), imports included.
  const announce = (kind: AutopilotProgress['kind']) =>
    log(autopilotProgressLine({ kind, ms: Math.round(performance.now()) }));
  let engine: AiEngine | undefined;
  let stopHistoryLearning = () => {};
  let closeEngine: () => void | Promise<void> = () => {};
  // One follower from the first read on: until the engine is built it only checks a configuration (a configuration
  // the engine cannot use, rules naming a queue the tenant lacks, is refused: see the follower), then puts it in force.
  const follower = new TenantConfigurationFollower({
    source: client,
    tenantId,
    apply: (offered) => (engine ? engine.useConfiguration?.(offered) : void engineTenantFrom(offered)),
    log,
  });
  const configuration = await startingConfiguration(follower, tenantId);
  const baseModel = earlyModel?.tenantId === tenantId ? earlyModel.file : intentModel(tenantId);
  const builtin = startBuiltinAutopilotEngine(engineTenantFrom(configuration), baseModel, {
    ...where,
    log,
    isStopping: () => stopping,
  });
  // The tenant's resolved tickets retrain its intent model in the background (autopilot/history-retrainer.ts).
  stopHistoryLearning = startHistoryLearning({
    queue: client,
    settings: follower,
    tenantId,
    appRoot: REPO_ROOT,
    cacheDir,
    baseModel,
    use: (classifier) => builtin.useClassifier(classifier),
    log,
  });
  // The console's provider comes on its queue line; a worker a person starts names it with --provider openai.
  const modelProvider = modelEndpoint((await queueLine)?.provider);
  if (modelProvider) {
    const { endpoint, embeddingsModel } = modelProvider;
    // Loaded only for this provider: the OpenAI SDK takes a good part of a second to load.
    const { startRoutedAutopilotEngine } = await import('./routed-autopilot-engine.js');
    // The month's spend and the AI health reports go through the queue; shadow runs re-decide resolved tickets.
    const reporter = new QueueHealthReporter({ client, log });
    const routed = startRoutedAutopilotEngine({
      builtin,
      endpoint,
      ...(embeddingsModel ? { embeddings: { model: embeddingsModel, cacheDir } } : {}),
      configuration,
      resourcesDir: RESOURCES_DIR,
      spend: queueSpendSource(client),
      health: reporter,
      log,
    });
    const shadowRuns = startShadowRuns({
      client,
      engine: routed.engine,
      policy: () => routingPolicy((follower.configuration ?? configuration).settings),
      reporter,
      log,
    });
    closeEngine = async () => {
      await shadowRuns.stop();
      await reporter.stop();
      routed.close();
    };
    engine = routed.engine;
    const articles = embeddingsModel ? `full text and ${embeddingsModel} embeddings` : 'full text';
    log(
      `Routing with the built-in engine and ${endpoint.model} at ${endpoint.baseURL} (prompt ${routed.promptVersion}, articles ranked by ${articles}).`,
    );
  } else engine = builtin;
  if (engine.whenReady) {
    announce('partial');
    engine.whenReady().then(
      () => announce('ready'),
      (error: unknown) => {
        if (!stopping)
          log(
            `The AI engine could not load its intent classifier (${error instanceof Error ? error.message : String(error)}); the tickets waiting for it go to a person.`,
          );
      },
    );
  } else announce('ready');
  const onDecisionApplied = (decided: number) => {
    if (decided === 1) announce('first_decision');
  };
  const autopilot = new Autopilot({
    client,
    engine,
    tenantId,
    configuration: follower,
    workerId: values['worker-id'],
    batchSize,
    leaseMs,
    log,
    onDecisionApplied,
  });
  autopilot.start();
  process.stdout.write(`Autopilot ${autopilot.workerId} working on ${client.url}\n`);
  const stop = async () => {
    stopping = true;
    stopHistoryLearning();
    await autopilot.stop();
    await closeEngine();
    process.stderr.write(`Autopilot ${autopilot.workerId} submitted ${autopilot.decisionsSubmitted} decisions.\n`);
  };
  onShutdown(stop);
  // Started by a console: stop with it rather than linger as an orphan.
  if (values['stop-with-stdin']) process.stdin.on('end', () => void stop().finally(() => process.exit(0))).resume();
} catch (error) {
  process.stderr.write(`Error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
