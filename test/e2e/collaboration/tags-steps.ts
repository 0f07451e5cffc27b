/**
 * Tags and bulk actions (issue 19, H6) on the collaboration stack: Ana tags two tickets from the ticket view with `#`,
 * Ben's inbox filtered by that tag shows exactly them and a saved view gives the filter back; Ana selects three more
 * with Shift+X (her inbox filtered by another tag) and tags them and takes them in one bulk action each: every
 * ticket's change is its own record in the queue's history, and Ben's filter then shows all five.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TicketHistory } from '../../../shared/api/ticket-history.js';
import type { Customer } from '../../../shared/domain/ticket.js';
import { openFromInbox } from '../../helpers/console-page.js';
import { callConsole, expectAxeClean, type TwoConsoles } from './two-consoles.js';

const CUSTOMER: Customer = { id: 'cus_tags_tia', name: 'Tia Tagger', tier: 'standard' };
/** The tag this part adds to the tenant, so no other part's ticket carries it. */
const PRIORITY = { id: 'h6-priority', name: 'Priority callback', color: '#6a1b9a' };
const BATCH = { id: 'h6-batch', name: 'Batch review' };

/** The inbox rows shown now, by ticket id. */
const inboxIds = (page: Page) =>
  page
    .locator('[data-testid="inbox-item"]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-ticket-id') ?? '').sort());

/** Scrolls the (virtual) inbox until the ticket's row is rendered, and focuses it: the row the keys act on. */
async function focusInboxRow(page: Page, id: string): Promise<void> {
  const row = page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`);
  await expect
    .poll(async () => {
      if ((await row.count()) > 0) return true;
      await page.getByTestId('inbox-list').evaluate((list) => {
        list.scrollTop =
          list.scrollTop + list.clientHeight >= list.scrollHeight ? 0 : list.scrollTop + list.clientHeight;
      });
      return false;
    })
    .toBe(true);
  await row.focus();
}

/** Shows the inbox filtered by one tag (chosen in the filter bar's Tag menu; '' for any). */
async function filterByTag(page: Page, tagId: string): Promise<void> {
  await page.getByTestId('nav-inbox').click();
  const menus = page.locator('.inbox-filter-menus');
  if (!(await menus.evaluate((details) => (details as HTMLDetailsElement).open)))
    await menus.locator('summary').click();
  const select = page.getByTestId('inbox-filter-tag');
  if (tagId) await select.locator(`option[value="${tagId}"]`).waitFor({ state: 'attached' });
  await select.selectOption(tagId);
}

/** Opens the ticket from the inbox and puts the tag on it with `#`, typing part of its name. */
async function tagWithKeyboard(page: Page, id: string, typed: string, tagId: string): Promise<void> {
  await page.getByTestId('nav-inbox').click();
  await focusInboxRow(page, id);
  await openFromInbox(page, id);
  await page.keyboard.press('#');
  const picker = page.getByTestId('tag-picker');
  await picker.waitFor();
  await page.keyboard.type(typed);
  await picker.locator(`[data-tag-id="${tagId}"]`).waitFor();
  await page.keyboard.press('Enter');
  await picker.locator(`[data-tag-id="${tagId}"][aria-selected="true"]`).waitFor();
}

export async function tagsSteps(c: TwoConsoles): Promise<void> {
  const { ana, ben } = c;
  await c.admin('PUT', `/settings/tag/${PRIORITY.id}`, {
    baseVersion: 0,
    value: { name: PRIORITY.name, color: PRIORITY.color },
  });
  await c.admin('PUT', `/settings/tag/${BATCH.id}`, { baseVersion: 0, value: { name: BATCH.name } });
  const ids: string[] = [];
  for (const n of [1, 2, 3, 4, 5])
    ids.push(await c.escalate({ subject: `Tagged callback ${n}`, text: 'Please call me back.', customer: CUSTOMER }));
  const [t1, t2, t3, t4, t5] = ids as [string, string, string, string, string];

  // Ana tags two tickets from the ticket view, by keyboard: the chip shows at once, the picker is axe-clean.
  await tagWithKeyboard(ana.page, t1, 'prio', PRIORITY.id);
  await expectAxeClean(ana.page, '[data-testid="tag-picker"]');
  await ana.page.keyboard.press('Escape');
  await ana.page.getByTestId('tag-picker').waitFor({ state: 'detached' });
  await ana.page.getByTestId('ticket-tags').getByText(PRIORITY.name).waitFor();
  await expectAxeClean(ana.page, '[data-testid="ticket-view"]');
  await ana.page.keyboard.press('Escape');
  await tagWithKeyboard(ana.page, t2, 'callb', PRIORITY.id);
  await ana.page.keyboard.press('Escape');
  await ana.page.keyboard.press('Escape');

  // Ben's inbox filtered by the tag shows exactly the two tickets, each row with its chip.
  await filterByTag(ben.page, PRIORITY.id);
  await expect.poll(() => inboxIds(ben.page)).toEqual([t1, t2].sort());
  await ben.page.locator(`[data-ticket-id="${t1}"] .chip-tag[data-tag-id="${PRIORITY.id}"]`).waitFor();
  await expectAxeClean(ben.page, '.inbox-pane');
  // A saved view keeps the tag: back to any tag, then the view restores it.
  await ben.page.getByTestId('save-view').click();
  await ben.page.getByTestId('saved-view-name').fill('Priority callbacks');
  await ben.page.keyboard.press('Enter');
  await filterByTag(ben.page, '');
  await ben.page.getByTestId('inbox-list').focus();
  await ben.page.keyboard.press('v');
  await ben.page.getByTestId('views-dialog').waitFor();
  await ben.page.keyboard.type('Priority callbacks');
  await ben.page.keyboard.press('Enter');
  await expect.poll(() => ben.page.getByTestId('inbox-filter-tag').inputValue()).toBe(PRIORITY.id);
  await expect.poll(() => inboxIds(ben.page)).toEqual([t1, t2].sort());

  // Ana: three more tickets under a batch tag; Shift+X selects every row shown, `#` tags them all, `t` takes them all.
  for (const id of [t3, t4, t5]) await callConsole(ana, 'setTags', { ticketId: id, add: [BATCH.id] });
  await filterByTag(ana.page, BATCH.id);
  await expect.poll(() => inboxIds(ana.page)).toEqual([t3, t4, t5].sort());
  // A window tall enough for the three rows on screen at once (Shift+X takes the rows on screen).
  const viewport = ana.page.viewportSize();
  await ana.page.setViewportSize({ width: 1280, height: 1000 });
  await focusInboxRow(ana.page, t3);
  await ana.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await ana.page.keyboard.press('Shift+X');
  const bar = ana.page.getByTestId('bulk-bar');
  await expect.poll(() => bar.getByTestId('bulk-count').textContent()).toContain('3');
  await expect.poll(() => ana.page.getByTestId('bulk-mark').count()).toBe(3);
  await ana.page.keyboard.press('#');
  const picker = ana.page.getByTestId('bulk-tag-picker');
  await picker.waitFor();
  await ana.page.keyboard.type('prio');
  await picker.locator(`[data-tag-id="${PRIORITY.id}"][data-presence="none"]`).waitFor();
  await ana.page.keyboard.press('Enter');
  await picker.locator(`[data-tag-id="${PRIORITY.id}"][data-presence="all"]`).waitFor();
  await expectAxeClean(ana.page, '[data-testid="bulk-tag-picker"]');
  await ana.page.keyboard.press('Escape');
  await picker.waitFor({ state: 'detached' });
  await ana.page.keyboard.press('t');
  await expect.poll(() => bar.getByTestId('bulk-outcome').getAttribute('data-done')).toBe('3');
  expect(await bar.getByTestId('bulk-outcome').getAttribute('data-refused')).toBe('0');
  await expectAxeClean(ana.page, '[data-testid="bulk-bar"]');
  await ana.page.keyboard.press('Escape');
  await bar.waitFor({ state: 'detached' });

  // Each ticket's changes reached the queue as its own records, under Ana; Ben's filter now shows all five.
  for (const id of [t3, t4, t5]) {
    await expect
      .poll(async () => {
        const { ticket } = await c.ticket(id);
        return { tags: ticket.tags, assignee: ticket.assignee };
      })
      .toEqual({ tags: [BATCH.id, PRIORITY.id], assignee: ana.user.name });
    const { events } = await c.admin<TicketHistory>('GET', `/tickets/${id}/history`);
    const byAna = events.filter((event) => event.actor.userId === ana.user.id).map((event) => event.action);
    expect(byAna, id).toEqual(['tag', 'tag', 'assign']);
  }
  await expect.poll(() => inboxIds(ben.page)).toEqual(ids.slice().sort());

  // Both inboxes back to every ticket for the parts after this one.
  await filterByTag(ana.page, '');
  await filterByTag(ben.page, '');

  // A tag the tenant does not have (deleted meanwhile, say) is refused by the queue: Ana's ticket says so, with the
  // queue's words and the tag, until she dismisses it.
  await callConsole(ana, 'setTags', { ticketId: t1, add: ['h6-deleted-tag'] });
  await focusInboxRow(ana.page, t1);
  await openFromInbox(ana.page, t1);
  const refused = ana.page.locator('[data-testid="unsent-change"][data-kind="tag"]');
  await refused.waitFor({ timeout: 15_000 });
  expect(await refused.getByTestId('unsent-tags').innerText()).toContain('h6-deleted-tag');
  expect(await refused.getByTestId('unsent-detail').innerText()).toMatch(/is not one of this tenant's tags/);
  expect(await refused.getByTestId('unsent-restore').count()).toBe(0);
  await expectAxeClean(ana.page, '[data-testid="unsent-panel"]');
  await refused.getByTestId('unsent-dismiss').click();
  await refused.waitFor({ state: 'detached' });
  // Back to the list (the ticket closed) for the selection below.
  await ana.page.getByTestId('ticket-view').focus();
  await ana.page.keyboard.press('Escape');
  await ana.page.getByTestId('ticket-view').waitFor({ state: 'detached' });

  // Shift+X takes the rows on screen only: in a short window (two or three rows of the six or more tickets here),
  // not the rows the list drew or loaded around them.
  await ana.page.setViewportSize({ width: 1280, height: 600 });
  const list = ana.page.getByTestId('inbox-list');
  const rowsOnScreen = () =>
    list.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return [...element.querySelectorAll('[data-testid="inbox-item"]')].filter((row) => {
        const rect = row.getBoundingClientRect();
        return rect.bottom > box.top && rect.top < box.bottom;
      }).length;
    });
  // The list has taken its new height (two frames: the resize observer, then the rows drawn for it).
  await ana.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const onScreen = await rowsOnScreen();
  const drawn = await list.locator('[data-testid="inbox-item"]').count();
  expect(onScreen).toBeGreaterThan(1);
  expect(drawn).toBeGreaterThan(onScreen);
  await list.focus();
  await ana.page.keyboard.press('Shift+X');
  await expect.poll(() => bar.getByTestId('bulk-count').getAttribute('data-count')).toBe(String(onScreen));
  await ana.page.keyboard.press('Escape');
  await bar.waitFor({ state: 'detached' });
  if (viewport) await ana.page.setViewportSize(viewport);
}
