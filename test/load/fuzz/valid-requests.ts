import type { ENDPOINTS } from '../../../server/api-spec.js';
import { MAX_HANDLE_SECONDS, MAX_MUTATION_ID, MAX_TICKET_VERSION } from '../../../shared/api/mutations.js';
import { MAX_TOOL_JSON_DEPTH } from '../../../shared/domain/ai-tool-results.js';
import {
  MAX_COST_USD_PER_DECISION,
  MAX_DECISION_LATENCY_MS,
  MAX_MODEL_CALLS_PER_DECISION,
  MAX_TOKENS_PER_DECISION,
} from '../../../shared/domain/decision.js';
import { acceptedHostileText, deepNesting, hostileNumber, refusedText } from './hostile-values.js';
import type { Prng } from './prng.js';
import type { FuzzJson } from './raw-json.js';
import type { FuzzWorld } from './fuzz-world.js';

export type EndpointName = keyof typeof ENDPOINTS;

/** The parts of one request that pass the endpoint's schema when left alone. */
export interface ValidRequest {
  params?: Record<string, string>;
  query?: Record<string, FuzzJson>;
  body?: FuzzJson;
}

/**
 * The client ids a sender pushes and claims under: its own, so its pushes are not refused as another
 * token's (a client id belongs to the token that used it first) and its claims and decisions meet.
 */
function ownIds(kind: 'client' | 'worker', sender: string): string[] {
  const slug = sender.replace(/\W+/g, '-');
  return [`fuzz-${kind}-${slug}-1`, `fuzz-${kind}-${slug}-2`];
}
const workerIds = (sender: string): string[] => ownIds('worker', sender);
const STATUSES = ['new', 'ai_resolved', 'escalated', 'pending', 'resolved'] as const;
const TIERS = ['standard', 'premium', 'vip'] as const;
const SENTENCES: readonly string[] = [
  'My card was declined at checkout, can you help?',
  'I was charged twice for one payment.',
  'Where is my new card? I ordered it two weeks ago.',
  'Please close my account.',
  'Ich habe eine Frage zu meiner Überweisung.',
];
/** A fixed instant, so a replayed seed sends the same bytes. */
const CREATED_AT = '2026-03-01T10:00:00.000Z';

/** Hostile text that fits the field: mostly well-formed (it reaches the store), now and then malformed (the edge must refuse it). */
function hostileText(prng: Prng, maxLength: number): string {
  return prng.chance(0.96) ? acceptedHostileText(prng, maxLength) : refusedText(prng, maxLength);
}

/** Ordinary text most of the time, hostile text that still fits the field otherwise. */
function text(prng: Prng, maxLength: number): string {
  return prng.chance(0.55) ? prng.pick(SENTENCES).slice(0, maxLength) : hostileText(prng, maxLength);
}

function ticketId(prng: Prng, world: FuzzWorld): string {
  return prng.weighted<() => string>([
    [world.tickets.length > 0 ? 20 : 0, () => prng.pick(world.tickets)],
    [world.decided.length > 0 ? 10 : 0, () => prng.pick(world.decided)],
    [world.foreignTickets.length > 0 ? 2 : 0, () => prng.pick(world.foreignTickets)],
    [1, () => 'tkt_00000000-0000-4000-8000-000000000000'],
    [1, () => hostileText(prng, 100)],
  ])();
}

function messageId(prng: Prng, world: FuzzWorld): string {
  if (world.messageIds.length > 0 && prng.chance(0.1)) return prng.pick(world.messageIds);
  return prng.chance(0.8) ? `fuzz-msg-${prng.int(0, 2 ** 31)}` : hostileText(prng, 100);
}

/** Mostly the client's next id; sometimes one far ahead (2^53-1 ends the client's ids) or one it used already. */
function mutationId(prng: Prng, world: FuzzWorld, clientId: string): number {
  return prng.weighted<() => number>([
    [16, () => world.nextMutationId(clientId)],
    [0.5, () => MAX_MUTATION_ID],
    [0.5, () => prng.int(1, 2 ** 40)],
    [2, () => prng.int(1, 50)],
  ])();
}

/** A number a `z.number().nonnegative()` field without a bound accepts, often absurdly large. */
function unboundedButValid(prng: Prng): number {
  return prng.pick([0, 0.002, 1.5, 1e6, 1e308, 1.7e308, Number.MAX_VALUE, Number.MIN_VALUE]);
}

/** A number in [0, max], often the bound itself; now and then one past it, up to what a double barely holds (to be refused). */
function boundedNumber(prng: Prng, max: number, integer: boolean): number {
  return prng.weighted<() => number>([
    [3, () => max],
    [3, () => (integer ? prng.int(0, Math.min(max, 1_000)) : prng.next() * max)],
    [1, () => 0],
    [integer ? 0 : 1, () => Number.MIN_VALUE],
    [0.5, () => prng.pick([max + 1, 1e308, 1.7e308, Number.MAX_VALUE])],
  ])();
}

function toolResult(prng: Prng): FuzzJson {
  const result = prng.weighted<() => FuzzJson>([
    [3, () => ({ balance: 12.5, currency: hostileText(prng, 20) })],
    // Arrays: two bytes a level, so even 2,000 levels fit the 4 KB a tool result may take. The deepest one allowed, one more, far more.
    [
      5,
      () =>
        deepNesting(
          prng,
          prng.weighted([
            [3, MAX_TOOL_JSON_DEPTH],
            [1, 10],
            [1, MAX_TOOL_JSON_DEPTH + 1],
            [1, 1_600],
          ]),
          'array',
        ),
    ],
    [1, () => hostileNumber(prng)],
    [1, () => hostileText(prng, 3_000)],
    [1, () => null],
  ])();
  return {
    name: prng.chance(0.8) ? 'lookup_customer' : hostileText(prng, 100),
    arguments: { customerId: text(prng, 100) },
    status: prng.pick(['ok', 'refused', 'failed']),
    result,
    reason: prng.chance(0.5) ? null : text(prng, 1_000),
    truncated: prng.chance(0.1),
  };
}

function aiDecision(prng: Prng): FuzzJson {
  const common = {
    language: prng.chance(0.8) ? 'en' : hostileText(prng, 10),
    intent: prng.chance(0.8) ? 'card_arrival' : null,
    confidence: prng.chance(0.9) ? prng.next() : prng.pick([0, 1, Number.MIN_VALUE]),
    summary: prng.chance(0.5) ? null : text(prng, 500),
    engine: prng.pick(['builtin', 'openai']),
    latencyMs: boundedNumber(prng, MAX_DECISION_LATENCY_MS, false),
    ...(prng.chance(0.7)
      ? {
          usage: {
            model: text(prng, 50),
            calls: boundedNumber(prng, MAX_MODEL_CALLS_PER_DECISION, true),
            promptTokens: boundedNumber(prng, MAX_TOKENS_PER_DECISION, true),
            completionTokens: boundedNumber(prng, MAX_TOKENS_PER_DECISION, true),
            costUsd: boundedNumber(prng, MAX_COST_USD_PER_DECISION, false),
          },
        }
      : {}),
    ...(prng.chance(0.5) ? { toolResults: Array.from({ length: prng.int(1, 3) }, () => toolResult(prng)) } : {}),
  };
  return prng.chance(0.5)
    ? { action: 'resolve', ...common, reply: text(prng, 2_000) }
    : {
        action: 'escalate',
        ...common,
        ownerQueue: prng.chance(0.8) ? 'general' : hostileText(prng, 50),
        escalation: {
          code: prng.pick(['low_confidence', 'no_answer', 'complaint']),
          ruleId: 'catch-all',
          detail: text(prng, 2_000),
        },
        draft: prng.chance(0.5) ? null : text(prng, 2_000),
      };
}

type MutationType =
  'agent_reply' | 'note' | 'reassign' | 'assign' | 'snooze' | 'handback' | 'review' | 'reopen' | 'handle_time';
const HUMAN_MUTATIONS: readonly MutationType[] = [
  'agent_reply',
  'note',
  'reassign',
  'assign',
  'snooze',
  'handback',
  'review',
  'reopen',
  'handle_time',
];

function humanMutation(prng: Prng, world: FuzzWorld, clientId: string, type: MutationType, ticket: string): FuzzJson {
  const base = { id: mutationId(prng, world, clientId), ticketId: ticket, createdAt: CREATED_AT, type };
  const agentName = prng.chance(0.7) ? 'Ana' : hostileText(prng, 200);
  const baseVersion: { [key: string]: FuzzJson } = prng.chance(0.3)
    ? { baseVersion: prng.pick([0, 1, 2, MAX_TICKET_VERSION]) }
    : {};
  switch (type) {
    case 'agent_reply':
      return {
        ...base,
        messageId: messageId(prng, world),
        text: text(prng, 20_000),
        resolve: prng.chance(0.5),
        agentName,
        ...baseVersion,
      };
    case 'note':
      return { ...base, messageId: messageId(prng, world), text: text(prng, 20_000), agentName };
    case 'reassign':
      return {
        ...base,
        messageId: messageId(prng, world),
        ownerQueue: prng.chance(0.7) ? 'general' : hostileText(prng, 100),
        agentName,
        ...baseVersion,
      };
    case 'assign':
      return { ...base, messageId: messageId(prng, world), assignee: text(prng, 200), agentName, ...baseVersion };
    case 'snooze':
      return {
        ...base,
        messageId: messageId(prng, world),
        until: prng.chance(0.7) ? '2030-01-01T00:00:00Z' : null,
        agentName,
      };
    case 'handback':
      return { ...base, messageId: messageId(prng, world), agentName, ...baseVersion };
    case 'review':
      return { ...base, verdict: 'flag', reason: text(prng, 2_000), reviewerName: agentName };
    case 'reopen':
      return {
        ...base,
        messageId: messageId(prng, world),
        reason: text(prng, 2_000),
        agentName,
        ...(prng.chance(0.5) ? { ownerQueue: 'general' } : {}),
      };
    case 'handle_time':
      return {
        ...base,
        seconds: prng.pick([1, 60, MAX_HANDLE_SECONDS, MAX_HANDLE_SECONDS + 1, Number.MIN_VALUE]),
        agentName,
      };
  }
}

/** Sequences on one ticket that a role check of each mutation alone would let through, or that make costs add up. */
const SEQUENCES: readonly (readonly MutationType[])[] = [
  ['agent_reply', 'reopen'], // resolve it as an agent first, then reopen what the AI resolved
  ['handback'], // the AI decides the ticket again, and its costs add up
  ['assign', 'handback'],
];

/**
 * A push: a worker's AI decisions on tickets it claimed (mostly the sender's own workers), or human
 * mutations under a client id that is often another console's: random ones, or a sequence on one ticket
 * the AI already decided.
 */
function push(prng: Prng, world: FuzzWorld, sender: string): FuzzJson {
  const own = workerIds(sender);
  const holding = [...world.claims.entries()].filter(
    ([workerId, tickets]) => tickets.length > 0 && (own.includes(workerId) || prng.chance(0.2)),
  );
  if (holding.length > 0 && prng.chance(sender === 'autopilot' ? 0.8 : 0.3)) {
    const [workerId, tickets] = prng.pick(holding);
    // A worker's own ids only go up: one that jumped to 2^53-1 would make every later decision of it a duplicate.
    const mutations = Array.from({ length: prng.int(1, 2) }, () => ({
      id: world.nextMutationId(workerId),
      ticketId: prng.pick(tickets),
      createdAt: CREATED_AT,
      type: 'ai_decision',
      messageId: messageId(prng, world),
      decision: aiDecision(prng),
    }));
    return { clientId: workerId, mutations };
  }
  // Its own client id mostly; a real console's, another sender's worker or hostile text as attacks.
  const clientId = prng.weighted<() => string>([
    [6, () => prng.pick(ownIds('client', sender))],
    [world.consoleClientIds.length > 0 ? 2 : 0, () => prng.pick(world.consoleClientIds)],
    [1, () => prng.pick([...world.claims.keys(), ...own])],
    [1, () => hostileText(prng, 100)],
  ])();
  if (world.decided.length > 0 && prng.chance(0.3)) {
    const ticket = prng.pick(world.decided);
    return {
      clientId,
      mutations: prng.pick(SEQUENCES).map((type) => humanMutation(prng, world, clientId, type, ticket)),
    };
  }
  const sameTicket = prng.chance(0.5) ? ticketId(prng, world) : null;
  const mutations = Array.from({ length: prng.int(1, 3) }, () =>
    humanMutation(prng, world, clientId, prng.pick(HUMAN_MUTATIONS), sameTicket ?? ticketId(prng, world)),
  );
  return { clientId, mutations };
}

function intake(prng: Prng): { [key: string]: FuzzJson } {
  return {
    subject: text(prng, 300),
    customer: {
      id: prng.chance(0.7) ? `cus_${prng.int(1, 50)}` : hostileText(prng, 200),
      name: text(prng, 200),
      ...(prng.chance(0.5) ? { email: prng.chance(0.7) ? 'ada@example.com' : hostileText(prng, 320) } : {}),
      ...(prng.chance(0.5) ? { tier: prng.pick(TIERS) } : {}),
      ...(prng.chance(0.3) ? { market: hostileText(prng, 10) } : {}),
    },
    channel: prng.chance(0.7) ? 'email' : hostileText(prng, 50),
    text: text(prng, 20_000),
  };
}

function rules(prng: Prng, world: FuzzWorld): FuzzJson {
  const keywordRule = {
    id: text(prng, 50),
    ownerQueue: 'payments',
    escalate: true,
    when: {
      keywords: [text(prng, 50)],
      ...(prng.chance(0.5) ? { minAmount: unboundedButValid(prng) } : {}),
      ...(prng.chance(0.3) ? { minConfidence: prng.next() } : {}),
    },
  };
  return {
    rules: [keywordRule, { id: 'catch-all', ownerQueue: 'general', when: {} }],
    baseVersion: prng.chance(0.8) ? world.rulesVersion : prng.int(0, 5),
  };
}

/** A setting of a few kinds with hostile text where text may go; a small id set, so saves meet versions and conflicts. */
function setting(prng: Prng): { params: Record<string, string>; value: FuzzJson } {
  const id = `fuzz-${prng.int(1, 5)}`;
  return prng.pick([
    () => ({ params: { kind: 'macro', id }, value: { name: text(prng, 200), text: text(prng, 20_000) } }),
    () => ({ params: { kind: 'tag', id }, value: { name: text(prng, 100), color: '#336699' } }),
    () => ({
      params: { kind: 'article', id },
      value: {
        status: prng.pick(['draft', 'published']),
        intents: ['card_arrival'],
        versions: { [prng.pick(['en', 'de', 'ja'])]: { title: text(prng, 300), body: text(prng, 20_000) } },
      },
    }),
  ])();
}

function anyWorker(prng: Prng, world: FuzzWorld, sender: string): string {
  return prng.chance(0.85)
    ? prng.pick(workerIds(sender))
    : prng.pick([...world.consoleClientIds, ...world.claims.keys(), hostileText(prng, 100)]);
}

function claimedTicket(prng: Prng, world: FuzzWorld, sender: string): { workerId: string; ticketId: string } {
  const own = workerIds(sender);
  const holding = [...world.claims.entries()].filter(
    ([workerId, tickets]) => tickets.length > 0 && (own.includes(workerId) || prng.chance(0.2)),
  );
  if (holding.length === 0 || prng.chance(0.2))
    return { workerId: anyWorker(prng, world, sender), ticketId: ticketId(prng, world) };
  const [workerId, tickets] = prng.pick(holding);
  return { workerId, ticketId: prng.pick(tickets) };
}

const none = (): ValidRequest => ({});

/**
 * One builder per endpoint of the API: a request its schema accepts, with hostile text where text may go.
 * `sender` names who sends it (claims and decisions use worker ids of their own).
 */
export const VALID_REQUESTS: Record<EndpointName, (prng: Prng, world: FuzzWorld, sender: string) => ValidRequest> = {
  intake: (prng) => ({ body: intake(prng) }),
  intakeBatch: (prng) => ({
    body: {
      tickets: Array.from({ length: prng.int(1, 3) }, () => ({
        ...intake(prng),
        ...(prng.chance(0.5) ? { idempotencyKey: `fuzz-${prng.int(0, 200)}` } : {}),
      })),
    },
  }),
  customerReply: (prng, world) => ({ params: { id: ticketId(prng, world) }, body: { text: text(prng, 20_000) } }),
  rating: (prng, world) => ({
    params: { id: ticketId(prng, world) },
    body: { score: prng.int(1, 5), ...(prng.chance(0.5) ? { comment: text(prng, 2_000) } : {}) },
  }),
  getTicket: (prng, world) => ({ params: { id: ticketId(prng, world) } }),
  ticketHistory: (prng, world) => ({ params: { id: ticketId(prng, world) } }),
  listTickets: (prng) => ({
    query: {
      ...(prng.chance(0.6) ? { status: prng.pick(STATUSES) } : {}),
      ...(prng.chance(0.6) ? { limit: String(prng.int(1, 1000)) } : {}),
    },
  }),
  changes: (prng, world, sender) => ({
    query: {
      since: String(prng.chance(0.5) ? 0 : prng.int(0, 3_000)),
      ...(prng.chance(0.5) ? { limit: String(prng.int(1, 5000)) } : {}),
      ...(prng.chance(0.6)
        ? {
            clientId:
              prng.chance(0.3) && world.consoleClientIds.length > 0
                ? prng.pick(world.consoleClientIds)
                : prng.pick(ownIds('client', sender)),
          }
        : {}),
    },
  }),
  mutations: (prng, world, sender) => ({ body: push(prng, world, sender) }),
  claim: (prng, world, sender) => ({
    body: {
      workerId: anyWorker(prng, world, sender),
      ...(prng.chance(0.7) ? { limit: prng.int(1, 3) } : {}),
      ...(prng.chance(0.7) ? { leaseMs: prng.pick([1_000, 60_000, 600_000]) } : {}),
    },
  }),
  renewClaim: (prng, world, sender) => {
    const claimed = claimedTicket(prng, world, sender);
    return {
      params: { ticketId: claimed.ticketId },
      body: { workerId: claimed.workerId, ...(prng.chance(0.5) ? { leaseMs: 60_000 } : {}) },
    };
  },
  events: none,
  presence: (prng, world) => ({
    body: { ticketId: ticketId(prng, world), state: prng.pick(['viewing', 'typing', 'left'] as const) },
  }),
  stats: none,
  queues: none,
  getRules: none,
  saveRules: (prng, world) => ({ body: rules(prng, world) }),
  listSettings: (prng) => ({
    query: {
      ...(prng.chance(0.6) ? { after: String(prng.int(0, 50)) } : {}),
      ...(prng.chance(0.6) ? { limit: String(prng.int(1, 1000)) } : {}),
    },
  }),
  saveSetting: (prng) => {
    const { params, value } = setting(prng);
    return { params, body: { baseVersion: prng.int(0, 3), value } };
  },
  deleteSetting: (prng) => ({ params: setting(prng).params, query: { baseVersion: String(prng.int(0, 3)) } }),
  whoami: none,
  openapi: none,
  healthz: none,
  metrics: none,
  // The channel endpoints: a channel id that may not exist, hostile passwords; no runtime runs in the fuzz queue.
  putChannelCredentials: (prng) => ({
    params: { channelId: `fuzz-${prng.int(1, 3)}` },
    body: {
      imapPassword: text(prng, 1_000),
      ...(prng.chance(0.5) ? { smtpPassword: text(prng, 1_000) } : {}),
    },
  }),
  channelStatusList: none,
  channelTest: (prng) => ({ params: { channelId: `fuzz-${prng.int(1, 3)}` } }),
  deliveryRetry: (prng, world) => ({
    params: {
      id: ticketId(prng, world),
      messageId: world.messageIds.length > 0 ? prng.pick(world.messageIds) : 'msg_none',
    },
  }),
  mergeTickets: (prng, world) => ({ params: { id: ticketId(prng, world) }, body: { into: ticketId(prng, world) } }),
  undoMerge: (prng) => ({ params: { id: `mrg_fuzz${prng.int(100, 999)}` } }),
  ticketAttachment: (prng, world) => ({ params: { id: ticketId(prng, world), attachmentId: `att_${prng.int(1, 3)}` } }),
  // Webhooks and the generic channel: owners and deliveries that may not exist; an unsigned inbound post is refused.
  makeSigningSecret: (prng) => ({
    params: { kind: prng.pick(['webhook', 'channel', 'widget']), id: `fuzz-${prng.int(1, 3)}` },
  }),
  listSigningSecrets: none,
  webhookDeliveries: (prng) => ({
    params: { webhookId: `fuzz-${prng.int(1, 3)}` },
    query: { limit: prng.int(1, 200) },
  }),
  channelDeliveries: (prng) => ({ params: { channelId: `fuzz-${prng.int(1, 3)}` } }),
  redeliverWebhook: (prng) => ({ params: { deliveryId: `whd_${prng.int(1, 3)}` } }),
  // The AI's spend and health: a month at the bounds or between, hostile text in a drift report.
  aiSpend: (prng) => ({
    query: { ...(prng.chance(0.5) ? { month: prng.pick(['2000-01', '2026-12', '2100-12', '2042-07']) } : {}) },
  }),
  postAiHealth: (prng) => ({
    body: {
      kind: 'integration_drift',
      toolApiId: `fuzz-${prng.int(1, 3)}`,
      operationId: text(prng, 200),
      ticketId: `tkt_${prng.int(1, 3)}`,
      problem: text(prng, 1_000),
    },
  }),
  aiHealth: (prng) => ({
    query: {
      ...(prng.chance(0.5) ? { kind: prng.pick(['integration_drift', 'shadow_run', 'budget']) } : {}),
      ...(prng.chance(0.5) ? { limit: String(prng.int(1, 200)) } : {}),
    },
  }),
  inboundMessage: (prng, world) => ({
    params: { tenantId: prng.pick(['fuzz', 'other']), channelId: `fuzz-${prng.int(1, 3)}` },
    body: {
      conversationId: `+4930${prng.int(1000, 9999)}`,
      messageId: messageId(prng, world),
      from: { id: `+4930${prng.int(1000, 9999)}`, name: text(prng, 200) },
      text: text(prng, 10_000),
    },
  }),
  // The chat widget's endpoints: a key no widget has, no Origin and no session (each refused with its own error).
  widgetConfig: (prng) => ({
    params: { tenantId: 'payments' },
    query: { key: `pk_fuzz${prng.int(10_000_000, 99_999_999)}xxxx` },
  }),
  widgetSession: (prng) => ({
    params: { tenantId: 'payments' },
    body: { key: `pk_fuzz${prng.int(10_000_000, 99_999_999)}xxxx`, ...(prng.chance(0.5) ? { language: 'de' } : {}) },
  }),
  widgetConversation: none,
  widgetMessage: (prng) => ({ body: { clientMessageId: `fuzz-${prng.int(1, 1_000)}`, text: text(prng, 2_000) } }),
  widgetEvents: none,
  widgetRating: (prng) => ({
    body: { score: prng.int(1, 5), ...(prng.chance(0.5) ? { comment: text(prng, 1_000) } : {}) },
  }),
  widgetScript: none,
  // Signing in: unknown emails and wrong passwords (each costs a scrypt hash until the address's limit answers 429),
  // tenants without an identity provider, states and refresh tokens nobody was given; a token has no session to end.
  signInOptions: (prng) => ({ query: { tenant: text(prng, 100) } }),
  passwordSignIn: (prng) => ({
    body: { tenantId: text(prng, 100), email: `fuzz-${prng.int(1, 1_000_000)}@example.com`, password: text(prng, 256) },
  }),
  oidcStart: (prng) => ({ body: { tenantId: text(prng, 100), redirectUri: 'http://127.0.0.1:7/callback' } }),
  oidcFinish: (prng) => ({
    body: { callbackUrl: `http://127.0.0.1:7/callback?code=${prng.int(1, 1_000_000)}&state=fuzz${prng.int(1, 1e6)}` },
  }),
  refreshSession: (prng) => ({ body: { refreshToken: `sbr_fuzz${prng.int(1, 1_000_000)}` } }),
  signOut: none,
  // People and API tokens: hostile names, ids no user or token has (nobody's access changes), a password now and then
  // (each costs a scrypt hash).
  listUsers: none,
  listPeople: none,
  createUser: (prng) => ({
    body: {
      email: `fuzz-${prng.int(1, 1_000_000)}@example.com`,
      name: text(prng, 200),
      role: prng.pick(['agent', 'lead', 'admin']),
      ...(prng.chance(0.5) ? { queues: [text(prng, 100)] } : {}),
      ...(prng.chance(0.05) ? { password: 'correct horse battery staple' } : {}),
    },
  }),
  updateUser: (prng) => ({
    params: { id: `usr_fuzz${prng.int(100_000, 999_999)}` },
    body: { baseVersion: prng.int(1, 3), name: text(prng, 200), ...(prng.chance(0.3) ? { disabled: true } : {}) },
  }),
  listApiTokens: none,
  createApiToken: (prng) => ({
    body: {
      name: text(prng, 200),
      role: prng.pick(['agent', 'lead', 'autopilot', 'admin']),
      expiresInDays: prng.chance(0.5) ? null : prng.int(1, 3_650),
    },
  }),
  rotateApiToken: (prng) => ({ params: { id: `tok_fuzz${prng.int(100_000, 999_999)}` } }),
  revokeApiToken: (prng) => ({ params: { id: `tok_fuzz${prng.int(100_000, 999_999)}` } }),
};
