import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitFor } from './child-process.js';
import type { Stack } from './switchboard-stack.js';

/** The fields of an AI escalation decision a test chooses; the rest are filled in. */
export interface EscalationFields {
  language: string | null;
  intent: string | null;
  code: string;
  detail: string;
  summary: string;
  draft?: string | null;
  toolResults?: unknown[];
  /** The queue it is escalated to (default cards, a queue of the first demo tenant). */
  ownerQueue?: string;
}

/**
 * Posts a ticket and escalates it as an AI worker holding its claim would (an `ai_decision` pushed with the
 * autopilot token), so a browser test gets exactly the decision it needs without running an engine.
 */
export async function escalateAsAi(
  stack: Stack,
  worker: string,
  ticket: { subject: string; text: string },
  fields: EscalationFields,
): Promise<string> {
  const posted = await stack.postTicket(ticket.subject, ticket.text);
  await escalateTicketAsAi(stack, worker, posted.ticket.id, fields);
  return posted.ticket.id;
}

/** Escalates a new ticket already in the queue (one a channel made) as escalateAsAi does. */
export async function escalateTicketAsAi(
  stack: Pick<Stack, 'claimAs' | 'pushAs'>,
  worker: string,
  id: string,
  fields: EscalationFields,
): Promise<void> {
  const claimed = await stack.claimAs(worker);
  expect(claimed.claims.map((c) => c.ticket.id)).toContain(id);
  const decision = {
    action: 'escalate',
    language: fields.language,
    intent: fields.intent,
    confidence: null,
    ownerQueue: fields.ownerQueue ?? 'cards',
    escalation: { code: fields.code, ruleId: 'catch-all', detail: fields.detail },
    draft: fields.draft ?? null,
    summary: fields.summary,
    engine: 'openai',
    latencyMs: 5,
    ...(fields.toolResults ? { toolResults: fields.toolResults } : {}),
  };
  const mutation = {
    id: 1,
    type: 'ai_decision',
    ticketId: id,
    createdAt: new Date().toISOString(),
    messageId: `${worker}-decision`,
    decision,
  };
  const pushed = await stack.pushAs(worker, [mutation], 'autopilot');
  expect(pushed.results[0]?.status).toBe('applied');
}

/** The test id of the element that has the focus (or of its nearest ancestor with one), else its tag name. */
export function activeTestId(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ??
      document.activeElement?.tagName ??
      null,
  );
}

/** Waits until the console page says it is connected to the queue. */
export async function waitOnline(page: Page, timeoutMs = 20_000): Promise<void> {
  await page.getByTestId('connection-status').and(page.locator('[data-online="true"]')).waitFor({ timeout: timeoutMs });
}

/** A new page on the console at `url`, connected to the queue. */
export async function openConsole(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await waitOnline(page);
  return page;
}

/**
 * Waits for the open ticket's view to show the loaded ticket. The view appears as soon as the row is chosen,
 * before the ticket is fetched, and a ticket action (t, a, s...) asked for before then does nothing.
 */
async function waitForLoadedTicket(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="ticket-view"][data-ticket-id="${id}"] [data-testid="ticket-status"]`).waitFor();
}

/** Finds a ticket through the review tab's search (asked again until it is in the cache) and opens it, loaded. */
export async function openFromReview(page: Page, id: string, timeoutMs = 15_000): Promise<void> {
  await page.getByTestId('nav-review').click();
  const row = page.locator(`[data-testid="review-item"][data-ticket-id="${id}"]`);
  await waitFor(
    async () => {
      await page.getByTestId('review-submit').click();
      return (await row.count()) > 0;
    },
    timeoutMs,
    'the ticket in the review list',
  );
  await row.click();
  await waitForLoadedTicket(page, id);
}

/** Clicks the ticket's inbox row and waits for its view with the ticket loaded. */
export async function openFromInbox(page: Page, id: string): Promise<void> {
  const row = page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`);
  await row.waitFor({ timeout: 20_000 });
  await row.click();
  await waitForLoadedTicket(page, id);
}

/**
 * Lets the focus moves the console schedules (after a zero timeout, then retaking the focus over a few animation
 * frames) run their course before the focus is checked: checked any earlier, a move that wrongly pulls the focus
 * away could still be to come.
 */
export const scheduledFocusMovesDone = (page: Page): Promise<void> =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(() => {
          let frames = 5;
          const next = () => (--frames <= 0 ? resolve() : requestAnimationFrame(next));
          requestAnimationFrame(next);
        }, 0);
      }),
  );
