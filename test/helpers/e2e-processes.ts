/**
 * The central queue and the browser-mode console host as child processes, started the way the README starts
 * them (`npm run serve` and the queue's CLI), for the end-to-end tests and the benchmarks that drive a console.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueueTokensFile } from '../../lib/embedded-queue.js';
import { freePort, startTsProcess, type RunningProcess } from './child-process.js';
import { CONSOLE_HOST_ENTRY, QUEUE_ENTRY } from './entry-command.js';

export { CONSOLE_HOST_ENTRY } from './entry-command.js';
/** Generous: on a loaded two-core machine tsx alone can take over 30 s to start the queue. */
const QUEUE_START_MS = 120_000;

/** A queue's database, port and tokens file in a folder; `start` runs the queue (again) on them. */
export interface QueueProcessPlan {
  url: string;
  tokensFile: string;
  /** Starts the queue and resolves once it listens. */
  start(timeoutMs?: number): Promise<RunningProcess>;
}

export async function planQueueProcess(
  dir: string,
  env: () => NodeJS.ProcessEnv = () => ({}),
): Promise<QueueProcessPlan> {
  const port = await freePort();
  const tokensFile = join(dir, 'queue-tokens.json');
  const args = ['--db', join(dir, 'queue.sqlite'), '--port', String(port), '--tokens-file', tokensFile];
  return {
    url: `http://127.0.0.1:${port}`,
    tokensFile,
    async start(timeoutMs = QUEUE_START_MS) {
      const queue = startTsProcess(QUEUE_ENTRY, args, env());
      await queue.waitForLine(/^Queue: /, timeoutMs);
      return queue;
    },
  };
}

/** The demo tenants' tokens, which the queue writes to its tokens file on its first start (the default one at the top). */
export function readQueueTokens(tokensFile: string): QueueTokensFile {
  return JSON.parse(readFileSync(tokensFile, 'utf8')) as QueueTokensFile;
}

export interface ConsoleHostOptions {
  dataDir: string;
  queueUrl: string;
  tokensFile: string;
  /** Run the console's AI autopilot. */
  autopilot: boolean;
  /** Whose console it is (the host's default: agent). */
  role?: 'agent' | 'lead' | 'admin';
  /** Which demo tenant of the tokens file the console's tokens are taken from (the host's default: the first). */
  tenant?: string;
  /** Where the built-in engine keeps its trained intent model. */
  modelCache?: string;
  /** The console's OpenAI settings for translating tickets (--openai-base-url / --openai-model). */
  openAi?: { baseURL: string; model: string };
}

/**
 * Starts a console host on a free port; `entry` can name a bundle of it. The process is returned at once:
 * `consoleAddress` waits until it serves.
 */
export function startConsoleHost(options: ConsoleHostOptions, entry = CONSOLE_HOST_ENTRY): RunningProcess {
  const { openAi } = options;
  const args = [
    '--port',
    '0',
    '--data-dir',
    options.dataDir,
    '--queue',
    options.queueUrl,
    '--tokens-file',
    options.tokensFile,
    ...(options.modelCache ? ['--model-cache', options.modelCache] : []),
    ...(options.autopilot ? [] : ['--no-autopilot']),
    ...(options.role ? ['--role', options.role] : []),
    ...(options.tenant ? ['--tenant', options.tenant] : []),
    ...(openAi ? ['--openai-base-url', openAi.baseURL, '--openai-model', openAi.model] : []),
  ];
  return startTsProcess(entry, args, openAi ? { OPENAI_API_KEY: 'sk-e2e' } : {});
}

/** The console's address (with its access token) once the host serves it. */
export async function consoleAddress(host: RunningProcess, timeoutMs = 60_000): Promise<string> {
  return (await host.waitForLine(/^Console: (\S+)/, timeoutMs))[1] ?? '';
}

/** Calls the queue's HTTP API (`/v1...`) with `defaultToken` unless another is given; a refusal throws its answer. */
export function queueCaller(queueUrl: string, defaultToken: string) {
  return async <T>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH',
    path: string,
    body?: unknown,
    token = defaultToken,
  ): Promise<T> => {
    const response = await fetch(`${queueUrl}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
}
