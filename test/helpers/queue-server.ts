import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../shared/api/queue-contract.js';
import type { TicketIntake } from '../../shared/api/queue-contract.js';
import { PushResponseSchema, type Mutation, type PushResponse } from '../../shared/api/mutations.js';
import { buildQueueApp, type QueueAppOptions } from '../../server/app.js';
import { ChangeBroadcaster } from '../../server/events.js';
import { issueToken } from '../../server/auth/tokens.js';
import type { QueueStore } from '../../server/storage/queue-store.js';
import { SqliteQueueStore } from '../../server/storage/sqlite-queue-store.js';

export type RoleTokens = Record<Role, string>;

/** A clock the test can move forward; starts at the real time. */
export class TestClock {
  private offsetMs = 0;
  readonly now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Sent as-is instead of JSON-encoding `body`. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface TestQueue {
  url: string;
  dir: string;
  store: QueueStore;
  app: FastifyInstance;
  clock: TestClock;
  events: ChangeBroadcaster;
  tenantId: string;
  tokens: RoleTokens;
  /** Calls the API with the admin token unless another (or null for none) is given. */
  call<T = unknown>(method: string, path: string, options?: CallOptions): Promise<ApiResponse<T>>;
  /** Pushes mutations as a client with a token; the push must be taken (200); each result is the caller's to check. */
  push(clientId: string, mutations: Mutation[], token: string): Promise<PushResponse>;
  /** Creates another tenant through the store and returns its tokens. */
  addTenant(tenantId: string): Promise<RoleTokens>;
  close(): Promise<void>;
}

export async function addTenantWithTokens(
  store: QueueStore,
  tenantId: string,
  name = `Tenant ${tenantId}`,
): Promise<RoleTokens> {
  const roles: Role[] = ['agent', 'lead', 'autopilot', 'admin'];
  const issued = roles.map((role) => ({ role, ...issueToken(role, `${tenantId} ${role}`) }));
  await store.createTenant(
    { id: tenantId, name },
    issued.map((entry) => entry.record),
  );
  return Object.fromEntries(issued.map((entry) => [entry.role, entry.plaintext])) as RoleTokens;
}

export interface StartTestQueueOptions {
  pingIntervalMs?: number;
  /** Another engine (PostgreSQL) instead of a SQLite file in the temp dir; closed with the queue. */
  openStore?: (dir: string) => Promise<QueueStore>;
  /** Runs after the store is closed (e.g. drops the test database). */
  afterClose?: () => Promise<void>;
  /** More options for the app (rate limits, timeouts, a metrics token). */
  app?: Omit<QueueAppOptions, 'store' | 'events' | 'now' | 'pingIntervalMs'>;
}

/** A real queue: SQLite file in a temp dir (or the store given), HTTP on 127.0.0.1 with a free port. */
export async function startTestQueue(options: StartTestQueueOptions = {}): Promise<TestQueue> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-queue-'));
  const store = options.openStore ? await options.openStore(dir) : SqliteQueueStore.open(join(dir, 'queue.sqlite'));
  const clock = new TestClock();
  const tenantId = 'payments';
  const tokens = await addTenantWithTokens(store, tenantId, 'Northwind Pay (demo)');
  const events = new ChangeBroadcaster();
  const app = buildQueueApp({
    ...options.app,
    store,
    events,
    now: clock.now,
    ...(options.pingIntervalMs ? { pingIntervalMs: options.pingIntervalMs } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  async function call<T>(method: string, path: string, callOptions: CallOptions = {}): Promise<ApiResponse<T>> {
    const token = callOptions.token === undefined ? tokens.admin : callOptions.token;
    const headers: Record<string, string> = { ...callOptions.headers };
    if (token !== null) headers.authorization = `Bearer ${token}`;
    let body: string | undefined;
    if (callOptions.rawBody !== undefined) body = callOptions.rawBody;
    else if (callOptions.body !== undefined) body = JSON.stringify(callOptions.body);
    if (body !== undefined && !Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) {
      headers['content-type'] = 'application/json';
    }
    const response = await fetch(`${url}${path}`, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text === '' ? null : JSON.parse(text)) as T };
  }

  return {
    url,
    dir,
    store,
    app,
    clock,
    events,
    tenantId,
    tokens,
    call,
    async push(clientId, mutations, token) {
      const response = await call<unknown>('POST', '/v1/mutations', { token, body: { clientId, mutations } });
      if (response.status !== 200)
        throw new Error(`The push was answered ${response.status}: ${JSON.stringify(response.body)}`);
      return PushResponseSchema.parse(response.body);
    },
    addTenant: (id) => addTenantWithTokens(store, id),
    async close() {
      await app.close();
      await store.close();
      await options.afterClose?.();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

let intakeCounter = 0;

/** A valid intake body; fields can be overridden. */
export function intakeBody(overrides: Partial<TicketIntake> = {}): TicketIntake {
  intakeCounter += 1;
  return {
    subject: `Card declined #${intakeCounter}`,
    customer: { id: `cus_${intakeCounter}`, name: 'Ada Lovelace', email: 'ada@example.com' },
    channel: 'email',
    text: 'My card was declined at checkout, can you help?',
    ...overrides,
  };
}
