import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { buildQueueApp, type QueueAppOptions } from '../../server/app.js';
import type { QueueTokensFile } from '../../lib/embedded-queue.js';
import { RESOURCES_DIR } from '../../lib/paths.js';
import { ensureDemoTenants } from '../../server/demo-tenants.js';
import { SqliteQueueStore } from '../../server/storage/sqlite-queue-store.js';
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';

export interface DemoQueue {
  url: string;
  /** The temp dir holding the queue's SQLite file and tokens file (removed by `close`). */
  dir: string;
  tokens: QueueTokensFile;
  /** Calls `/v1<path>` with the admin token (or `token`); the queue must take the call (2xx); returns its JSON. */
  admin<T = unknown>(method: string, path: string, body?: unknown, token?: string): Promise<T>;
  /** A customer (Lea Novak) writes in about her card with this text. */
  postTicket(text: string): Promise<TicketWithMessages>;
  /** Takes the queue off the network (a console sees it down); its data stays for `start`. */
  stop(): Promise<void>;
  /** Brings the stopped queue back on the same address with the same data. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** A real queue with the demo tenants (as `npm run serve` makes it) on a SQLite file in a temp dir, HTTP on 127.0.0.1. */
export async function startDemoQueue(options: Omit<QueueAppOptions, 'store'> = {}): Promise<DemoQueue> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-demo-queue-'));
  const tokensFile = join(dir, 'tokens.json');
  let store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
  await ensureDemoTenants(store, tokensFile, RESOURCES_DIR);
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as QueueTokensFile;
  let app: FastifyInstance | null = null;
  let port = 0;

  async function listen(): Promise<void> {
    app = buildQueueApp({ ...options, store });
    await app.listen({ host: '127.0.0.1', port });
    port = (app.server.address() as AddressInfo).port;
  }
  async function stop(): Promise<void> {
    if (!app) return;
    await app.close();
    await store.close();
    app = null;
  }
  await listen();
  const url = `http://127.0.0.1:${port}`;

  async function admin<T>(method: string, path: string, body?: unknown, token = tokens.tokens.admin): Promise<T> {
    const response = await fetch(`${url}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.ok).toBe(true);
    return (await response.json()) as T;
  }

  return {
    url,
    dir,
    tokens,
    admin,
    postTicket: (text) =>
      admin<TicketWithMessages>('POST', '/tickets', {
        subject: 'Card question',
        text,
        customer: { id: 'cus_1', name: 'Lea Novak', tier: 'standard' },
      }),
    stop,
    async start() {
      store = SqliteQueueStore.open(join(dir, 'queue.sqlite'));
      await listen();
    },
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
