import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { demoIntake, loadDemoTickets } from '../demo-seeder.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { exitWithUsage, onShutdown, parseCliArgs } from '../../../lib/cli-support.js';
import { queueClientFromArgs } from '../../../lib/queue-connection.js';

const USAGE = `Usage: npm run simulate -- --queue URL (--token ADMIN_TOKEN | --tokens-file FILE) [--per-minute N] [--count N] [--replies SHARE] [--ratings SHARE]
                                [--tenant ID]

Posts new customer tickets (drawn from the demo tickets of the token's tenant), customer replies to earlier
ones and customers' satisfaction ratings (CSAT) of resolved ones, at a steady rate, the way a chat or e-mail
channel and its survey would.
  --per-minute N   events per minute (default 30)
  --count N        stop after N events (default: run until stopped)
  --replies SHARE  share of events that are replies to tickets posted earlier (0..1, default 0.3)
  --ratings SHARE  share of events that rate a resolved ticket posted earlier (0..1, default 0.2)
  --tenant ID      draw the tickets from this demo tenant's seed (resources/tenants/ID/) instead`;

const { values } = parseCliArgs(
  {
    queue: { type: 'string' },
    token: { type: 'string' },
    'tokens-file': { type: 'string' },
    'per-minute': { type: 'string' },
    count: { type: 'string' },
    replies: { type: 'string' },
    ratings: { type: 'string' },
    tenant: { type: 'string' },
  },
  USAGE,
);

const perMinute = Number(values['per-minute'] ?? 30);
const limit = values.count === undefined ? Infinity : Number(values.count);
const replyShare = Number(values.replies ?? 0.3);
const ratingShare = Number(values.ratings ?? 0.2);
if (!(perMinute > 0 && perMinute <= 60_000)) exitWithUsage('--per-minute must be between 1 and 60000.', USAGE);
if (!(limit > 0)) exitWithUsage('--count must be a positive number.', USAGE);
if (!(replyShare >= 0 && replyShare <= 1)) exitWithUsage('--replies must be between 0 and 1.', USAGE);
if (!(ratingShare >= 0 && ratingShare <= 1 && replyShare + ratingShare <= 1))
  exitWithUsage('--ratings must be between 0 and 1, and with --replies at most 1.', USAGE);

const client = queueClientFromArgs(values, 'admin', USAGE);
// The demo traffic of the token's tenant (its seed folder), unless --tenant names another seed.
const tenantId = values.tenant ?? (await tokenTenant());
const demo = loadDemoTickets(RESOURCES_DIR, tenantId);
if (demo.length === 0) exitWithUsage(`The tenant ${tenantId} has no demo tickets to simulate with.`, USAGE);
const followups = z
  .record(z.string(), z.object({ thanks: z.array(z.string()).min(1), unhappy: z.array(z.string()).min(1) }))
  .parse(JSON.parse(readFileSync(join(RESOURCES_DIR, 'tenants', tenantId, 'customer-followups.json'), 'utf8')));

async function tokenTenant(): Promise<string> {
  const whoami = await client.whoami();
  if (!whoami.ok) exitWithUsage(`The queue did not say whose token this is: ${whoami.error.message}`, USAGE);
  return whoami.value.tenantId;
}

const posted: string[] = [];
let sent = 0;
let stopped = false;
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

/** A customer who got an answer rates it: mostly happy, sometimes not, with a line in their language now and then. */
async function rateOne(): Promise<string | null> {
  const ticketId = pick(posted);
  const current = await client.getTicket(ticketId);
  if (!current.ok) return null;
  const { status, csat, language } = current.value.ticket;
  if (csat !== null || (status !== 'ai_resolved' && status !== 'resolved')) return null;
  const happy = Math.random() < 0.75;
  const score = happy ? 4 + Math.floor(Math.random() * 2) : 1 + Math.floor(Math.random() * 3);
  const lines = followups[language ?? 'en'] ?? followups.en;
  const comment = lines && Math.random() < 0.4 ? pick(happy ? lines.thanks : lines.unhappy) : undefined;
  const rated = await client.rateTicket(ticketId, { score, ...(comment ? { comment } : {}) });
  if (!rated.ok) throw new Error(rated.error.message);
  return `rating  ${ticketId}: ${score}/5${comment ? ` "${comment}"` : ''}`;
}

async function postOne(): Promise<string> {
  const roll = Math.random();
  if (posted.length > 0 && roll >= replyShare && roll < replyShare + ratingShare) {
    const rated = await rateOne();
    if (rated) return rated;
  }
  if (posted.length > 0 && roll < replyShare) {
    const ticketId = pick(posted);
    const current = await client.getTicket(ticketId);
    const language = current.ok ? (current.value.ticket.language ?? 'en') : 'en';
    const lines = followups[language] ?? followups.en;
    if (!lines) throw new Error('customer-followups.json has no English lines.');
    const text = pick(Math.random() < 0.6 ? lines.thanks : lines.unhappy);
    const reply = await client.postCustomerReply(ticketId, text);
    if (!reply.ok) throw new Error(reply.error.message);
    return `reply   ${ticketId} (${language}): ${text}`;
  }
  // Drawn from the demo tickets, so simulated traffic has their mix of everyday questions and hard cases.
  const template = demoIntake(pick(demo));
  const created = await client.createTicket({
    ...template,
    customer: { ...template.customer, id: `${template.customer.id}-sim${sent}` },
  });
  if (!created.ok) throw new Error(created.error.message);
  posted.push(created.value.ticket.id);
  return `ticket  ${created.value.ticket.id}: ${template.subject}`;
}

onShutdown(async () => {
  stopped = true;
});
process.stderr.write(`Simulating ${perMinute} events per minute against ${client.url}\n`);
while (!stopped && sent < limit) {
  try {
    process.stdout.write(`${await postOne()}\n`);
  } catch (error) {
    process.stderr.write(`Could not post: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  sent++;
  if (sent < limit) await new Promise((r) => setTimeout(r, 60_000 / perMinute));
}
process.stderr.write(`Posted ${sent} events.\n`);
