import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { MutationSchema } from '../../shared/api/mutations.js';
import { WEEKDAYS } from '../../shared/sla/local-calendar.js';
import { BusinessHoursSchema } from '../../shared/sla/business-hours.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { launchChromium } from '../helpers/browser.js';
import { waitFor } from '../helpers/child-process.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';
import { startTestQueue, type TestQueue } from '../helpers/queue-server.js';
import { saveSetting } from '../helpers/queue-tenant-settings.js';
import { startWidgetHostPages, type WidgetHostPages } from '../helpers/widget-host-page.js';
import { saveWidgetSetting, testWidget } from '../helpers/widget-settings.js';

/** A visitor's conversation in one language: what they write, what the AI and the agent answer. */
interface Visitor {
  readonly language: 'ar' | 'ja';
  readonly timeZone: string;
  readonly dir: 'rtl' | 'ltr';
  readonly greeting: string;
  readonly question: string;
  readonly aiAnswer: string;
  readonly askForPerson: string;
  readonly agentReply: string;
  readonly agentClosing: string;
}

const VISITORS: readonly Visitor[] = [
  {
    language: 'ar',
    timeZone: 'Asia/Riyadh',
    dir: 'rtl',
    greeting: 'مرحبًا! كيف يمكننا مساعدتك؟',
    question: 'أين طلبي؟ رقمه W2403075.',
    aiAnswer: 'طلبك في الطريق وسيصل غدًا.',
    askForPerson: 'أريد التحدث إلى شخص من فضلك.',
    agentReply: 'مرحبًا، أنا مايا. سأتحقق من طلبك الآن.',
    agentClosing: 'تم تحديث عنوان التوصيل. شكرًا لك!',
  },
  {
    language: 'ja',
    timeZone: 'Asia/Tokyo',
    dir: 'ltr',
    greeting: 'こんにちは！ご用件をどうぞ。',
    question: '注文 W2403075 はどこですか？',
    aiAnswer: 'ご注文は発送済みで、明日届く予定です。',
    askForPerson: '担当者と話したいです。',
    agentReply: '担当のマヤです。ご注文を確認します。',
    agentClosing: 'お届け先を更新しました。ありがとうございました。',
  },
];

const WIDGET_ID = 'website';
const OWNER_QUEUE = 'cards';
const HOST = 'switchboard-chat';

const PUBLIC_KEY = 'pk_LanguagesWidget0001';

/** The next opening of the owner queue: 09:00 UTC the day after tomorrow, its only hours of the week. */
const now = new Date();
const OPENS_AT = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 2, 9));

/** Open only on the weekday of OPENS_AT (WEEKDAYS starts on Monday, getUTCDay on Sunday). */
const CLOSED_NOW_HOURS = BusinessHoursSchema.parse({
  timeZone: 'UTC',
  weekly: { [WEEKDAYS[(OPENS_AT.getUTCDay() + 6) % 7] ?? 'monday']: [{ opens: '09:00', closes: '17:00' }] },
});

/** The AI worker and the agent, pushing their changes as a console and an autopilot would. */
class TicketWorkers {
  private mutationId = 0;
  constructor(
    private readonly queue: TestQueue,
    private readonly client: string,
  ) {}

  /** Claims the visitor's ticket once it waits for the AI. */
  claim(ticketId: string): Promise<true> {
    return waitFor(
      async () => {
        const claimed = await this.queue.call<{ claims: Array<{ ticket: { id: string } }> }>('POST', '/v1/claims', {
          token: this.queue.tokens.autopilot,
          body: { workerId: `${this.client}-autopilot`, limit: 10, leaseMs: 60_000 },
        });
        return claimed.body.claims.some((claim) => claim.ticket.id === ticketId) || null;
      },
      15_000,
      `the claim of ${ticketId}`,
    );
  }

  async decide(ticketId: string, decision: Record<string, unknown>): Promise<void> {
    await this.claim(ticketId);
    const common = { language: null, intent: null, confidence: null, summary: null, engine: 'builtin', latencyMs: 5 };
    await this.pushAs('autopilot', { type: 'ai_decision', ticketId, decision: { ...common, ...decision } });
  }

  reply(ticketId: string, text: string, resolve: boolean): Promise<void> {
    return this.pushAs('agent', { type: 'agent_reply', ticketId, agentName: 'Maya', text, resolve });
  }

  private async pushAs(role: 'agent' | 'autopilot', mutation: Record<string, unknown>): Promise<void> {
    this.mutationId += 1;
    const id = this.mutationId;
    const pushed = await this.queue.push(
      `${this.client}-${role}`,
      [
        MutationSchema.parse({
          id,
          createdAt: new Date().toISOString(),
          messageId: `${this.client}-${id}`,
          ...mutation,
        }),
      ],
      this.queue.tokens[role],
    );
    expect(pushed.results[0]?.status, JSON.stringify(pushed.results[0])).toBe('applied');
  }
}

/** The widget's elements that stick out of the panel, or the panel out of the window: each named. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    const panel = root?.querySelector('.panel');
    if (!root || !panel) return ['no panel'];
    const box = panel.getBoundingClientRect();
    const out: string[] = [];
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight) out.push('panel');
    for (const element of panel.querySelectorAll('*')) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || element.closest('.visually-hidden, .hint')) continue;
      if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5)
        out.push(`${element.tagName.toLowerCase()}.${element.className}`);
    }
    const body = panel.querySelector('.body');
    if (body && body.scrollWidth > body.clientWidth) out.push('.body scrolls sideways');
    return out;
  }, HOST);
}

/** The shadow root's element that has the focus: its id, else its class. */
function focusedInWidget(page: Page): Promise<string | null> {
  return page.evaluate((host) => {
    const active = document.querySelector(host)?.shadowRoot?.activeElement;
    return active ? active.id || active.className : null;
  }, HOST);
}

/**
 * A host page that styles everything its own way, !important included (through CSSOM, which its CSP allows): none of
 * it may reach inside the widget's shadow root.
 */
function adoptHostileHostStyles(page: Page): Promise<void> {
  return page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { font-size: 40px !important; color: red !important; } button { background: #ff00ff !important; } ' +
        'html, body { font: 30px serif !important; line-height: 3 !important; direction: rtl; }',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
}

/** Every Content-Security-Policy violation the page reports (the host page's policy allows no inline style). */
async function watchCspViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportWidgetCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportWidgetCspViolation: (text: string) => void })
        .reportWidgetCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return seen;
}

/**
 * The chat widget in Arabic and Japanese, as a visitor whose browser speaks the language sees it, on a shop page of
 * another origin than the queue under a strict Content-Security-Policy: a real queue (SQLite, HTTP on 127.0.0.1),
 * the AI's and the agent's answers pushed as an autopilot and a console push them. Screenshots in docs/screenshots/.
 */
describe('the chat widget in Arabic and Japanese, on another origin, in Chromium', () => {
  let queue: TestQueue;
  let pages: WidgetHostPages;
  let browser: Browser;
  /** The tickets of the visitors before this one (the queue lists every visitor's). */
  const ticketsSeen = new Set<string>();

  beforeAll(async () => {
    queue = await startTestQueue();
    const admin = new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin });
    await saveSetting(admin, 'queue', OWNER_QUEUE, { name: 'Cards' });
    await saveSetting(admin, 'sla_policy', OWNER_QUEUE, {
      queueId: OWNER_QUEUE,
      businessHours: CLOSED_NOW_HOURS,
      targets: {
        standard: { firstReplyMinutes: 120, resolutionMinutes: 480 },
        premium: { firstReplyMinutes: 60, resolutionMinutes: 240 },
        vip: { firstReplyMinutes: 30, resolutionMinutes: 120 },
      },
    });
    pages = await startWidgetHostPages({ queueUrl: queue.url, tenantId: queue.tenantId, publicKey: PUBLIC_KEY });
    const widget = testWidget({
      queueId: OWNER_QUEUE,
      allowedOrigins: [pages.allowed.origin],
      publicKey: PUBLIC_KEY,
      title: 'Northwind Pay',
      greeting: Object.fromEntries(VISITORS.map((visitor) => [visitor.language, visitor.greeting])),
    });
    await saveWidgetSetting(queue.url, queue.tokens.admin, WIDGET_ID, widget);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.stop();
    await queue?.close();
  });

  for (const visitor of VISITORS) {
    it(`${visitor.language}: greets, answers, hands over with the next opening, shows the agent live, keeps the conversation over a reload and takes a rating; axe clean, nothing overflows`, async () => {
      const context = await browser.newContext({
        locale: visitor.language,
        timezoneId: visitor.timeZone,
        viewport: { width: 1280, height: 800 },
        reducedMotion: 'reduce',
      });
      const workers = new TicketWorkers(queue, `widget-${visitor.language}`);
      try {
        const page = await context.newPage();
        const violations = await watchCspViolations(page);
        await page.goto(pages.allowed.url);
        await adoptHostileHostStyles(page);
        const widget = page.locator(HOST);
        const launcher = widget.locator('button.launcher');
        await launcher.click();

        // The panel: the visitor's language and direction, the tenant's greeting in it, the focus in the input.
        await widget.locator('.panel').waitFor();
        expect(await widget.locator('.root').getAttribute('dir')).toBe(visitor.dir);
        expect(await widget.locator('.root').getAttribute('lang')).toBe(visitor.language);
        expect(await widget.locator('.greeting').textContent()).toBe(visitor.greeting);
        expect(await focusedInWidget(page)).toBe('message');
        // The host page's styles stay outside: its fonts, colours and button looks do not reach the widget.
        const send = widget.locator('.composer button');
        expect(await send.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(21, 101, 192)');
        expect(await widget.locator('.greeting').evaluate((line) => getComputedStyle(line).fontSize)).toBe('15px');
        await page.evaluate(() => (document.adoptedStyleSheets = []));

        // The visitor asks; the typing indicator shows while the AI decides; its answer shows without a reload.
        await page.keyboard.type(visitor.question);
        await page.keyboard.press('Enter');
        const ownQuestion = widget.locator('li.message.customer', { hasText: visitor.question });
        await expect.poll(() => ownQuestion.getAttribute('class')).toBe('message customer');
        const ticketId = await waitFor(
          async () =>
            (await queue.call<{ tickets: Array<{ id: string }> }>('GET', '/v1/tickets')).body.tickets.find(
              (ticket) => !ticketsSeen.has(ticket.id),
            )?.id,
          10_000,
          'the visitor ticket',
        );
        ticketsSeen.add(ticketId);
        const typing = widget.locator('.typing');
        await typing.waitFor();
        await workers.decide(ticketId, { action: 'resolve', reply: visitor.aiAnswer });
        await widget.locator('li.message.ai', { hasText: visitor.aiAnswer }).waitFor();
        await typing.waitFor({ state: 'hidden' });
        expect(await seriousViolations(page)).toEqual([]);
        expect(await overflowing(page)).toEqual([]);

        // Asking for a person: the AI hands over; the notice says a person answers and when the queue opens next.
        await page.keyboard.type(visitor.askForPerson);
        await page.keyboard.press('Enter');
        await widget.locator('li.message.customer', { hasText: visitor.askForPerson }).waitFor();
        await workers.decide(ticketId, {
          action: 'escalate',
          ownerQueue: OWNER_QUEUE,
          escalation: { code: 'human_requested', ruleId: 'catch-all', detail: 'The customer asked for a person.' },
          draft: null,
        });
        const handoff = widget.locator('.handoff');
        await handoff.waitFor();
        const weekday = new Intl.DateTimeFormat(visitor.language, { weekday: 'long', timeZone: visitor.timeZone });
        expect(await handoff.locator('p').textContent()).toContain(weekday.format(OPENS_AT));

        // The agent answers: the reply appears live, and is announced to screen readers.
        await workers.reply(ticketId, visitor.agentReply, false);
        await widget.locator('li.message.agent', { hasText: visitor.agentReply }).waitFor();
        await expect.poll(() => widget.locator('[aria-live="polite"]').textContent()).toContain(visitor.agentReply);
        expect(await seriousViolations(page)).toEqual([]);
        expect(await overflowing(page)).toEqual([]);
        await page.screenshot({ path: screenshotPath(`chat-widget-${visitor.language}-1280.png`) });

        // Right to left: the visitor's own messages sit on the left in Arabic, on the right in Japanese.
        const ownBox = await ownQuestion.boundingBox();
        const aiBox = await widget.locator('li.message.ai').boundingBox();
        expect(ownBox && aiBox && (visitor.dir === 'rtl' ? ownBox.x < aiBox.x : ownBox.x > aiBox.x)).toBe(true);

        // Esc closes the panel and gives the focus back to the launcher.
        await page.keyboard.press('Escape');
        await widget.locator('.panel').waitFor({ state: 'hidden' });
        expect(await focusedInWidget(page)).toBe('launcher');

        // A reload resumes the conversation from the kept session.
        await page.reload();
        await widget.locator('button.launcher').click();
        await widget.locator('li.message.agent', { hasText: visitor.agentReply }).waitFor();
        expect(await widget.locator('li.message').count()).toBe(4);

        // Resolved by the agent: the rating prompt, its error on the group, then the thanks.
        await workers.reply(ticketId, visitor.agentClosing, true);
        const rating = widget.locator('form.rating');
        await rating.waitFor();
        expect(await seriousViolations(page)).toEqual([]);
        await rating.locator('button[type="submit"]').click();
        await expect.poll(() => rating.locator('.error').textContent()).not.toBe('');
        await rating.locator('input[value="5"]').check();
        await rating.locator('textarea').fill(visitor.agentReply);
        await rating.locator('button[type="submit"]').click();
        await rating.waitFor({ state: 'detached' });
        const ticket = await queue.call<{ ticket: { csat: { score: number } | null } }>(
          'GET',
          `/v1/tickets/${ticketId}`,
        );
        expect(ticket.body.ticket.csat?.score).toBe(5);
        expect(violations).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('on a page whose origin the widget does not allow: no launcher, one warning for the developer', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning' && message.text().includes('Switchboard')) warnings.push(message.text());
      });
      await page.goto(pages.disallowed.url);
      await expect.poll(() => warnings.length).toBe(1);
      expect(warnings[0]).toContain('origin');
      expect(await page.locator(HOST).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
