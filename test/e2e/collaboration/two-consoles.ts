/**
 * The collaboration end-to-end file's stack (issue 19): one queue (SQLite, the demo tenant's seeded settings: queues,
 * macros, tags), two agents of the tenant, Ana and Ben, each signed in with a password at their own console host, each
 * console reaching the queue through its own TCP proxy (a step takes one console offline and back), a Chromium page
 * on each, and the tenant's admin on the queue's HTTP API. The parts' steps (test/e2e/collaboration/<part>-steps.ts)
 * run against it in turn: each leaves both consoles online and signed in.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { Disposables } from '../../../lib/disposables.js';
import { tokensOfTenant } from '../../../lib/embedded-queue.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { seedTenantIds } from '../../../lib/tenant-config.js';
import type { User } from '../../../shared/api/identity-contract.js';
import type { TicketWithMessages } from '../../../shared/api/queue-contract.js';
import type { Customer } from '../../../shared/domain/ticket.js';
import { launchChromium } from '../../helpers/browser.js';
import { seriousViolations } from '../../helpers/browser-axe.js';
import { escalateTicketAsAi, openFromInbox, waitOnline } from '../../helpers/console-page.js';
import { UNSURE_ENGLISH } from '../../helpers/e2e-escalations.js';
import { callConsoleHost } from '../../helpers/e2e-host-calls.js';
import { consoleAddress, planQueueProcess, queueCaller, readQueueTokens } from '../../helpers/e2e-processes.js';
import { addUser, signInWithPassword, startSignedInConsoleHost } from '../../helpers/e2e-sign-in.js';
import type { RunningProcess } from '../../helpers/child-process.js';
import { startTcpProxy, type TcpProxy } from '../../helpers/tcp-proxy.js';

type QueueCaller = ReturnType<typeof queueCaller>;

/** Both agents' password (local accounts are on in the demo tenant's default sign-in policy). */
export const AGENT_PASSWORD = 'correct horse battery staple';
/** The two agents, working every queue of the tenant (no queues listed: all of them). */
export const ANA = { email: 'ana@example.test', name: 'Ana Agent', role: 'agent', queues: [] } as const;
export const BEN = { email: 'ben@example.test', name: 'Ben Agent', role: 'agent', queues: [] } as const;
/** The customer of the tickets `escalate` posts unless a step names another. */
export const DEFAULT_CUSTOMER: Customer = { id: 'cus_collab_dana', name: 'Dana Fischer', tier: 'standard' };

/** Until a console's page first shows (its sign-in screen). */
const PAGE_LOAD_MS = 90_000;
/** Until the page says the console lost, or regained, the queue (its sync backs off for at most 5 s). */
const CONNECTION_CHANGE_MS = 30_000;

/** One agent's console: the signed-in person, the host, its connection to the queue, and a page on it. */
export interface AgentConsole {
  /** The person signed in here, as the queue answers it (its id is what mentions and presence carry). */
  readonly user: User;
  /** The console's address with its access token (callConsole asks its host directly). */
  readonly url: string;
  readonly host: RunningProcess;
  /** The TCP proxy between this console and the queue. */
  readonly proxy: TcpProxy;
  readonly page: Page;
  /** Cuts the console's connection to the queue and waits until its page says it is offline. */
  goOffline(): Promise<void>;
  /** Gives the connection back and waits until the page says it is connected again. */
  goOnline(): Promise<void>;
}

/** What every part's steps get. */
export interface TwoConsoles {
  readonly dir: string;
  readonly queueUrl: string;
  readonly tenantId: string;
  readonly browser: Browser;
  readonly ana: AgentConsole;
  readonly ben: AgentConsole;
  /** The tenant's admin on the queue's HTTP API (`/v1` + path): settings, history, tickets. */
  readonly admin: QueueCaller;
  /**
   * Posts a ticket (by default from DEFAULT_CUSTOMER on the chat channel) and escalates it as an AI worker would, so
   * it waits in both agents' inbox; resolves with its id. Calls run one after another (each claims only its ticket).
   */
  escalate(ticket: { subject: string; text: string; customer?: Customer; channel?: string }): Promise<string>;
  /** The ticket and its messages as the queue has them. */
  ticket(id: string): Promise<TicketWithMessages>;
}

/** The started stack and how to stop all of it (every part, even after a failure; the errors together). */
export interface RunningTwoConsoles {
  consoles: TwoConsoles;
  stop(): Promise<void>;
}

/** Starts the stack; on a failure half-way, what had started is stopped before the error is thrown. */
export async function startTwoConsoles(): Promise<RunningTwoConsoles> {
  const running = new Disposables();
  try {
    return { consoles: await startParts(running), stop: () => running.stopAll() };
  } catch (error) {
    await running.stopAll().catch(() => undefined);
    throw error;
  }
}

async function startParts(running: Disposables): Promise<TwoConsoles> {
  const dir = mkdtempSync(join(tmpdir(), 'switchboard-collaboration-'));
  const queuePlan = await planQueueProcess(dir);
  // The demo tenant the queue seeds first (its tokens file says so once it runs); the consoles start meanwhile.
  const tenantId = seedTenantIds(RESOURCES_DIR)[0];
  if (tenantId === undefined) throw new Error(`No demo tenant is seeded from ${RESOURCES_DIR}.`);
  const queuePort = Number(new URL(queuePlan.url).port);
  const startHost = async (key: string) => {
    const proxy = await startTcpProxy(queuePort);
    running.add(`${key}'s proxy`, () => proxy.close());
    const host = startSignedInConsoleHost({
      dataDir: join(dir, `${key}-console`),
      queueUrl: `http://127.0.0.1:${proxy.port}`,
      tenantId,
    });
    running.add(`${key}'s console host`, () => host.stop());
    return { proxy, host, url: await consoleAddress(host, 120_000) };
  };
  const startQueue = async () => {
    const queue = await queuePlan.start();
    running.add('queue', () => queue.stop());
    const tenant = tokensOfTenant(readQueueTokens(queuePlan.tokensFile), undefined);
    if (tenant.tenantId !== tenantId) throw new Error(`The queue's first demo tenant is ${tenant.tenantId}.`);
    const admin = queueCaller(queuePlan.url, tenant.tokens.admin);
    const [ana, ben] = await Promise.all(
      [ANA, BEN].map((person) => addUser(admin, { ...person, queues: [...person.queues], password: AGENT_PASSWORD })),
    );
    if (!ana || !ben) throw new Error('The queue did not make both agents.');
    return { tokens: tenant.tokens, admin, users: { ana, ben } };
  };
  const startBrowser = async () => {
    const browser = await launchChromium();
    running.add('browser', () => browser.close());
    return browser;
  };
  const [{ tokens, admin, users }, anaHost, benHost, browser] = await Promise.all([
    startQueue(),
    startHost('ana'),
    startHost('ben'),
    startBrowser(),
  ]);
  const signIn = async (user: User, { proxy, host, url }: Awaited<ReturnType<typeof startHost>>) => {
    const page = await browser.newPage();
    await page.goto(url);
    // The page's first load can take tens of seconds on a loaded machine (two pages, two hosts starting).
    await page.getByTestId('sign-in-screen').waitFor({ timeout: PAGE_LOAD_MS });
    await signInWithPassword(page, user.email, AGENT_PASSWORD, user.name);
    await waitOnline(page, CONNECTION_CHANGE_MS);
    const agent: AgentConsole = {
      user,
      url,
      host,
      proxy,
      page,
      async goOffline() {
        proxy.cut();
        await connectionShown(page, false);
      },
      async goOnline() {
        proxy.restore();
        await connectionShown(page, true);
      },
    };
    return agent;
  };
  const [ana, ben] = await Promise.all([signIn(users.ana, anaHost), signIn(users.ben, benHost)]);
  return {
    dir,
    queueUrl: queuePlan.url,
    tenantId,
    browser,
    ana,
    ben,
    admin,
    escalate: oneAtATime(async ({ subject, text, customer = DEFAULT_CUSTOMER, channel = 'chat' }) => {
      const posted = await admin<TicketWithMessages>('POST', '/tickets', { subject, text, channel, customer });
      const id = posted.ticket.id;
      const worker = `collaboration-ai-${id}`;
      await escalateTicketAsAi(
        {
          claimAs: (workerId, limit = 10) =>
            admin('POST', '/claims', { workerId, limit, leaseMs: 60_000 }, tokens.autopilot),
          pushAs: (clientId, mutations) => admin('POST', '/mutations', { clientId, mutations }, tokens.autopilot),
        },
        worker,
        id,
        { ...UNSURE_ENGLISH, summary: subject },
      );
      return id;
    }),
    ticket: (id) => admin<TicketWithMessages>('GET', `/tickets/${encodeURIComponent(id)}`),
  };
}

/** `run` with its calls queued: each starts once the one before has settled. */
function oneAtATime<A, R>(run: (arg: A) => Promise<R>): (arg: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (arg) => {
    const next = last.then(
      () => run(arg),
      () => run(arg),
    );
    last = next;
    return next;
  };
}

async function connectionShown(page: Page, online: boolean): Promise<void> {
  await page
    .getByTestId('connection-status')
    .and(page.locator(`[data-online="${online}"]`))
    .waitFor({ timeout: CONNECTION_CHANGE_MS });
}

/** Shows the inbox on the page and opens the ticket from its row, loaded (the ticket must be escalated). */
export async function openTicket(page: Page, ticketId: string): Promise<void> {
  await page.getByTestId('nav-inbox').click();
  await openFromInbox(page, ticketId);
}

/** Waits until `text` shows (as part of an element's text) on the page or inside the locator. */
export async function waitForText(scope: Page | Locator, text: string, timeoutMs = 15_000): Promise<void> {
  await scope.getByText(text).first().waitFor({ timeout: timeoutMs });
}

/** Expects no serious or critical axe-core violation on the page, or inside the element `selector` names. */
export async function expectAxeClean(page: Page, selector?: string): Promise<void> {
  expect(await seriousViolations(page, selector)).toEqual([]);
}

/** Calls a console method on the agent's console host, as its page does; a refusal throws its answer. */
export async function callConsole(agent: AgentConsole, method: string, input: unknown = {}): Promise<unknown> {
  const answer = (await callConsoleHost(agent.url, method, input)) as { ok: boolean; value?: unknown };
  if (!answer.ok) throw new Error(`${method} answered ${JSON.stringify(answer)}`);
  return answer.value;
}
