/**
 * The processes a console starts beside itself: the embedded central queue (unless it joins an external one) and its
 * own autopilot. Apart from console-runtime.ts and light to import, so `npm run serve` starts them before it loads the
 * rest of the console (a second or two of module loading that would otherwise come first on the way to the first AI
 * decision); startConsoleRuntime then takes them over (ConsoleRuntimeOptions.children), or starts them itself.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startAutopilotProcess } from '../../autopilot/autopilot-process.js';
import { AutopilotStageFollower } from '../../autopilot/autopilot-stage-follower.js';
import type { AutopilotProvider, QueueLine } from '../../autopilot/queue-line.js';
import { startEmbeddedQueue, tokensOfTenant, type EmbeddedQueue } from '../../lib/embedded-queue.js';
import { seedTenantIds } from '../../lib/tenant-config.js';
import { ConsoleAutopilot } from './console-autopilot.js';
import type { ConsoleRuntimeOptions } from './console-runtime.js';

export type RuntimeChildrenOptions = Pick<
  ConsoleRuntimeOptions,
  'dataDir' | 'resourcesDir' | 'queueUrl' | 'queueToken' | 'autopilotToken' | 'autopilot' | 'modelCacheDir' | 'tenant'
> & { log: (line: string) => void };

export interface RuntimeChildren {
  /** Null with an external queue. */
  embeddedStart: Promise<EmbeddedQueue> | null;
  /**
   * Null when the console runs no autopilot. Its queue and provider reach it on stdin: the console runtime names the
   * provider (autopilot.useProvider) once it has read its settings, and again when they change (a restart).
   */
  autopilot: ConsoleAutopilot | null;
  /** Follows the autopilot's start-up from its lines (and logs the start-up figures). */
  autopilotStage: AutopilotStageFollower;
}

/** Starts them (creating the data folder first); throws before starting anything when the options do not fit. */
export function startRuntimeChildren(options: RuntimeChildrenOptions): RuntimeChildren {
  const { log } = options;
  // Without a token, people sign in to the tenant on the console.
  if (options.queueUrl && !options.queueToken && !options.tenant)
    throw new Error(
      'An external queue needs a token (--queue-token or --tokens-file) or the tenant its people sign in to (--tenant).',
    );
  // The folder holds customer data (the cache) and secrets: when this creates it, its owner alone may enter.
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  // The autopilot starts first, the embedded queue beside it: the AI engine takes the longest to come up.
  const embeddedStart = options.queueUrl
    ? null
    : startEmbeddedQueue({ appRoot: dirname(options.resourcesDir), dataDir: options.dataDir, log });
  embeddedStart?.catch(() => undefined); // awaited by the console runtime
  const autopilotQueue = autopilotQueueOf(options, embeddedStart);
  const autopilotStage = new AutopilotStageFollower(autopilotQueue !== null, log);
  const launch = (queue: Promise<Omit<QueueLine, 'provider'>>) => (provider: Promise<AutopilotProvider | null>) =>
    startAutopilotProcess({
      // The queue and the provider (its key included) on stdin, never on the command line.
      queue: Promise.all([queue, provider]).then(([known, model]): QueueLine => ({
        ...known,
        ...(model ? { provider: model } : {}),
      })),
      appRoot: dirname(options.resourcesDir),
      cacheDir: options.modelCacheDir ?? join(options.dataDir, 'model-cache'),
      ...(options.tenant !== undefined
        ? { tenantId: options.tenant }
        : // The embedded queue's default tenant is its first demo tenant: the first seed folder.
          embeddedStart
          ? { likelyTenantId: seedTenantIds(options.resourcesDir)[0] }
          : {}),
      log,
      onLine: (line) => autopilotStage.read(line),
    });
  const autopilot = autopilotQueue ? new ConsoleAutopilot(launch(autopilotQueue), log) : null;
  return { embeddedStart, autopilot, autopilotStage };
}

/** Where the autopilot finds the queue and its token (once the queue is up); null when the console runs no autopilot. */
function autopilotQueueOf(
  options: RuntimeChildrenOptions,
  embeddedStart: Promise<EmbeddedQueue> | null,
): Promise<Omit<QueueLine, 'provider'>> | null {
  if (options.autopilot === false) return null;
  if (embeddedStart)
    return embeddedStart.then((queue) => ({
      queueUrl: queue.url,
      token: tokensOfTenant(queue.tokens, options.tenant).tokens.autopilot,
    }));
  return options.queueUrl && options.autopilotToken
    ? Promise.resolve({ queueUrl: options.queueUrl, token: options.autopilotToken })
    : null;
}
