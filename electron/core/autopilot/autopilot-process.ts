import { join } from 'node:path';
import { startChildService, type ChildService } from '../child-service.js';
import { QUEUE_TOKEN_ENV } from '../queue-token-env.js';

/** electron/core/cli/autopilot.ts bundled by scripts/build-electron.mjs, for Electron and the packaged app. */
export const AUTOPILOT_BUNDLE = join('dist', 'electron', 'autopilot-cli.cjs');

export interface AutopilotProcessOptions {
  appRoot: string;
  queueUrl: string;
  token: string;
  cacheDir: string;
  tenantId: string;
  log?: (line: string) => void;
  /** Every line the autopilot prints (its progress: autopilot-progress.ts). */
  onLine?: (line: string) => void;
}

/**
 * The console's own autopilot runs in a child process: training or loading the intent model takes
 * seconds of CPU that must never freeze the console or its host.
 */
export function startAutopilotProcess(options: AutopilotProcessOptions): Promise<ChildService> {
  return startChildService({
    appRoot: options.appRoot,
    entry: join('electron', 'core', 'cli', 'autopilot.ts'),
    bundle: AUTOPILOT_BUNDLE,
    args: ['--queue', options.queueUrl, '--cache-dir', options.cacheDir, '--tenant', options.tenantId],
    // In the environment, not the arguments: other local users can read a process's arguments.
    env: { [QUEUE_TOKEN_ENV]: options.token },
    ready: /^Autopilot (\S+) working on/,
    name: 'autopilot',
    timeoutMs: 300_000,
    log: options.log,
    onLine: options.onLine,
  });
}
