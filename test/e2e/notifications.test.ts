import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { waitForInboxRows } from '../helpers/e2e-page-steps.js';
import { WANTS_A_HUMAN } from '../helpers/e2e-customer-texts.js';

interface Captured {
  title: string;
  body: string | undefined;
  tag: string | undefined;
  lang: string | undefined;
}

/**
 * Records every Web Notification the page creates (and keeps the objects so the test can click one),
 * and lets the test say whether the agent is looking at the window (document.hasFocus).
 */
const CAPTURE_NOTIFICATIONS = `
  (() => {
    const Real = window.Notification;
    const captured = [];
    const objects = [];
    window.__notifications = captured;
    window.__notificationObjects = objects;
    window.__agentLooking = false;
    Document.prototype.hasFocus = function () { return window.__agentLooking; };
    function CapturingNotification(title, options) {
      captured.push({ title, body: options && options.body, tag: options && options.tag, lang: options && options.lang });
      let made;
      try { made = new Real(title, options); } catch { made = { close() {} }; }
      objects.push(made);
      return made;
    }
    Object.defineProperty(CapturingNotification, 'permission', { get: () => Real.permission });
    CapturingNotification.requestPermission = (...args) => Real.requestPermission(...args);
    window.Notification = CapturingNotification;
  })();
`;

const captured = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: Captured[] }).__notifications);
const setLooking = (page: Page, looking: boolean) =>
  page.evaluate((value) => {
    (window as unknown as { __agentLooking: boolean }).__agentLooking = value;
  }, looking);

describe('desktop cues in browser mode: Web Notifications and the unread count in the title', () => {
  const e2e = consoleInBrowserPerFile({
    async prepare(stack) {
      await stack.postTicket('Already waiting before the console opened', WANTS_A_HUMAN);
    },
    async openPage(browser, consoleUrl) {
      const context = await browser.newContext({ locale: 'en-US', permissions: ['notifications'] });
      await context.addInitScript(CAPTURE_NOTIFICATIONS);
      const page = await context.newPage();
      await page.goto(consoleUrl);
      return page;
    },
    whenOpen: (page) => waitForInboxRows(page, 1),
  });

  it('counts unopened escalations in the title, but does not announce what was already waiting', async () => {
    const { page } = e2e;
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('(1) Switchboard: 1 unread escalation');
    expect(await captured(page)).toEqual([]);
  });

  it('turns notifications on from the settings (permission asked from that click) and keeps the choice', async () => {
    const { page } = e2e;
    await page.getByTestId('open-settings').click();
    const toggle = page.getByTestId('notifications-toggle');
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(() => Notification.permission)).toBe('granted');
    expect(await page.evaluate(() => localStorage.getItem('switchboard.notifications.v1'))).toBe('on');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
  });

  it('announces each new escalation once while the agent looks elsewhere, with the ticket subject', async () => {
    const { page, stack } = e2e;
    await setLooking(page, false);
    const { ticket } = await stack.postTicket('Card blocked abroad', WANTS_A_HUMAN);
    await expect
      .poll(() => captured(page), { timeout: 60_000 })
      .toEqual([
        {
          title: 'New escalation',
          body: 'Card blocked abroad',
          tag: `switchboard-escalation-${ticket.id}`,
          lang: 'en',
        },
      ]);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('(2) Switchboard: 2 unread escalations');

    // Other changes later (a further escalation while the agent is looking) do not repeat it.
    await setLooking(page, true);
    await stack.postTicket('Arrived while the agent was looking', WANTS_A_HUMAN);
    await expect.poll(() => page.getByTestId('inbox-item').count(), { timeout: 60_000 }).toBe(3);
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('(3) Switchboard: 3 unread escalations');
    expect((await captured(page)).map((n) => n.body)).toEqual(['Card blocked abroad']);
  });

  it('a click on the notification opens that ticket, which then no longer counts as unread', async () => {
    const { page } = e2e;
    await page.evaluate(() => {
      const [first] = (window as unknown as { __notificationObjects: Array<{ onclick: (() => void) | null }> })
        .__notificationObjects;
      first?.onclick?.();
    });
    await expect
      .poll(() => page.getByTestId('ticket-subject').textContent(), { timeout: 15_000 })
      .toBe('Card blocked abroad');
    await expect.poll(() => page.title(), { timeout: 10_000 }).toBe('(2) Switchboard: 2 unread escalations');
  });

  it('after a reload nothing is announced again, and the next new escalation is', async () => {
    const { page, stack } = e2e;
    await page.reload();
    await expect.poll(() => page.getByTestId('inbox-item').count(), { timeout: 30_000 }).toBe(3);
    // The title says what the inbox says is unread (the console's read state, kept across the reload).
    const unreadInInbox = async () =>
      Number(/(\d+) unread/.exec((await page.getByTestId('inbox-count').textContent()) ?? '')?.[1] ?? NaN);
    const titleCount = async () => Number(/^\((\d+)\)/.exec(await page.title())?.[1] ?? 0);
    await expect
      .poll(async () => (await titleCount()) === (await unreadInInbox()) && (await titleCount()) >= 2, {
        timeout: 10_000,
      })
      .toBe(true);
    const before = await titleCount();
    await setLooking(page, false);
    await stack.postTicket('Refund never arrived', WANTS_A_HUMAN);
    await expect
      .poll(async () => (await captured(page)).map((n) => n.body), { timeout: 60_000 })
      .toEqual(['Refund never arrived']);
    await expect.poll(titleCount, { timeout: 10_000 }).toBe(before + 1);
  });

  it('speaks the interface language: a Hebrew title count and notification', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('open-settings').click();
    await page.getByTestId('ui-language').selectOption('he');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(/^\(\d+\) Switchboard: \d+ הסלמות שלא נקראו$/);
    await stack.postTicket('Second card never arrived', WANTS_A_HUMAN);
    await expect
      .poll(async () => (await captured(page)).at(-1), { timeout: 60_000 })
      .toMatchObject({ title: 'הסלמה חדשה', body: 'Second card never arrived', lang: 'he' });
  });

  it('stays silent when the agent turned notifications off', async () => {
    const { page, stack } = e2e;
    await page.getByTestId('open-settings').click();
    await page.getByTestId('notifications-toggle').uncheck();
    await page.keyboard.press('Escape');
    const before = (await captured(page)).length;
    const unreadBefore = Number(/^\((\d+)\)/.exec(await page.title())?.[1] ?? 0);
    await stack.postTicket('Nobody should be interrupted for this', WANTS_A_HUMAN);
    // Six escalations: the title counts the new one too, but nobody was interrupted.
    await expect.poll(() => page.getByTestId('inbox-item').count(), { timeout: 60_000 }).toBe(6);
    await expect
      .poll(async () => Number(/^\((\d+)\)/.exec(await page.title())?.[1] ?? 0), { timeout: 10_000 })
      .toBe(unreadBefore + 1);
    expect((await captured(page)).length).toBe(before);
  });
});
