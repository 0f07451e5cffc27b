import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TicketWithMessages } from '../../shared/api/queue-contract.js';
import { freePort, startTsProcess, type RunningProcess } from './child-process.js';

/** Shared by every test run on this machine so the intent model trains once. */
export const TEST_MODEL_CACHE = join(tmpdir(), 'switchboard-test-model-cache');

const QUEUE_START_MS = 120_000;

export interface QueueTokens {
  tenantId: string;
  tokens: { agent: string; lead: string; autopilot: string; admin: string };
}

export interface Stack {
  dir: string;
  queueUrl: string;
  consoleUrl: string;
  tokens: QueueTokens;
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
  /** Whose console it is (default agent): a lead's console uses the lead token and shows the lead screens. */
  role?: 'agent' | 'lead';
  /** The console's OpenAI settings for translating tickets (serve --openai-base-url / --openai-model). */
  openAi?: { baseURL: string; model: string };
}

/**
 * A central queue and a browser-mode console (with its autopilot) as separate processes, started the
 * way the README starts them, so a test can stop and restart the queue under a running console.
 */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const autopilot = options.autopilot ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-e2e-'));
  const queuePort = await freePort();
  const queueUrl = `http://127.0.0.1:${queuePort}`;
  const tokensFile = join(dir, 'queue-tokens.json');
  const queueArgs = ['--db', join(dir, 'queue.sqlite'), '--port', String(queuePort), '--tokens-file', tokensFile];

  let queue = startTsProcess('server/cli.ts', queueArgs);
  // Generous: on a loaded two-core machine tsx alone can take over 30 s to start the queue.
  await queue.waitForLine(/^Queue: /, QUEUE_START_MS);
  const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as QueueTokens;

  const consoleProcess = startTsProcess(
    'electron/core/cli/serve.ts',
    [
      '--port',
      '0',
      '--data-dir',
      join(dir, 'console'),
      '--queue',
      queueUrl,
      '--tokens-file',
      tokensFile,
      '--model-cache',
      TEST_MODEL_CACHE,
      ...(autopilot ? [] : ['--no-autopilot']),
      ...(options.role ? ['--role', options.role] : []),
      ...(options.openAi ? ['--openai-base-url', options.openAi.baseURL, '--openai-model', options.openAi.model] : []),
    ],
    options.openAi ? { OPENAI_API_KEY: 'sk-e2e' } : {},
  );
  const consoleUrl = (await consoleProcess.waitForLine(/^Console: (\S+)/, 60_000))[1] ?? '';
  if (autopilot) await consoleProcess.waitForLine(/AI engine ready/, 120_000);

  const admin = async <T>(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    token = tokens.tokens.admin,
  ): Promise<T> => {
    const response = await fetch(`${queueUrl}/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };

  const stack: Stack = {
    dir,
    queueUrl,
    consoleUrl,
    tokens,
    get queue() {
      return queue;
    },
    console: consoleProcess,
    stopQueue: () => queue.stop(),
    async startQueue() {
      queue = startTsProcess('server/cli.ts', queueArgs);
      await queue.waitForLine(/^Queue: /, QUEUE_START_MS);
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
      admin('POST', '/mutations', { clientId, mutations }, tokens.tokens[role]),
    claimAs: (workerId, limit = 10) =>
      admin('POST', '/claims', { workerId, limit, leaseMs: 60_000 }, tokens.tokens.autopilot),
    async stop() {
      await consoleProcess.stop();
      await queue.stop();
    },
  };
  return stack;
}
