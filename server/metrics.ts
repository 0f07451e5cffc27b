import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
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
