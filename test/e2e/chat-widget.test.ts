import { join } from 'node:path';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonFile } from '../../lib/json-file.js';
import { RESOURCES_DIR } from '../../lib/paths.js';
import { tokensOfTenant } from '../../lib/embedded-queue.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { KNOWLEDGE_BASE_FILE, KnowledgeBaseFileSchema } from '../../lib/tenant-seed/seed-files.js';
import { readShopWidget } from '../../electron/core/demo-shop/demo-shop-widget.js';
import { WIDGET_API_PREFIX, WidgetConversationSchema } from '../../shared/api/widget-contract.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { openFromInbox } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import { waitForTicketWith } from '../helpers/e2e-tickets.js';
import { startWidgetHostPages, type WidgetHostPages } from '../helpers/widget-host-page.js';

/** A question the payments demo's published article card_arrival answers (the built-in AI resolves it). */
const CARD_QUESTION = "My new card still hasn't arrived. When will it come?";
/** The first sentence of that article's English answer, as the seed publishes it. */
const CARD_ANSWER = readJsonFile(
  join(RESOURCES_DIR, 'tenants', 'payments', KNOWLEDGE_BASE_FILE),
  KnowledgeBaseFileSchema,
  'knowledge base',
).card_arrival?.en?.split('. ')[0];
const WANTS_A_PERSON = 'I want to talk to a person';
const AGENT_REPLY = 'Hello Dana, this is Alex from Northwind Pay. Your card left our warehouse on Friday.';
const AGENT_CLOSING = 'It will reach you by Wednesday; I have sent you its tracking link.';
const RATING_COMMENT = 'Quick and friendly, thank you.';

/**
 * The first must-show, end to end: a visitor on the demo shop that `npm run serve` prints ("Customer chat:")
 * chats with the real queue and the built-in autopilot; a team lead's console (its inbox is an agent's, plus the
 * dashboard) answers. One console process instead of an agent's and a lead's: the same screens, half the start-up.
 */
describe('the chat widget on the demo shop', () => {
  const e2e = consoleInBrowserPerFile({ role: 'lead' });
  let shopUrl = '';
  let shop: Page | undefined;
  let hostPages: WidgetHostPages | undefined;
  let ticketId = '';

  beforeAll(async () => {
    shopUrl = (await e2e.stack.console.waitForLine(/^Customer chat: (http\S+)/))[1] ?? '';
    shop = await e2e.browser.newPage({ locale: 'en-US' });
    await shop.goto(shopUrl);
  });
  afterAll(async () => {
    await hostPages?.stop();
  });

  const visitor = (): Page => {
    if (!shop) throw new Error('The shop page is used before the set-up opened it.');
    return shop;
  };
  const messages = () => visitor().getByRole('list', { name: 'Messages' });
  /** Types a message into the open widget and sends it with Enter; resolves with the queue's answer to it. */
  const send = async (text: string): Promise<Response> => {
    const answered = visitor().waitForResponse(
      (response) => response.url().endsWith(`${WIDGET_API_PREFIX}/messages`) && response.request().method() === 'POST',
    );
    await visitor().getByRole('textbox', { name: 'Your message' }).fill(text);
    await visitor().keyboard.press('Enter');
    return answered;
  };

  it("answers a question the published articles answer with the AI's reply, on a shop of another origin", async () => {
    const { stack } = e2e;
    expect(new URL(shopUrl).origin).not.toBe(new URL(stack.queueUrl).origin);
    await visitor().getByRole('button', { name: 'Open chat' }).click();
    const answer = await send(CARD_QUESTION);
    expect(answer.status()).toBe(201);
    ticketId = WidgetConversationSchema.parse(await answer.json()).ticketId ?? '';
    expect(CARD_ANSWER).toBeTruthy();
    await expect.poll(() => messages().innerText(), { timeout: 30_000 }).toContain(CARD_ANSWER);
    const stored = await stack.getTicket(ticketId);
    expect(stored.ticket).toMatchObject({ channel: 'chat', status: 'ai_resolved', intent: 'card_arrival' });
    expect(await seriousViolations(visitor())).toEqual([]);
    await visitor().screenshot({ path: screenshotPath('demo-shop-chat.png') });
  });

  it("says a person will answer when asked for one, and the ticket reaches the console's inbox", async () => {
    await send(WANTS_A_PERSON);
    await visitor().getByText('A person will answer you here.').waitFor({ timeout: 30_000 });
    await openFromInbox(e2e.page, ticketId);
  });

  it("shows the agent's reply without a reload, and the conversation survives a reload", async () => {
    const editor = e2e.page.getByTestId('reply-editor');
    await editor.fill(AGENT_REPLY);
    await editor.press('Control+Enter');
    await expect.poll(() => messages().innerText(), { timeout: 30_000 }).toContain(AGENT_REPLY);

    await visitor().reload();
    await visitor().getByRole('button', { name: 'Open chat' }).click();
    await expect.poll(() => messages().innerText()).toContain(AGENT_REPLY);
    const shown = await messages().innerText();
    for (const line of [CARD_QUESTION, CARD_ANSWER ?? '', WANTS_A_PERSON]) expect(shown).toContain(line);
  });

  it("asks for a rating once the agent resolves, and the rating reaches the lead's dashboard", async () => {
    const { stack, page: lead } = e2e;
    const editor = lead.getByTestId('reply-editor');
    await editor.fill(AGENT_CLOSING);
    await editor.press('Control+Shift+Enter');
    await expect.poll(() => messages().innerText(), { timeout: 30_000 }).toContain(AGENT_CLOSING);

    await visitor()
      .getByRole('radio', { name: /– Good$/ })
      .check({ timeout: 30_000 });
    await visitor().getByRole('textbox', { name: 'Comment (optional)' }).fill(RATING_COMMENT);
    await visitor().getByRole('button', { name: 'Send rating' }).click();
    await visitor().getByText('Thank you for your rating!').waitFor();
    const rated = await waitForTicketWith(stack, ticketId, { status: 'resolved', csat: { score: 4 } }, 15_000);
    expect(rated.ticket.csat?.comment).toBe(RATING_COMMENT);

    await lead.getByTestId('nav-dashboard').click();
    const humanRatings = lead.locator('[data-testid="dashboard-summary"] [data-metric="csatHumanMean"]');
    await expect.poll(() => humanRatings.getAttribute('data-value'), { timeout: 30_000 }).toBe('4');
  });

  it('shows no launcher on a page of an origin the widget does not allow: the queue answers 403', async () => {
    const { stack, browser } = e2e;
    const tenant = tokensOfTenant(stack.tokens, undefined);
    const widget = await readShopWidget(new QueueClient({ baseUrl: stack.queueUrl, token: tenant.tokens.admin }));
    if (!widget.ok || !widget.value) throw new Error('The demo tenant has no widget.');
    hostPages = await startWidgetHostPages({
      queueUrl: stack.queueUrl,
      tenantId: tenant.tenantId,
      publicKey: widget.value.value.publicKey,
    });
    expect(widget.value.value.allowedOrigins).not.toContain(hostPages.disallowed.origin);
    const page = await browser.newPage({ locale: 'en-US' });
    const config = page.waitForResponse((response) => response.url().includes(`${WIDGET_API_PREFIX}/`));
    await page.goto(hostPages.disallowed.url);
    expect((await config).status()).toBe(403);
    expect(await page.locator('switchboard-chat').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Open chat' }).count()).toBe(0);
    await page.close();
  });
});
