import { expect } from 'vitest';
import { sendByKeyboard } from '../../helpers/e2e-page-steps.js';
import { expectAxeClean, openTicket, type TwoConsoles } from './two-consoles.js';

/** The queue says a presence ended within PRESENCE_TTL_MS at worst; a `left` arrives at once. */
const CLEARS_MS = 15_000;

/**
 * Presence (issue 19): Ana opens a ticket, Ben sees "Ana Agent is viewing" on its inbox row and in the ticket; Ana
 * types, Ben's view says she is typing; Ben answers first, and Ana's send shows his reply and keeps her text (the
 * conflict rule holds with presence); Ana leaves the ticket and it clears on Ben's within seconds. Her console going
 * offline clears it too (her event stream closed), and it is back once she is online. Axe clean.
 */
export async function presenceSteps(c: TwoConsoles): Promise<void> {
  const ticketId = await c.escalate({
    subject: 'Presence: card declined twice',
    text: 'My card was declined twice at the same shop today.',
    customer: { id: 'cus_presence_paz', name: 'Paz Presence', tier: 'standard' },
  });
  const ana = c.ana.page;
  const ben = c.ben.page;
  const viewing = `${c.ana.user.name} is viewing`;
  const typing = `${c.ana.user.name} is typing a reply…`;

  // Ana opens the ticket: Ben's inbox row shows her initials, labelled.
  await ben.getByTestId('nav-inbox').click();
  await openTicket(ana, ticketId);
  const rowPresence = ben.locator(
    `[data-testid="inbox-item"][data-ticket-id="${ticketId}"] [data-testid="row-presence"]`,
  );
  await rowPresence.getByRole('img', { name: viewing }).waitFor({ timeout: CLEARS_MS });
  expect(await rowPresence.innerText()).toBe('AA');

  // Ana's console goes offline: her presence ends with her event stream within seconds; back online, it is back.
  const cutAt = Date.now();
  await c.ana.goOffline();
  await expect.poll(() => rowPresence.getByRole('img', { name: viewing }).count(), { timeout: CLEARS_MS }).toBe(0);
  console.log(`presence cleared on Ben's inbox ${Date.now() - cutAt} ms after Ana's console went offline`);
  await c.ana.goOnline();
  await rowPresence.getByRole('img', { name: viewing }).waitFor({ timeout: CLEARS_MS });

  // Ben opens it too: the ticket view says who is there, in a polite live region.
  await openTicket(ben, ticketId);
  const benLine = ben.getByTestId('ticket-presence');
  await expect.poll(() => benLine.innerText(), { timeout: CLEARS_MS }).toBe(viewing);
  expect(await benLine.getAttribute('aria-live')).toBe('polite');
  await expect
    .poll(() => ana.getByTestId('ticket-presence').innerText(), { timeout: CLEARS_MS })
    .toContain(`${c.ben.user.name} is viewing`);
  await expectAxeClean(ben, '[data-testid="ticket-presence"]');

  // Ana types: Ben's view says so.
  const anaText = 'Hello Paz, I am checking the declines with the card network now.';
  await ana.getByTestId('reply-editor').fill(anaText);
  await expect.poll(() => benLine.innerText(), { timeout: CLEARS_MS }).toBe(typing);

  // The collision rule: Ben's reply arrives first; Ana's send shows it and keeps her text.
  const benText = 'Hi Paz, Ben here: the shop’s terminal was offline, please try again.';
  await sendByKeyboard(ben, benText);
  await expect.poll(() => ana.getByTestId('thread').innerText(), { timeout: 30_000 }).toContain(benText);
  await ana.getByTestId('send-button').click();
  const refused = ana.locator('[data-testid="unsent-change"][data-reason="answered_elsewhere"]');
  await refused.waitFor({ timeout: 30_000 });
  expect(await refused.getByTestId('unsent-text').innerText()).toBe(anaText);
  await refused.getByTestId('unsent-restore').click();
  await expect.poll(() => ana.getByTestId('reply-editor').inputValue()).toBe(anaText);
  const stored = await c.ticket(ticketId);
  expect(stored.messages.filter((m) => m.author === 'agent').map((m) => m.text)).toEqual([benText]);

  // Ana leaves the ticket (her draft stays hers): Ben's view and row clear within seconds.
  await ana.getByTestId('reply-editor').fill('');
  await expect
    .poll(
      async () => {
        await ana.keyboard.press('Escape');
        return ana.getByTestId('ticket-view').count();
      },
      { timeout: 10_000 },
    )
    .toBe(0);
  await expect.poll(() => benLine.innerText(), { timeout: CLEARS_MS }).toBe('');

  await ben.keyboard.press('Escape');
}
