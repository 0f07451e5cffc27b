import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { startChildService } from './child-service.js';

export const QueueTokensFileSchema = z.object({
  tenantId: z.string(),
  tokens: z.object({ agent: z.string(), lead: z.string(), autopilot: z.string(), admin: z.string() }),
});
export type QueueTokensFile = z.infer<typeof QueueTokensFileSchema>;

/** server/cli.ts bundled by scripts/build-electron.mjs, for Electron and the packaged app. */
export const QUEUE_BUNDLE = join('dist', 'electron', 'queue-cli.cjs');

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
  const service = await startChildService({
    appRoot: options.appRoot,
    entry: join('server', 'cli.ts'),
    bundle: QUEUE_BUNDLE,
    args: ['--db', join(options.dataDir, 'queue.sqlite'), '--port', '0', '--tokens-file', tokensFile],
    ready: /^Queue: (http:\/\/\S+)/,
    name: 'embedded queue',
    log: options.log,
  });
  return { url: service.readyLine[1] ?? '', tokens: readQueueTokens(tokensFile), stop: service.stop };
}
