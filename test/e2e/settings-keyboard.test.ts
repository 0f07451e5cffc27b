import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { activeTestId, escalateAsAi, openFromInbox } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { UNSURE_ENGLISH } from '../helpers/e2e-escalations.js';
import { whileHolding } from '../helpers/e2e-host-calls.js';
import { answerHeldTake, openShortcutsHelp } from '../helpers/e2e-page-steps.js';

interface FocusInDialog {
  /** The focus is inside the dialog (on it or one of its elements). */
  inside: boolean;
  /** Index of the focused element among the dialog's focusable controls, in document order (-1: not one of them). */
  index: number;
  /** How many focusable controls the dialog has. */
  count: number;
}

/** Where the focus is relative to the dialog with test id `testId` (counted here, independently of the console's code). */
const focusIn = (page: Page, testId: string): Promise<FocusInDialog> =>
  page.evaluate((id) => {
    const dialog = document.querySelector(`[data-testid="${id}"]`);
    if (!dialog) throw new Error(`No dialog ${id} is open.`);
    const controls = [
      ...dialog.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
    ].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.matches(':disabled') &&
        el.getClientRects().length > 0 &&
        getComputedStyle(el).visibility !== 'hidden',
    );
    const active = document.activeElement;
    return {
      inside: active !== null && dialog.contains(active),
      index: active instanceof HTMLElement ? controls.indexOf(active) : -1,
      count: controls.length,
    };
  }, testId);

/**
 * Tab from the dialog's first control, more times than it has controls (twice round and one more): the focus
 * never leaves the dialog, goes through every control and, after as many presses as there are controls, is back
 * on the first. It ends on the second control (the first when there is only one).
 */
async function expectTabCyclesInside(page: Page, testId: string): Promise<number> {
  const start = await focusIn(page, testId);
  expect(start).toMatchObject({ inside: true, index: 0 });
  expect(start.count).toBeGreaterThan(0);
  const visited = new Set<number>([0]);
  for (let press = 1; press <= start.count * 2 + 1; press++) {
    await page.keyboard.press('Tab');
    const now = await focusIn(page, testId);
    expect(now.inside, `after Tab ${press} of ${start.count * 2 + 1}`).toBe(true);
    visited.add(now.index);
    if (press === start.count) expect(now.index, 'back on the first control').toBe(0);
  }
  expect([...visited].sort((a, b) => a - b)).toEqual([...Array(start.count).keys()]);
  return start.count;
}

/**
 * Settings opens from anywhere with Ctrl/⌘ + comma (also from the command palette), every modal dialog keeps
 * Tab and Shift+Tab inside it, and closing gives the focus back where it was.
 */
describe('settings by keyboard, and Tab kept inside dialogs', () => {
  const e2e = consoleInBrowserPerFile({
    autopilot: false,
    prepare: (stack) =>
      escalateAsAi(
        stack,
        'e2e-settings-keys',
        { subject: 'Card declined', text: 'My card payment of 40 EUR was declined twice today.' },
        {
          ...UNSURE_ENGLISH,
          summary: 'A declined card payment.',
          draft: 'Sorry about that. Let me check the declined payment.',
        },
      ),
  });

  // A case that failed with a dialog open would fail the next ones too: close what it left open.
  afterEach(async () => {
    const { page } = e2e;
    for (let tries = 0; tries < 3 && (await page.locator('[aria-modal="true"]').count()) > 0; tries++) {
      await page.locator('[aria-modal="true"]').last().locator('input, select, button').first().focus();
      await page.keyboard.press('Escape');
    }
  });

  it('opens Settings with Ctrl + comma while typing in the editor, keeps Tab inside it, and Escape gives the editor its focus back', async () => {
    const { page, prepared: ticketId } = e2e;
    await openFromInbox(page, ticketId);
    await page.keyboard.press('r');
    await expect.poll(() => activeTestId(page)).toBe('reply-editor');
    const editor = page.getByTestId('reply-editor');
    const draft = await editor.inputValue();
    expect(draft).toContain('declined payment');

    await page.keyboard.press('Control+Comma');
    const dialog = page.getByTestId('settings-dialog');
    await dialog.waitFor();
    await expect.poll(async () => (await focusIn(page, 'settings-dialog')).inside).toBe(true);
    // The chord opened Settings and typed nothing into the draft.
    expect(await editor.inputValue()).toBe(draft);
    // Its AI provider section has loaded, so the controls counted below are those that stay.
    await expect.poll(() => page.getByTestId('provider-status').getAttribute('data-source')).not.toBe('loading');
    expect(await activeTestId(page)).toBe('settings-close');

    const count = await expectTabCyclesInside(page, 'settings-dialog');
    expect(count).toBeGreaterThan(3);

    // Shift+Tab from the first control wraps to the last, and back again with Tab.
    expect((await focusIn(page, 'settings-dialog')).index).toBe(1);
    await page.keyboard.press('Shift+Tab');
    expect(await focusIn(page, 'settings-dialog')).toEqual({ inside: true, index: 0, count });
    await page.keyboard.press('Shift+Tab');
    expect(await focusIn(page, 'settings-dialog')).toEqual({ inside: true, index: count - 1, count });
    await page.keyboard.press('Shift+Tab');
    expect(await focusIn(page, 'settings-dialog')).toEqual({ inside: true, index: count - 2, count });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusIn(page, 'settings-dialog')).toEqual({ inside: true, index: 0, count });

    // Keys meant for the console do nothing behind the dialog: Ctrl + Enter does not send the draft, and
    // Ctrl + comma again opens no second dialog.
    const language = dialog.getByTestId('ui-language');
    await language.focus();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Comma');
    expect(await dialog.count()).toBe(1);
    expect(await activeTestId(page)).toBe('ui-language');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('reply-editor');
    expect(await editor.inputValue()).toBe(draft);
    expect(await page.locator('[data-testid="message"][data-author="agent"]').count()).toBe(0);
  });

  it('gives the focus back to the header button when Settings was opened with it', async () => {
    const { page } = e2e;
    await page.getByTestId('open-settings').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('settings-dialog').waitFor();
    await expect.poll(() => activeTestId(page)).toBe('settings-close');
    await page.keyboard.press('Shift+Tab');
    expect((await focusIn(page, 'settings-dialog')).inside).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('open-settings');
  });

  it('lists Ctrl/⌘ + comma in the shortcuts help, which keeps Tab inside too', async () => {
    const { page, prepared: ticketId } = e2e;
    await openFromInbox(page, ticketId);
    await page.getByTestId('ticket-view').focus();
    const help = await openShortcutsHelp(page);
    const row = help.locator('tr[data-command="settings"]');
    expect(await row.innerText()).toMatch(/Ctrl\/⌘\s*\+\s*,\s*Open settings/);
    expect(await row.locator('kbd').allInnerTexts()).toEqual(['Ctrl/⌘', ',']);
    await expect.poll(async () => (await focusIn(page, 'shortcuts-help')).inside).toBe(true);
    await expectTabCyclesInside(page, 'shortcuts-help');
    await page.keyboard.press('Shift+Tab');
    expect((await focusIn(page, 'shortcuts-help')).inside).toBe(true);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');
  });

  /** Opens the ticket, then the command palette from its view with Ctrl+K; returns the palette once its field has the focus. */
  async function openPaletteOnTicket() {
    const { page, prepared: ticketId } = e2e;
    await openFromInbox(page, ticketId);
    await page.getByTestId('ticket-view').focus();
    await page.keyboard.press('Control+k');
    const palette = page.getByTestId('command-palette');
    await palette.waitFor();
    await expect.poll(() => activeTestId(page)).toBe('command-palette-input');
    return palette;
  }

  it('keeps Tab inside the command palette (arrows still move its choice) and opens Settings from it', async () => {
    const { page } = e2e;
    const palette = await openPaletteOnTicket();
    await expectTabCyclesInside(page, 'command-palette');
    for (let press = 0; press < 3; press++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focusIn(page, 'command-palette')).inside).toBe(true);
    }
    const chosen = () => palette.locator('[role="option"][aria-selected="true"]').getAttribute('data-item-id');
    const firstChoice = await chosen();
    await page.keyboard.press('ArrowDown');
    await expect.poll(chosen).not.toBe(firstChoice);

    await page.keyboard.type('settings');
    expect(
      await palette.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-item-id'))),
    ).toContain('settings');
    await expect.poll(chosen).toBe('settings');
    expect(await palette.locator('[data-item-id="settings"]').innerText()).toContain('Open settings');
    await page.keyboard.press('Enter');
    await palette.waitFor({ state: 'detached' });
    await page.getByTestId('settings-dialog').waitFor();
    await expect.poll(async () => (await focusIn(page, 'settings-dialog')).inside).toBe(true);
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
    // The palette's field is gone: the focus goes to the open ticket's view, not to the page.
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');
  });

  it('gives the focus to the ticket view when the shortcuts help opened from the command palette closes', async () => {
    const { page } = e2e;
    const palette = await openPaletteOnTicket();
    await page.keyboard.type('help');
    await expect
      .poll(() => palette.locator('[role="option"][aria-selected="true"]').getAttribute('data-item-id'))
      .toBe('help');
    await page.keyboard.press('Enter');
    const help = page.getByTestId('shortcuts-help');
    await help.waitFor();
    await expect.poll(async () => (await focusIn(page, 'shortcuts-help')).inside).toBe(true);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'detached' });
    await expect.poll(() => activeTestId(page)).toBe('ticket-view');
  });

  it('keeps the focus in Settings when a slow action is answered while it is open', async () => {
    const { page, prepared: ticketId } = e2e;
    await whileHolding(page, 'assignToMe', async (take) => {
      await openFromInbox(page, ticketId);
      await expect.poll(() => page.getByTestId('take-button').isEnabled()).toBe(true);
      await page.getByTestId('ticket-view').focus();
      await page.keyboard.press('t');
      await page.keyboard.press('Control+Comma');
      await page.getByTestId('settings-dialog').waitFor();
      await expect.poll(async () => (await focusIn(page, 'settings-dialog')).inside).toBe(true);
      await answerHeldTake(page, take);
      expect(await activeTestId(page)).toBe('settings-close');
      await page.keyboard.press('Escape');
      await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
      await expect.poll(() => activeTestId(page)).toBe('ticket-view');
    });
  });
});
