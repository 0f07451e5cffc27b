import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CustomerHistory } from '../electron/core/store/customer-history.js';
import { openLocalDatabase } from '../electron/core/store/local-database.js';
import { TicketCache } from '../electron/core/store/ticket-cache.js';
import { newTicket, TicketStatusSchema, type Ticket } from '../shared/domain/ticket.js';
import { BENCH_INTENTS, BENCH_LANGUAGES, BENCH_QUEUES, BENCH_TENANT_ID, seededRandom } from './bench-data.js';

/**
 * `npm run bench -- customer-history [--tickets N] [--customers N] [--calls N] [--json] [--keep]`
 *
 * Fills a console cache file with N tickets (default 100,000, three messages each) of `--customers` customers (default
 * 20,000; one of them, the "busy" customer, has 1% of all tickets), then times the console core's
 * listCustomerTickets handler (the customer panel's history, electron/core/store/customer-history.ts), `--calls` calls
 * per case: a random customer's newest 50; the same narrowed by a word most tickets have and by a rare one; the busy
 * customer's newest 50 and a word search over all of theirs. Prints p50/p95/max per case and, with --json, one object
 * whose customerHistoryMs is the p95 of the slowest case.
 */
const { values } = parseArgs({
  options: {
    tickets: { type: 'string', default: '100000' },
    customers: { type: 'string', default: '20000' },
    calls: { type: 'string', default: '200' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const TICKETS = Number(values.tickets);
const CUSTOMERS = Math.max(2, Number(values.customers));
const CALLS = Math.max(1, Number(values.calls));
const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);

const { random, pick } = seededRandom(19);
const BUSY_CUSTOMER = 'cus_busy';
const SUBJECTS = ['Card payment not recognised', 'Refund still missing', 'Transfer not received', 'Card blocked'];
const CUSTOMER_TEXTS = [
  'There is a card payment I do not recognise, please help.',
  'The refund for my order is still not on my account.',
  'My transfer has not arrived after three days.',
];
/** A word in one ticket of about 2,000 (a rare search). */
const RARE_WORD = 'Lisbon';
const DAY_MS = 24 * 3_600_000;

function customerOf(i: number): string {
  return i % 100 === 0 ? BUSY_CUSTOMER : `cus_${Math.floor(random() * CUSTOMERS)}`;
}

function benchTicket(i: number, now: number): Ticket {
  const customerId = customerOf(i);
  return {
    ...newTicket({
      id: `tkt_hist_${String(i).padStart(6, '0')}`,
      tenantId: BENCH_TENANT_ID,
      subject: pick(SUBJECTS),
      customer: { id: customerId, name: `Customer ${customerId}`, tier: 'standard' },
      channel: pick(['chat', 'email']),
      at: new Date(now - Math.floor(random() * 365 * DAY_MS)).toISOString(),
      seq: i + 1,
    }),
    status: pick(TicketStatusSchema.options),
    language: pick(BENCH_LANGUAGES),
    intent: pick(BENCH_INTENTS),
    ownerQueue: pick(BENCH_QUEUES),
    csat: random() < 0.3 ? { score: 1 + Math.floor(random() * 5), at: new Date(now).toISOString() } : null,
  };
}

function fill(cache: TicketCache): void {
  const now = Date.now();
  cache.transaction(() => {
    for (let i = 0; i < TICKETS; i++) {
      const ticket = benchTicket(i, now);
      cache.putTicket(ticket);
      const texts = [
        pick(CUSTOMER_TEXTS),
        i % 2_000 === 7 ? `I paid in ${RARE_WORD} with this card.` : 'Thank you, any news?',
        'We are looking into it and will write again soon.',
      ];
      texts.forEach((text, n) =>
        cache.putMessage({
          id: `${ticket.id}_m${n}`,
          ticketId: ticket.id,
          author: n === 2 ? 'agent' : 'customer',
          authorName: n === 2 ? 'Ana' : ticket.customer.name,
          kind: 'reply',
          text,
          createdAt: ticket.createdAt,
          seq: TICKETS + i * 3 + n,
        }),
      );
    }
  });
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}
const round = (ms: number) => Math.round(ms * 100) / 100;

interface CaseFigures {
  name: string;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Tickets matched per call, averaged (what the case asks of the cache). */
  meanTotal: number;
}

/** Times `CALLS` calls of the handler, each with the input `inputFor` gives. */
function timeCase(
  history: CustomerHistory,
  name: string,
  inputFor: () => { customerId: string; text?: string },
): CaseFigures {
  const times: number[] = [];
  let totals = 0;
  for (let call = 0; call < CALLS; call++) {
    const input = inputFor();
    const started = performance.now();
    const answer = history.listCustomerTickets({ ...input, limit: 50 });
    times.push(performance.now() - started);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    totals += answer.value.total;
  }
  const sorted = times.sort((a, b) => a - b);
  return {
    name,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? 0),
    meanTotal: Math.round((totals / CALLS) * 10) / 10,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'switchboard-bench-customer-history-'));
const file = join(dir, 'console.sqlite');
try {
  const filling = performance.now();
  const db = openLocalDatabase(file);
  fill(new TicketCache(db));
  db.close();
  log(
    `Wrote ${TICKETS} tickets (${CUSTOMERS} customers, ${BUSY_CUSTOMER} with ${Math.ceil(TICKETS / 100)}) and ${TICKETS * 3} messages in ${((performance.now() - filling) / 1000).toFixed(1)} s.`,
  );

  // Opened again, as a console starts on its cache: nothing of the fill is in the process's memory.
  const reopened = openLocalDatabase(file);
  const history = new CustomerHistory(reopened);
  const someone = () => `cus_${Math.floor(random() * CUSTOMERS)}`;
  const cases = [
    timeCase(history, 'a customer, newest 50', () => ({ customerId: someone() })),
    timeCase(history, 'a customer, a common word', () => ({ customerId: someone(), text: 'card' })),
    timeCase(history, 'a customer, a rare word', () => ({ customerId: someone(), text: RARE_WORD })),
    timeCase(history, 'the busy customer, newest 50', () => ({ customerId: BUSY_CUSTOMER })),
    timeCase(history, 'the busy customer, a common word', () => ({ customerId: BUSY_CUSTOMER, text: 'refund' })),
    timeCase(history, 'the busy customer, two words', () => ({ customerId: BUSY_CUSTOMER, text: 'card recognise' })),
  ];
  reopened.close();
  for (const figures of cases)
    log(
      `listCustomerTickets, ${figures.name} (${CALLS} calls, ${figures.meanTotal} tickets matched on average): ` +
        `p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, max ${figures.maxMs} ms.`,
    );
  const slowest = cases.reduce((worst, figures) => (figures.p95Ms > worst.p95Ms ? figures : worst));
  log(`Slowest case by p95: ${slowest.name}, ${slowest.p95Ms} ms.`);
  if (values.json)
    process.stdout.write(
      `${JSON.stringify({ tickets: TICKETS, customers: CUSTOMERS, calls: CALLS, customerHistoryMs: slowest.p95Ms, cases })}\n`,
    );
} finally {
  if (values.keep) log(`Kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
