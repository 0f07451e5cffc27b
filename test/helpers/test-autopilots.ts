import { afterEach, beforeEach } from 'vitest';
import { Autopilot, type AutopilotOptions } from '../../autopilot/autopilot.js';
import type { AiEngine } from '../../engine/engine.js';
import type { KnowledgeBase } from '../../engine/knowledge-base.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import type { QueueAppOptions } from '../../server/app.js';
import type { TenantConfig } from '../../shared/domain/tenant.js';
import type { Ticket } from '../../shared/domain/ticket.js';
import { waitFor } from './child-process.js';
import { startDemoQueue, type DemoQueue } from './demo-queue.js';
import { saveTenantToQueue } from './queue-tenant-settings.js';

/** A tenant for engines that decide on their own: one queue, and every ticket the AI does not answer goes to it. */
export const CATCH_ALL_TENANT: TenantConfig = {
  id: 'payments',
  name: 'Demo',
  queues: [{ id: 'general', name: 'General' }],
  resolveThreshold: 0.5,
  answerableIntents: [],
  escalationRules: [{ id: 'catch-all', ownerQueue: 'general', when: {} }],
};

/** Autopilots of one tenant working a demo queue; the admin posts and reads tickets. */
export class TestAutopilots {
  readonly running: Autopilot[] = [];
  private current: DemoQueue | null = null;

  constructor(private readonly tenant: TenantConfig) {}

  get queue(): DemoQueue {
    if (!this.current) throw new Error('The queue runs only inside a test.');
    return this.current;
  }

  admin(): QueueClient {
    return new QueueClient({ baseUrl: this.queue.url, token: this.queue.tokens.tokens.admin });
  }

  /** Sets the tenant up in the queue as its admin and lead would (queue-tenant-settings.ts): settings and rules. */
  async saveTenant(knowledgeBase: KnowledgeBase): Promise<void> {
    const lead = new QueueClient({ baseUrl: this.queue.url, token: this.queue.tokens.tokens.lead });
    await saveTenantToQueue(this.admin(), lead, this.tenant, knowledgeBase);
  }

  /** A client with the autopilot role's token, as an autopilot has. */
  worker(): QueueClient {
    return new QueueClient({ baseUrl: this.queue.url, token: this.queue.tokens.tokens.autopilot });
  }

  /** Starts an autopilot that asks for 30 s leases, polls every 100 ms when idle and claims 5 tickets at a time. */
  start(engine: AiEngine, options: Partial<AutopilotOptions> = {}): Autopilot {
    const autopilot = new Autopilot({
      client: this.worker(),
      engine,
      tenantId: this.tenant.id,
      leaseMs: 30_000,
      idlePollMs: 100,
      batchSize: 5,
      ...options,
    });
    autopilot.start();
    this.running.push(autopilot);
    return autopilot;
  }

  async stop(autopilot: Autopilot): Promise<void> {
    await autopilot.stop();
    this.running.splice(this.running.indexOf(autopilot), 1);
  }

  /** A customer (Kim Berg) writes in with this text; returns the new ticket's id. */
  async post(text: string): Promise<string> {
    const created = await this.admin().createTicket({
      subject: 'Question',
      text,
      customer: { id: 'c1', name: 'Kim Berg', tier: 'standard' },
    });
    if (!created.ok) throw new Error(created.error.message);
    return created.value.ticket.id;
  }

  /** The ticket as the queue has it now. */
  async ticket(id: string): Promise<Ticket> {
    const current = await this.admin().getTicket(id);
    if (!current.ok) throw new Error(current.error.message);
    return current.value.ticket;
  }

  /** Waits until the queue's ticket is as `isIt` says (`what` names that in the time-out error); returns it then. */
  ticketOnce(id: string, isIt: (ticket: Ticket) => boolean, what: string, timeoutMs = 10_000): Promise<Ticket> {
    return waitFor(
      async () => {
        const current = await this.ticket(id);
        return isIt(current) ? current : null;
      },
      timeoutMs,
      what,
    );
  }

  /** For a describe block: a fresh demo queue before each test; after it, every autopilot is stopped, then the queue. */
  static overFreshDemoQueue(tenant: TenantConfig, queueOptions: Omit<QueueAppOptions, 'store'> = {}): TestAutopilots {
    const autopilots = new TestAutopilots(tenant);
    beforeEach(async () => {
      autopilots.current = await startDemoQueue(queueOptions);
    });
    afterEach(async () => {
      for (const autopilot of [...autopilots.running]) await autopilots.stop(autopilot);
      await autopilots.current?.close();
      autopilots.current = null;
    });
    return autopilots;
  }
}
