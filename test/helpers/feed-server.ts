import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import type { ConsoleStores } from '../../electron/core/console-core.js';
import { SyncEngine, type SyncEngineOptions } from '../../electron/core/sync/sync-engine.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';

/**
 * A hand-written queue for the describe block (or file) it is called in, answering as `handle` says, HTTP on
 * 127.0.0.1: started before the tests, closed after them. Returns its base URL.
 */
export function loopbackQueue(handle: RequestListener): () => string {
  const server = createServer(handle);
  let baseUrl: string | null = null;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return () => {
    if (!baseUrl) throw new Error('The loopback queue is used before the file started it.');
    return baseUrl;
  };
}

/** A console's sync engine over its stores, pulling from `baseUrl` with an agent token, its notices going to `logged`. */
export function syncEngineFor(
  stores: ConsoleStores,
  baseUrl: string,
  clientId: string,
  logged: string[],
  options: Partial<SyncEngineOptions> = {},
): SyncEngine {
  return new SyncEngine({
    client: new QueueClient({ baseUrl, token: 'agent-token' }),
    ...stores,
    clientId,
    onTicketsChanged: () => undefined,
    onStateChanged: () => undefined,
    pollIntervalMs: 60_000,
    log: (line) => logged.push(line),
    ...options,
  });
}
