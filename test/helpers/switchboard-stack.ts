import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tokensOfTenant, type QueueTokensFile } from '../../lib/embedded-queue.js';
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import type { RunningProcess } from './child-process.js';
import { consoleAddress, planQueueProcess, queueCaller, readQueueTokens, startConsoleHost } from './e2e-processes.js';

/** Shared by every test run on this machine so the intent model trains once. */
export const TEST_MODEL_CACHE = join(tmpdir(), 'switchboard-test-model-cache');

export interface Stack {
  dir: string;
  queueUrl: string;
  consoleUrl: string;
  /** The queue's tokens file, which the console reads its token from. */
  tokensFile: string;
  tokens: QueueTokensFile;
  queue: RunningProcess;
  console: RunningProcess;
  stopQueue(): Promise<void>;
  startQueue(): Promise<void>;
  postTicket(subject: string, text: string, language?: string): Promise<TicketWithMessages>;
  getTicket(id: string): Promise<TicketWithMessages>;
  /** Posts a customer's satisfaction rating (1-5) of a resolved ticket, as the channel does. */
  rateTicket(id: string, score: number, comment?: string): Promise<unknown>;
  /** Pushes mutations to the queue as another client (another console, a lead), with that role's token. */
  pushAs(
    clientId: string,
    mutations: unknown[],
    role?: 'agent' | 'lead' | 'autopilot',
  ): Promise<{ results: Array<{ status: string; reason?: string }> }>;
  /** Claims new tickets as an AI worker (autopilot token), so a test can push that worker's ai_decision. */
  claimAs(workerId: string, limit?: number): Promise<{ claims: Array<{ ticket: { id: string } }> }>;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Run the console's AI autopilot (default: yes). Without it tickets stay as posted. */
  autopilot?: boolean;
  /**
   * Whose console it is (default agent): a lead's console uses the lead token and shows the lead screens, an
   * admin's the admin token and the tenant's settings too.
   */
  role?: 'agent' | 'lead' | 'admin';
  /**
   * Which demo tenant of the queue the console belongs to (default the first): its tokens are the console's, and
   * the stack's own calls (post, claim, push) are made as that tenant.
   */
  tenant?: string;
  /** The console's OpenAI settings for translating tickets (serve --openai-base-url / --openai-model). */
  openAi?: { baseURL: string; model: string };
  /** More environment for the queue process (the email channels' secret key and mail CA), read at each start. */
  queueEnv?: () => NodeJS.ProcessEnv;
}

/**
 * A central queue and a browser-mode console (with its autopilot) as separate processes, started the
 * way the README starts them, so a test can stop and restart the queue under a running console.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const autopilot = options.autopilot ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
  const queuePlan = await planQueueProcess(dir, options.queueEnv);
  const { url: queueUrl, tokensFile } = queuePlan;
  let queue = await queuePlan.start();
  const tokens = readQueueTokens(tokensFile);

  const consoleProcess = startConsoleHost({
    ...options,
    dataDir: join(dir, 'console'),
    queueUrl,
    tokensFile,
    autopilot,
    modelCache: TEST_MODEL_CACHE,
  });
  const consoleUrl = await consoleAddress(consoleProcess);
  if (autopilot) await consoleProcess.waitForLine(/AI engine ready/, 120_000);

  const tenantTokens = tokensOfTenant(tokens, options.tenant).tokens;
  const admin = queueCaller(queueUrl, tenantTokens.admin);

  const stack: Stack = {
    dir,
    queueUrl,
    consoleUrl,
    tokensFile,
    tokens,
    get queue() {
      return queue;
    },
    console: consoleProcess,
    stopQueue: () => queue.stop(),
    async startQueue() {
      queue = await queuePlan.start();
    },
    postTicket: (subject, text) =>
      admin<TicketWithMessages>('POST', '/tickets', {
        subject,
        text,
        channel: 'chat',
        customer: { id: `cus_${Math.random().toString(36).slice(2, 10)}`, name: 'Dana Fischer', tier: 'standard' },
      }),
    getTicket: (id) => admin<TicketWithMessages>('GET', `/tickets/${encodeURIComponent(id)}`),
    rateTicket: (id, score, comment) =>
      admin('POST', `/tickets/${encodeURIComponent(id)}/rating`, { score, ...(comment ? { comment } : {}) }),
    pushAs: (clientId, mutations, role = 'agent') =>
      admin('POST', '/mutations', { clientId, mutations }, tenantTokens[role]),
    claimAs: (workerId, limit = 10) =>
      admin('POST', '/claims', { workerId, limit, leaseMs: 60_000 }, tenantTokens.autopilot),
    async stop() {
      await consoleProcess.stop();
      await queue.stop();
    },
  };
  return stack;
}
