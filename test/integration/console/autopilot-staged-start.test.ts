import { beforeEach, describe, expect, it } from 'vitest';
import { BuiltinEngine } from '../../../engine/builtin-engine.js';
import type { IntentClassifier } from '../../../engine/intent-classifier.js';
import { waitFor } from '../../helpers/child-process.js';
import { TestAutopilots } from '../../helpers/test-autopilots.js';
import { fixtureClassifier, fixtureEngineTenant, fixtureKnowledgeBase, fixtureTenant } from '../../unit/ai/fixtures.js';

const model = fixtureClassifier();
const tenant = fixtureTenant();
const QUESTION = 'My card still has not arrived, where is it?';
const QUEUE_MAX_LEASE_MS = 3_000;

/** The built-in engine with its classifier still on its way, as on a first start; the test says when it arrives. */
function startingEngine() {
  let deliver!: (classifier: IntentClassifier) => void;
  const arriving = new Promise<IntentClassifier>((resolve) => (deliver = resolve));
  return {
    engine: new BuiltinEngine(fixtureEngineTenant(tenant), arriving),
    classifierReady: () => deliver(model.classifier),
  };
}

describe('autopilot whose engine is still loading its classifier', () => {
  // Leases are capped well below what the autopilot asks for (30 s), as an operator may: it must renew by the
  // lease the queue granted, not by the one it asked for.
  const autopilots = TestAutopilots.overFreshDemoQueue(tenant, { maxLeaseMs: QUEUE_MAX_LEASE_MS });
  beforeEach(() => autopilots.saveTenant(fixtureKnowledgeBase()));
  it('escalates a complaint at once, holds an everyday question under a renewed lease, and decides it from its latest thread once ready', async () => {
    const { engine, classifierReady } = startingEngine();
    const complaint = await autopilots.post('This is unacceptable! My card has still not arrived after three weeks.');
    const question = await autopilots.post(QUESTION);
    // One may wait: the autopilot cannot win a lost ticket back by claiming it again.
    const autopilot = autopilots.start(engine, { maxWaiting: 1 });

    const escalated = await autopilots.ticketOnce(
      complaint,
      (current) => current.status === 'escalated',
      'the complaint escalated before the classifier is ready',
    );
    expect(escalated).toMatchObject({ ownerQueue: 'complaints', escalation: { code: 'complaint' } });
    await waitFor(async () => autopilot.ticketsWaiting === 1, 5_000, 'the question waiting');

    // Longer than a lease: it is renewed, so no other worker can take the waiting ticket.
    await new Promise((r) => setTimeout(r, QUEUE_MAX_LEASE_MS * 1.5));
    const other = await autopilots.worker().claim('another-worker', 10, 1_000);
    expect(other.ok && other.value.claims).toEqual([]);
    expect((await autopilots.ticket(question)).status).toBe('new');

    // The customer writes again while it waits: the decision reads the thread as it is then.
    const reply = await autopilots.admin().postCustomerReply(question, 'I want to speak to a human, now please.');
    expect(reply.ok).toBe(true);
    classifierReady();
    const decided = await autopilots.ticketOnce(
      question,
      (current) => current.status !== 'new',
      'the waiting question decided once the classifier is ready',
    );
    expect(decided).toMatchObject({
      status: 'escalated',
      intent: 'card_arrival',
      escalation: { code: 'human_requested' },
    });
    expect(autopilot.ticketsWaiting).toBe(0);
    await waitFor(async () => autopilot.decisionsSubmitted === 2, 5_000, 'both decisions counted');
  });

  it('claims no more than maxWaiting tickets while it loads, leaving the others to workers that are ready', async () => {
    const { engine, classifierReady } = startingEngine();
    const first = await autopilots.post(QUESTION);
    const second = await autopilots.post(`${QUESTION} I ordered it two weeks ago.`);
    const autopilot = autopilots.start(engine, { maxWaiting: 1 });
    await waitFor(async () => autopilot.ticketsWaiting === 1, 5_000, 'one ticket waiting');
    await new Promise((r) => setTimeout(r, 500));

    const other = await autopilots.worker().claim('ready-worker', 10, 30_000);
    expect(other.ok && other.value.claims.map((c) => c.ticket.id)).toEqual([second]);
    classifierReady();
    await autopilots.ticketOnce(first, (current) => current.status === 'ai_resolved', 'the waiting ticket resolved');
  });
});
