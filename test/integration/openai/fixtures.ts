import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { OpenAiEngine, type OpenAiEngineOptions } from '../../../engine/openai/index.js';
import { startToolTenant, type ToolTenant } from '../../../evals/tau/tool-tenant.js';
import { testMessage, testTicket } from '../../helpers/tickets.js';

export const CUSTOMER_EMAIL = 'aarav.davis1165@example.com';
export const RESOURCES_DIR = join(import.meta.dirname, '../../../resources');
/** The seed tenant with the τ-bench retail tool backend. */
export const TOOLS_TENANT = 'retail';

/** Retries quick enough for a test: two more tries, 10 to 40 ms apart. */
export const QUICK_RETRIES = { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 };

/** A scripted server at `baseURL` as the model's endpoint: gpt-4o-mini, a test key, 5 s per request, quick retries. */
export function scriptedModelEndpoint(baseURL: string): OpenAiEngineOptions {
  return { baseURL, apiKey: 'sk-test', model: 'gpt-4o-mini', timeoutMs: 5_000, retry: QUICK_RETRIES };
}

/**
 * The retail demo shop's API (examples/retail-api) on 127.0.0.1 for the test file that imports this one, with the
 * retail seed's tool_api pointed at it (started before its tests, closed after them).
 */
let shop: ToolTenant | null = null;
beforeAll(async () => {
  shop = await startToolTenant({ resourcesDir: RESOURCES_DIR, tenantId: TOOLS_TENANT });
});
afterAll(async () => {
  await shop?.close();
});

/**
 * The model engine (the real SDK) with the retail demo shop's API as its tools (through the OpenAPI tool layer)
 * against the scripted server at `baseURL`; the shop starts from the shipped data, and `store` is that data, which
 * actions change.
 */
export function scriptedOpenAiEngine(baseURL: string, over: Partial<OpenAiEngineOptions> = {}) {
  if (!shop) throw new Error('The retail shop API is not started yet (use scriptedOpenAiEngine inside a test).');
  shop.api.reset();
  const engine = new OpenAiEngine(
    { baseURL, apiKey: 'sk-test', model: 'gpt-4o-mini', timeoutMs: 2_000, retry: QUICK_RETRIES, ...over },
    shop.parts(),
  );
  return Object.assign(engine, { store: shop.api.store });
}

/** What the AI's lookup of Aarav by his email answered, as the decision carries it (his address restored). */
export const AARAV_FOUND_BY_EMAIL = {
  name: 'find_user_id_by_email',
  arguments: { email: CUSTOMER_EMAIL },
  status: 'ok',
  result: { user_id: 'aarav_davis_4756' },
  reason: null,
  truncated: false,
};

const RETAIL_TICKET_AT = '2026-11-20T10:00:00.000Z';

/** Aarav's email about his order to the retail tenant (id t-retail-1); any field can be set. */
export function retailTicket(fields: Partial<Ticket> = {}): Ticket {
  return testTicket({
    id: 't-retail-1',
    tenantId: 'retail',
    subject: 'My order',
    channel: 'email',
    customer: { id: 'c-aarav', name: 'Aarav Davis', email: CUSTOMER_EMAIL, tier: 'standard' },
    at: RETAIL_TICKET_AT,
    ...fields,
  });
}

/** A message on ticket t-retail-1 by `author`. */
export function msg(author: Message['author'], text: string, kind: Message['kind'] = 'reply'): Message {
  return testMessage('t-retail-1', text, { author, kind, createdAt: RETAIL_TICKET_AT });
}

export function decisionJson(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    action: 'resolve',
    reply: 'Thank you for your message.',
    summary: { wants: 'An answer.', tried: 'Answered.', missing: '' },
    intent: 'order_status',
    language: 'en',
    citations: [],
    confidence: 0.9,
    escalation_reason: null,
    customer_asked_for_human: false,
    ...over,
  };
}
