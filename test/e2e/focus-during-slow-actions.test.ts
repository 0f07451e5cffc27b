import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/browser.js';
import { REPO_ROOT } from '../helpers/child-process.js';
import {
  activeTestId,
  escalateAsAi,
  openConsole,
  openFromInbox,
  scheduledFocusMovesDone,
  seriousViolations,
} from '../helpers/console-page.js';
import { startStack, type Stack } from '../helpers/switchboard-stack.js';

const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/** The dialog that has the focus, by its test id (null when the focus is outside every dialog). */
const focusedDialog = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role="dialog"]')?.getAttribute('data-testid') ?? null);

/**
 * An action's answer can arrive late (a busy console host, a slow disk). When it does, the console moves the
 * focus back to the ticket view; if the agent has opened a dialog meanwhile, that move must not take the keys
 * away from it, or what they type next goes nowhere.
 */
describe('focus while an action is still under way', () => {
  let stack: Stack;
  let browser: Browser;
  let page: Page;
  const ids: string[] = [];

  beforeAll(async () => {
    stack = await startStack({ autopilot: false });
    const texts = [
      'My card payment of 40 EUR was declined twice today.',
      'A transfer of 250 EUR has not arrived after five days.',
      'I was charged twice for the same order.',
      'Please close my savings account.',
      'Where is my refund for the returned shoes?',
    ];
    for (const [i, text] of texts.entries()) {
      ids.push(
        await escalateAsAi(
          stack,
          `worker-${i}`,
          { subject: `Needs a person ${i}`, text },
          {
            language: 'en',
            intent: null,
            code: 'low_confidence',
            detail: 'Not sure what the customer needs.',
            summary: 'A payment problem.',
          },
        ),
      );
    }
    browser = await launchChromium();
    page = await openConsole(browser, stack.consoleUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** Console API calls the page has made, by method name (counted from the start of the case that reads them). */
  const calls = new Map<string, number>();
  const countCalls = (request: { url(): string }) => {
    const method = /\/api\/call\/(\w+)/.exec(request.url())?.[1];
    if (method) calls.set(method, (calls.get(method) ?? 0) + 1);
  };
  const callsOf = (method: string) => calls.get(method) ?? 0;

  const STILL_WORKING = 'Still working on the previous action — try again in a moment.';
  /** The text of the "still working" notice near the ticket actions or the editor ('' when it says nothing). */
  const noticeText = (near: 'actions' | 'editor') => page.getByTestId(`busy-notice-${near}`).innerText();

  /** Holds the console API call `method` back until `release` is called. */
  async function holdCall(method: string): Promise<{ release(): void; answered: Promise<void> }> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let answered!: () => void;
    const answeredPromise = new Promise<void>((resolve) => (answered = resolve));
    await page.route(`**/api/call/${method}`, async (route: Route) => {
      await released;
      const response = await route.fetch();
      await route.fulfill({ response });
      answered();
    });
    return { release, answered: answeredPromise };
  }

  it('keeps typing in the command palette when the take it followed is answered meanwhile', async () => {
    const id = ids[0] ?? '';
    await openFromInbox(page, id);
    const take = await holdCall('assignToMe');
    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('t');
    await page.keyboard.press('Control+k');
    await page.getByTestId('command-palette').waitFor();

    // The take is answered while the palette is open: the view shows it, the palette keeps the focus.
    take.release();
    await take.answered;
    await expect.poll(() => page.getByTestId('take-button').isDisabled()).toBe(true);
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelectorAll('[data-testid="ticket-view"] [aria-busy="true"]').length),
      )
      .toBe(0);
    await scheduledFocusMovesDone(page);
    expect(await focusedDialog(page)).toBe('command-palette');

    await page.keyboard.type('snooze');
    expect(await page.getByTestId('command-palette-input').inputValue()).toBe('snooze');
    await page.keyboard.press('Enter');
    await page.getByTestId('snooze-dialog').waitFor();
    expect(await focusedDialog(page)).toBe('snooze-dialog');
    await page.keyboard.press('Escape');
    await page.getByTestId('snooze-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');
    await page.unroute('**/api/call/assignToMe');
  });

  it('keeps typing in the macro picker when a reassignment is answered meanwhile, and the macro lands in the editor', async () => {
    const id = ids[1] ?? '';
    await openFromInbox(page, id);
    const reassign = await holdCall('reassign');
    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('a');
    await page.getByTestId('reassign-dialog').waitFor();
    await page.keyboard.type('complaints');
    await page.keyboard.press('Enter');
    await page.getByTestId('reassign-dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('m');
    await page.getByTestId('macro-dialog').waitFor();

    reassign.release();
    await reassign.answered;
    await expect.poll(async () => (await stack.getTicket(id)).ticket.ownerQueue).toBe('complaints');
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelectorAll('[data-testid="ticket-view"] [aria-busy="true"]').length),
      )
      .toBe(0);
    await scheduledFocusMovesDone(page);
    expect(await focusedDialog(page)).toBe('macro-dialog');

    await page.keyboard.type('refund');
    await page.keyboard.press('Enter');
    await page.getByTestId('macro-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('reply-editor');
    expect(await page.getByTestId('reply-editor').inputValue()).toContain(`ticket ${id}`);
    await page.unroute('**/api/call/reassign');
  });

  it('keeps the focus in the view when an action asked for from the palette cannot run yet (the take before it is still under way)', async () => {
    // Reassigned by the case before, but nobody has taken it yet.
    await openFromInbox(page, ids[1] ?? '');
    await expect.poll(() => page.getByTestId('take-button').isEnabled()).toBe(true);
    const take = await holdCall('assignToMe');
    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('t');
    await page.keyboard.press('Control+k');
    await page.getByTestId('command-palette').waitFor();
    await page.keyboard.type('hand back');
    await page.keyboard.press('Enter');
    await page.getByTestId('command-palette').waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');

    take.release();
    await take.answered;
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelectorAll('[data-testid="ticket-view"] [aria-busy="true"]').length),
      )
      .toBe(0);
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');
    await page.unroute('**/api/call/assignToMe');
  });

  it('says politely that h, s and a second t wait for the take still under way, runs none of them and keeps the focus', async () => {
    const id = ids[2] ?? '';
    await openFromInbox(page, id);
    await expect.poll(() => page.getByTestId('take-button').isEnabled()).toBe(true);
    const take = await holdCall('assignToMe');
    calls.clear();
    page.on('request', countCalls);
    try {
      await page.getByTestId('ticket-view').focus();
      await page.keyboard.press('t');
      await expect.poll(() => callsOf('assignToMe')).toBe(1);
      expect(await noticeText('actions')).toBe('');

      await page.keyboard.press('h');
      await expect.poll(() => noticeText('actions')).toBe(STILL_WORKING);
      // Said in a polite live region inside the ticket view, and not as an error of the take.
      const region = page.getByTestId('ticket-view').getByRole('status').filter({ hasText: STILL_WORKING });
      expect(await region.count()).toBe(1);
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(await page.getByTestId('ticket-view').getByTestId('error').count()).toBe(0);
      expect(await noticeText('editor')).toBe('');
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('ticket-view');

      // s would open the snooze dialog, and t would take again: neither does while the take runs.
      await page.keyboard.press('s');
      await page.keyboard.press('t');
      await scheduledFocusMovesDone(page);
      expect(await page.getByTestId('snooze-dialog').count()).toBe(0);
      expect(await activeTestId(page)).toBe('ticket-view');
      expect(await noticeText('actions')).toBe(STILL_WORKING);
      expect(await seriousViolations(page, '[data-testid="ticket-view"]')).toEqual([]);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      // The page as the agent sees it, with the notice in view (an element shot of the tall, scrolling view
      // stitches the sticky header into the middle).
      await page.getByTestId('busy-notice-actions').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SCREENSHOT_DIR, 'ticket-view-still-working-en.png') });

      // Wherever the focus is, a refused key leaves it there (here on the ticket's row in the inbox).
      await page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`).focus();
      await page.keyboard.press('h');
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('inbox-item');
      expect(await noticeText('actions')).toBe(STILL_WORKING);
      await page.getByTestId('ticket-view').focus();

      // The take is answered: the notice goes, and what was refused is not run afterwards either.
      take.release();
      await take.answered;
      // Soon, not only once its few seconds are up (which the last refusal above started just now).
      await expect.poll(() => noticeText('actions'), { timeout: 3_000 }).toBe('');
      await expect.poll(() => page.getByTestId('take-button').isDisabled()).toBe(true);
      await expect
        .poll(() =>
          page.evaluate(() => document.querySelectorAll('[data-testid="ticket-view"] [aria-busy="true"]').length),
        )
        .toBe(0);
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('ticket-view');
      expect(await page.getByTestId('snooze-dialog').count()).toBe(0);
      await expect.poll(async () => (await stack.getTicket(id)).ticket.assignee ?? null).toBe('Demo agent');
      const stored = (await stack.getTicket(id)).ticket;
      expect(stored.status).toBe('escalated');
      expect(stored.snoozedUntil ?? null).toBeNull();
      expect([callsOf('assignToMe'), callsOf('handback'), callsOf('snooze')]).toEqual([1, 0, 0]);
    } finally {
      page.off('request', countCalls);
      await page.unroute('**/api/call/assignToMe');
    }
  });

  it('says so by the editor when a second send is asked for while the first is still under way, sends once, and the notice goes by itself', async () => {
    const id = ids[3] ?? '';
    await openFromInbox(page, id);
    const send = await holdCall('sendReply');
    let sendAnswered = false;
    void send.answered.then(() => (sendAnswered = true));
    calls.clear();
    page.on('request', countCalls);
    try {
      await page.getByTestId('reply-editor').focus();
      await page.keyboard.type('We are closing the account today.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => callsOf('sendReply')).toBe(1);
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => noticeText('editor')).toBe(STILL_WORKING);
      expect(await page.getByTestId('ticket-view').getByRole('status').filter({ hasText: STILL_WORKING }).count()).toBe(
        1,
      );
      expect(await noticeText('actions')).toBe('');
      await scheduledFocusMovesDone(page);
      expect(await activeTestId(page)).toBe('reply-editor');

      // Still not answered a few seconds later: the notice has gone by itself.
      await expect.poll(() => noticeText('editor'), { timeout: 20_000 }).toBe('');
      expect(sendAnswered).toBe(false);

      send.release();
      await send.answered;
      await expect.poll(() => page.getByTestId('reply-editor').inputValue()).toBe('');
      expect(callsOf('sendReply')).toBe(1);
      await expect
        .poll(async () =>
          (await stack.getTicket(id)).messages
            .filter((m) => m.author === 'agent' && m.kind === 'reply')
            .map((m) => m.text),
        )
        .toEqual(['We are closing the account today.']);
      expect(await activeTestId(page)).toBe('reply-editor');
    } finally {
      page.off('request', countCalls);
      await page.unroute('**/api/call/sendReply');
    }
  });

  it('keeps a macro inserted while the reply before it is still being sent, and sends only that reply', async () => {
    const id = ids[4] ?? '';
    await openFromInbox(page, id);
    const send = await holdCall('sendReply');
    try {
      await page.getByTestId('reply-editor').focus();
      await page.keyboard.type('Let me check the refund.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => page.getByTestId('reply-editor').getAttribute('aria-busy')).toBe('true');
      await page.getByTestId('ticket-view').focus();
      await page.keyboard.press('m');
      await page.getByTestId('macro-dialog').waitFor();
      await page.keyboard.type('refund');
      await page.keyboard.press('Enter');
      await page.getByTestId('macro-dialog').waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('reply-editor').inputValue()).toContain(`ticket ${id}`);

      send.release();
      await send.answered;
      await expect
        .poll(async () =>
          (await stack.getTicket(id)).messages
            .filter((m) => m.author === 'agent' && m.kind === 'reply')
            .map((m) => m.text),
        )
        .toEqual(['Let me check the refund.']);
      await expect.poll(() => page.getByTestId('reply-editor').getAttribute('aria-busy')).toBe('false');
      // What was sent has left the editor; the macro put in meanwhile has not.
      const left = await page.getByTestId('reply-editor').inputValue();
      expect(left).toContain(`I checked your refund on ticket ${id}`);
      expect(left).not.toContain('Let me check the refund.');
      expect(left.startsWith('Hello ')).toBe(true);
    } finally {
      await page.unroute('**/api/call/sendReply');
    }
  });
});
