import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSession } from '../helpers/e2e-sign-in.js';
import { customerHistorySteps } from './collaboration/customer-history-steps.js';
import { mentionsSteps } from './collaboration/mentions-steps.js';
import { mergeSteps } from './collaboration/merge-steps.js';
import { presenceSteps } from './collaboration/presence-steps.js';
import { tagsSteps } from './collaboration/tags-steps.js';
import { startTwoConsoles, type RunningTwoConsoles, type TwoConsoles } from './collaboration/two-consoles.js';

/** A part's steps: the part's name (for SWITCHBOARD_E2E_PARTS), what it shows, and its module's function. */
interface Part {
  name: string;
  shows: string;
  steps: (consoles: TwoConsoles) => Promise<void>;
}

/** The parts in the order they run on the one stack (each leaves both consoles online and signed in). */
const PARTS: readonly Part[] = [
  {
    name: 'presence',
    shows:
      'Ben sees Ana viewing and typing, on the inbox row and in the ticket; a reply sent second keeps her text; it clears when she leaves or her console goes offline',
    steps: presenceSteps,
  },
  {
    name: 'mentions',
    shows: "Ana mentions Ben in a note by keyboard; Ben's console notifies him and its Mentions view lists the ticket",
    steps: mentionsSteps,
  },
  {
    name: 'tags',
    shows: 'tags added by keyboard filter the inbox and a saved view on both consoles; bulk actions on a selection',
    steps: tagsSteps,
  },
  {
    name: 'merge',
    shows:
      "Ana merges a customer's ticket into another by keyboard: one thread on both consoles and in the queue's history of both tickets",
    steps: mergeSteps,
  },
  {
    name: 'customer-history',
    shows: "the customer panel lists the customer's tickets with status, CSAT and date, searchable and opened offline",
    steps: customerHistorySteps,
  },
];

/** The parts to run: SWITCHBOARD_E2E_PARTS=presence,tags runs those alone (after the harness's own check). */
function wantedParts(): ReadonlySet<string> {
  const asked = (process.env.SWITCHBOARD_E2E_PARTS ?? '').split(',').map((name) => name.trim());
  const names = asked.filter((name) => name !== '');
  if (names.length === 0) return new Set(PARTS.map((part) => part.name));
  const unknown = names.filter((name) => !PARTS.some((part) => part.name === name));
  if (unknown.length > 0)
    throw new Error(
      `SWITCHBOARD_E2E_PARTS names no part ${unknown.join(', ')}; the parts are ${PARTS.map((p) => p.name).join(', ')}.`,
    );
  return new Set(names);
}

const STACK_START_MS = 300_000;
const PART_MS = 240_000;

/**
 * Collaboration on tickets (issue 19), end to end: two agents, Ana and Ben, each signed in at their own console in
 * browser mode against one real queue, with a Chromium page on each; the parts' steps run in turn on this stack.
 */
describe('two agents at two consoles', () => {
  const wanted = wantedParts();
  let running: RunningTwoConsoles | undefined;
  beforeAll(async () => {
    running = await startTwoConsoles();
  }, STACK_START_MS);
  afterAll(async () => {
    await running?.stop();
  });
  const consoles = (): TwoConsoles => {
    if (!running) throw new Error('The two consoles did not start.');
    return running.consoles;
  };

  it('each console is signed in as its own agent, sees a ticket escalated to both, and goes offline and back', async () => {
    const { ana, ben, escalate } = consoles();
    for (const agent of [ana, ben]) {
      expect(await consoleSession(agent.url)).toMatchObject({
        state: 'signed_in',
        user: { name: agent.user.name, role: 'agent' },
      });
    }
    const id = await escalate({ subject: 'Two consoles', text: 'Both agents see this ticket.' });
    for (const agent of [ana, ben]) {
      await agent.page.locator(`[data-testid="inbox-item"][data-ticket-id="${id}"]`).waitFor({ timeout: 15_000 });
    }
    await ana.goOffline();
    expect(await ben.page.getByTestId('connection-status').getAttribute('data-online')).toBe('true');
    await ana.goOnline();
  });

  for (const part of PARTS) {
    it.runIf(wanted.has(part.name))(`${part.name}: ${part.shows}`, () => part.steps(consoles()), PART_MS);
  }
});
