import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';

export const QueueTokensFileSchema = z.object({
  tenantId: z.string(),
  tokens: z.object({ agent: z.string(), lead: z.string(), autopilot: z.string(), admin: z.string() }),
});
export type QueueTokensFile = z.infer<typeof QueueTokensFileSchema>;

export interface EmbeddedQueue {
  url: string;
  tokens: QueueTokensFile;
  stop(): Promise<void>;
}

export interface EmbeddedQueueOptions {
  /** The repository (or packaged app) root holding server/cli.ts. */
  appRoot: string;
  dataDir: string;
  log?: (line: string) => void;
}

export function readQueueTokens(file: string): QueueTokensFile {
  return QueueTokensFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/**
 * The embedded central queue runs as a child process on a loopback port, so the console talks to it
 * exactly as it would to a shared queue, and the import rule (core never imports server) holds.
 */
export async function startEmbeddedQueue(options: EmbeddedQueueOptions): Promise<EmbeddedQueue> {
  const tokensFile = join(options.dataDir, 'queue-tokens.json');
  const cli = join(options.appRoot, 'server', 'cli.ts');
  if (!existsSync(cli)) throw new Error(`The embedded queue cannot start: ${cli} is missing.`);
  const child = spawn(
    process.env.SWITCHBOARD_NODE ?? 'node',
    ['--import', 'tsx', cli, '--db', join(options.dataDir, 'queue.sqlite'), '--port', '0', '--tokens-file', tokensFile],
    { cwd: options.appRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } },
  );
  const url = await waitForQueueLine(child, options.log);
  return {
    url,
    tokens: readQueueTokens(tokensFile),
    stop: () => stopChild(child),
  };
}

function waitForQueueLine(child: ChildProcess, log?: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const errors: string[] = [];
    const timer = setTimeout(() => fail(new Error('The embedded queue did not start within 30 s.')), 30_000);
    function fail(error: Error): void {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => {
      errors.push(line);
      log?.(`[queue] ${line}`);
    });
    if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^Queue: (http:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      } else log?.(`[queue] ${line}`);
    });
    child.once('exit', (code) => fail(new Error(`The embedded queue exited (code ${code}): ${errors.slice(-5).join(' | ')}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
