import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EmailCount } from './storage/email-store.js';
import type { QueueStore } from './storage/queue-store.js';

/** The queue's Prometheus metrics; one registry per app so several apps in one process stay apart. */
export class QueueMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly latency: Histogram<'method' | 'route'>;
  readonly claims: Counter<'tenant'>;
  readonly leaseExpiries: Counter<'tenant'>;
  readonly ticketsIntaken: Counter<'tenant'>;
  readonly decisions: Counter<'tenant' | 'status'>;

  constructor(store: QueueStore) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'switchboard_queue_process_' });
    const counter = <Label extends string>(name: string, help: string, labelNames: Label[]): Counter<Label> =>
      new Counter({ name, help, labelNames, registers });
    this.requests = counter(
      'switchboard_queue_http_requests_total',
      'HTTP requests answered, by method, route pattern and status code.',
      ['method', 'route', 'status'],
    );
    this.latency = new Histogram({
      name: 'switchboard_queue_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by method and route pattern.',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });
    this.claims = counter('switchboard_queue_claims_total', 'Tickets handed to AI workers by a claim.', ['tenant']);
    this.leaseExpiries = counter(
      'switchboard_queue_lease_expiries_total',
      'Claims that took a ticket over from a worker whose lease had expired.',
      ['tenant'],
    );
    this.ticketsIntaken = counter('switchboard_queue_tickets_created_total', 'Tickets created by intake.', ['tenant']);
    this.decisions = counter(
      'switchboard_queue_mutations_total',
      'Pushed mutations, by outcome (applied, duplicate, conflict, rejected).',
      ['tenant', 'status'],
    );
    emailGauges(store, registers);
    new Gauge({
      name: 'switchboard_queue_depth',
      help: 'New tickets waiting for an AI decision, per tenant (read from the store at scrape time).',
      labelNames: ['tenant'],
      registers,
      async collect() {
        this.reset();
        for (const [tenant, depth] of Object.entries(await store.queueDepth())) this.set({ tenant }, depth);
      },
    });
  }
}

/**
 * The email channel's mail, read from the store at scrape time (so every queue process sharing a database reports
 * the same): mails received, mails set aside by reason class, and replies by outbox state (queued, sending, sent,
 * failed), per tenant.
 */
function emailGauges(store: QueueStore, registers: Registry[]): void {
  const gauge = (name: string, help: string, measure: EmailCount['measure'], label: string | null): void => {
    new Gauge<string>({
      name,
      help,
      labelNames: label === null ? ['tenant'] : ['tenant', label],
      registers,
      async collect() {
        this.reset();
        for (const row of await store.emailCounts(null)) {
          if (row.measure !== measure) continue;
          const labels: Record<string, string> = { tenant: row.tenantId };
          if (label !== null) labels[label] = row.class;
          this.inc(labels, row.count);
        }
      },
    });
  };
  gauge(
    'switchboard_queue_email_received',
    'Mails received by the email channels (each Message-ID once).',
    'received',
    null,
  );
  gauge(
    'switchboard_queue_email_set_aside',
    'Mails set aside unread or unanswered, by reason class (too_large, unreadable, automatic_no_ticket).',
    'set_aside',
    'reason_class',
  );
  gauge(
    'switchboard_queue_email_replies',
    'Email replies in the outbox, by state (queued, sending, sent, failed).',
    'outbox',
    'state',
  );
}
