/** Steps of the end-to-end tests on a console page that several of them take. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { REPO_ROOT, waitFor } from './child-process.js';
import { openFromInbox, scheduledFocusMovesDone } from './console-page.js';
import type { HeldCall } from './e2e-host-calls.js';

const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results', 'screenshots');

/** Where a test saves the screenshot `name` (test-results/screenshots/, made when missing). */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, name);
}

/** Waits until the inbox lists `count` rows (generous: the autopilot decides them and the console syncs them first). */
export async function waitForInboxRows(page: Page, count: number, timeoutMs = 60_000): Promise<void> {
  await waitFor(
    async () => (await page.getByTestId('inbox-item').count()) === count,
    timeoutMs,
    `${count} escalations in the inbox`,
  );
}

/** Expects (polling) that no ticket action of the open view is under way any more (none of its parts is busy). */
export async function expectNoActionUnderWay(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('[data-testid="ticket-view"] [aria-busy="true"]').length))
    .toBe(0);
}

/** A new page on the console in `locale`, with the ticket opened from its inbox row. */
export async function openTicketInNewPage(
  browser: Browser,
  consoleUrl: string,
  ticketId: string,
  locale = 'en-US',
): Promise<Page> {
  const page = await browser.newPage({ locale });
  await page.goto(consoleUrl);
  await openFromInbox(page, ticketId);
  return page;
}

/**
 * Opens the picker dialog `key` opens (reassign, macro, the command palette...), types `typed` and takes the first
 * match with Enter; resolves once the dialog has closed.
 */
export async function pickByKeyboard(page: Page, key: string, dialog: string, typed: string): Promise<void> {
  await page.keyboard.press(key);
  await page.getByTestId(dialog).waitFor();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await page.getByTestId(dialog).waitFor({ state: 'detached' });
}

/** Opens the shortcuts help with `?` and waits for it. */
export async function openShortcutsHelp(page: Page): Promise<Locator> {
  await page.keyboard.press('?');
  const help = page.getByTestId('shortcuts-help');
  await help.waitFor();
  return help;
}

/** Types `text` into the open ticket's reply editor and sends it with Ctrl+Enter. */
export async function sendByKeyboard(page: Page, text: string): Promise<void> {
  await page.getByTestId('reply-editor').focus();
  await page.keyboard.type(text);
  await page.keyboard.press('Control+Enter');
}

/**
 * Lets the held take go on and waits until the page shows it answered: the take button disabled, no action of the
 * view under way, and the focus moves that the answer scheduled done.
 */
export async function answerHeldTake(page: Page, take: HeldCall): Promise<void> {
  take.release();
  await take.answered;
  await expect.poll(() => page.getByTestId('take-button').isDisabled()).toBe(true);
  await expectNoActionUnderWay(page);
  await scheduledFocusMovesDone(page);
}
