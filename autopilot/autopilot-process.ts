import { join } from 'node:path';
import { startChildService, type ChildService } from '../lib/child-service.js';
import { QUEUE_TOKEN_ENV } from '../lib/queue-token-env.js';
import { queueLine, type QueueLine } from './queue-line.js';

/** autopilot/cli.ts bundled by scripts/build-electron.mjs, for Electron and the packaged app. */
export const AUTOPILOT_BUNDLE = join('dist', 'electron', 'autopilot-cli.cjs');

/** Where the autopilot works: a queue known now, or one still coming up (handed over on its stdin once it is). */
export type AutopilotQueue = { queueUrl: string; token: string } | { queue: Promise<QueueLine> };

export type AutopilotProcessOptions = AutopilotQueue & {
  appRoot: string;
  cacheDir: string;
  /**
   * The tenant the autopilot's token must belong to, when known: its intent model then loads before the queue is
   * up. Absent: the autopilot takes the tenant from its token (GET /v1/whoami).
   */
  tenantId?: string;
  /** Else the tenant it probably belongs to: its intent model loads early too, and is used if it is that one. */
  likelyTenantId?: string;
  log?: (line: string) => void;
  /** Every line the autopilot prints (its progress: autopilot-progress.ts). */
  onLine?: (line: string) => void;
};

/**
 * The console's own autopilot runs in a child process: training or loading the intent model takes
 * seconds of CPU that must never freeze the console or its host.
 */
export function startAutopilotProcess(options: AutopilotProcessOptions): Promise<ChildService> {
  const tenant = options.tenantId
    ? ['--tenant', options.tenantId]
    : options.likelyTenantId
      ? ['--likely-tenant', options.likelyTenantId]
      : [];
  const common = ['--cache-dir', options.cacheDir, ...tenant];
  return startChildService({
    appRoot: options.appRoot,
    entry: join('autopilot', 'cli.ts'),
    bundle: AUTOPILOT_BUNDLE,
    ...('queue' in options
      ? // Started before its queue is up, so its engine loads meanwhile; the queue follows on its stdin.
        { args: ['--queue-from-stdin', ...common], input: options.queue.then(queueLine) }
      : // In the environment, not the arguments: other local users can read a process's arguments.
        { args: ['--queue', options.queueUrl, ...common], env: { [QUEUE_TOKEN_ENV]: options.token } }),
    ready: /^Autopilot (\S+) working on/,
    name: 'autopilot',
    timeoutMs: 300_000,
    log: options.log,
    onLine: options.onLine,
  });
}
