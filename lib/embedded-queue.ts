import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { startChildService } from './child-service.js';

/** One demo tenant's tokens, a token per role. */
export const TenantTokensSchema = z.object({
  tenantId: z.string(),
  tokens: z.object({ agent: z.string(), lead: z.string(), autopilot: z.string(), admin: z.string() }),
});
export type TenantTokens = z.infer<typeof TenantTokensSchema>;

/**
 * The tokens file the embedded queue writes on its first start (<dataDir>/queue-tokens.json, readable by its owner
 * only; server/demo-tenants.ts): the first demo tenant's tokens at the top (`tenantId`, `tokens`: where they always
 * were, the default tenant), every other demo tenant's in `otherTenants` (e.g. the retail demo), each the same shape.
 */
export const QueueTokensFileSchema = TenantTokensSchema.extend({
  otherTenants: z.array(TenantTokensSchema).optional(),
});
export type QueueTokensFile = z.infer<typeof QueueTokensFileSchema>;

/** Every demo tenant's tokens in the file, the default (first) one first. */
export function demoTenantTokens(file: QueueTokensFile): TenantTokens[] {
  return [{ tenantId: file.tenantId, tokens: file.tokens }, ...(file.otherTenants ?? [])];
}

/** The tokens of one demo tenant of the file (the default one when none is named); throws naming those it has. */
export function tokensOfTenant(file: QueueTokensFile, tenantId: string | undefined): TenantTokens {
  const all = demoTenantTokens(file);
  const found = tenantId === undefined ? all[0] : all.find((tenant) => tenant.tenantId === tenantId);
  if (!found)
    throw new Error(
      `The queue has no demo tenant "${tenantId}" (it has ${all.map((tenant) => tenant.tenantId).join(', ')}).`,
    );
  return found;
}

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
    args: [
      ...['--db', join(options.dataDir, 'queue.sqlite'), '--port', '0', '--tokens-file', tokensFile],
      ...['--resources', join(options.appRoot, 'resources')],
    ],
    ready: /^Queue: (http:\/\/\S+)/,
    name: 'embedded queue',
    log: options.log,
  });
  return { url: service.readyLine[1] ?? '', tokens: readQueueTokens(tokensFile), stop: service.stop };
}
