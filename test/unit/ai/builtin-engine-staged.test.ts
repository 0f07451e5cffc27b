import { describe, expect, it } from 'vitest';
import { AiDecisionSchema, type AiDecision } from '../../../shared/domain/decision.js';
import type { TenantConfig } from '../../../shared/domain/tenant.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { BuiltinEngine, startBuiltinEngine } from '../../../engine/builtin-engine.js';
import type { AiEngineInput } from '../../../engine/engine.js';
import type { IntentClassifier } from '../../../engine/intent-classifier.js';
import { customerMessage, fixtureClassifier, fixtureEngineTenant, fixtureTenant, makeTicket } from './fixtures.js';

const model = fixtureClassifier();
const base = fixtureTenant();
// Fixture rules: complaints (reason), security (intents), vip (tiers), catch-all.

/** An engine whose classifier arrives when the test says so, and the same engine with it from the start. */
function staged(tenant: TenantConfig = base) {
  let deliver!: (classifier: IntentClassifier) => void;
  let refuse!: (error: Error) => void;
  const arriving = new Promise<IntentClassifier>((resolve, reject) => {
    deliver = resolve;
    refuse = reject;
  });
  return {
    engine: new BuiltinEngine(fixtureEngineTenant(tenant), arriving),
    full: new BuiltinEngine(fixtureEngineTenant(tenant), model.classifier),
    classifierReady: () => deliver(model.classifier),
    classifierFailed: (error: Error) => refuse(error),
  };
}

const input = (text: string, ticket: Partial<Ticket> = {}) => {
  const t = makeTicket(ticket);
  return { ticket: t, messages: [customerMessage(t, text)] };
};
const settled = async <T>(promise: Promise<T>): Promise<boolean> => {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
  return done;
};
const vip = { customer: { id: 'c-9', name: 'Vera', tier: 'vip' as const } };

/** Action, reason and owner: what the customer and the agents see of a decision. */
function outcome(d: AiDecision) {
  return d.action === 'resolve'
    ? { action: d.action }
    : { action: d.action, code: d.escalation.code, ruleId: d.escalation.ruleId, ownerQueue: d.ownerQueue };
}

/** The staged engine escalates `ticket` at once as `expected` says, and the ready engine decides it the same way. */
async function expectEscalatedNowAsWhenReady(
  { engine, full }: Pick<ReturnType<typeof staged>, 'engine' | 'full'>,
  ticket: AiEngineInput,
  expected: { ownerQueue: string; escalation: { code: string; ruleId: string } },
): Promise<void> {
  const early = await engine.decideNow(ticket);
  expect(early).toMatchObject({ action: 'escalate', ...expected });
  expect(outcome(early!)).toEqual(outcome(await full.decide(ticket)));
}

describe('the built-in engine before its intent classifier is ready', () => {
  it('decides a complaint at once, as the full engine would, saying the intent is not classified yet', async () => {
    const { engine, full } = staged();
    const ticket = input('This is unacceptable! My card has still not arrived after three weeks.');
    const early = await engine.decideNow(ticket);
    expect(early).not.toBeNull();
    AiDecisionSchema.parse(early);
    expect(outcome(early!)).toEqual(outcome(await full.decide(ticket)));
    expect(early).toMatchObject({
      action: 'escalate',
      ownerQueue: 'complaints',
      intent: null,
      confidence: null,
      language: 'en',
      draft: null,
    });
    expect(early?.summary).toMatch(/not classified yet/);
    if (early?.action === 'escalate') expect(early.escalation.detail).toMatch(/intent classifier was still loading/);
  });

  it('lets an everyday question wait, and answers it once the classifier is ready', async () => {
    const { engine, full, classifierReady } = staged();
    const ticket = input('My card still has not arrived, where is it?');
    expect(await engine.decideNow(ticket)).toBeNull();
    const waiting = engine.decide(ticket);
    expect(await settled(waiting)).toBe(false);
    expect(await settled(engine.whenReady())).toBe(false);

    classifierReady();
    expect(await waiting).toEqual({ ...(await full.decide(ticket)), latencyMs: expect.any(Number) });
    expect(await waiting).toMatchObject({ action: 'resolve', intent: 'card_arrival' });
    await engine.whenReady();
    expect(await engine.decideNow(ticket)).toMatchObject({ action: 'resolve', intent: 'card_arrival' });
  });

  it('routes a request for a person now only when no intent could change its owner', async () => {
    const [complaints, security, vipRule, catchAll] = base.escalationRules;
    const { engine, full } = staged({ ...base, escalationRules: [complaints!, vipRule!, security!, catchAll!] });
    // Standard tier: the intent rule "security" could still claim it, so it waits.
    expect(await engine.decideNow(input('I want to speak to a human, now please.'))).toBeNull();
    // VIP: "vip" comes first among the rules that can hold, and tests no intent, so the owner is certain.
    const ticket = input('I want to speak to a human, now please.', vip);
    await expectEscalatedNowAsWhenReady({ engine, full }, ticket, {
      ownerQueue: 'vip',
      escalation: { code: 'human_requested', ruleId: 'vip' },
    });
  });

  it('applies a rule that forces escalation on known facts, and waits on one that tests the confidence', async () => {
    const tenant: TenantConfig = {
      ...base,
      escalationRules: [
        { id: 'fraud', ownerQueue: 'security', escalate: true, when: { keywords: ['fraud'] } },
        { id: 'vip-unsure', ownerQueue: 'vip', escalate: true, when: { tiers: ['vip'], maxConfidence: 0.9 } },
        ...base.escalationRules,
      ],
    };
    const { engine, full } = staged(tenant);
    const fraud = input('My card still has not arrived, where is it? Is this fraud?');
    await expectEscalatedNowAsWhenReady({ engine, full }, fraud, {
      ownerQueue: 'security',
      escalation: { code: 'rule', ruleId: 'fraud' },
    });
    expect(await engine.decideNow(input('My card still has not arrived, where is it?', vip))).toBeNull();
  });

  it('lets a ticket a person owns wait: its draft needs the intent', async () => {
    const { engine } = staged({ ...base, escalationRules: [{ id: 'catch-all', ownerQueue: 'general', when: {} }] });
    expect(
      await engine.decideNow(input('My card still has not arrived, where is it?', { humanTouched: true })),
    ).toBeNull();
  });

  it('fails the waiting tickets (the autopilot sends them to a person) when the classifier cannot be had', async () => {
    const { engine, classifierFailed } = staged();
    const waiting = engine.decide(input('My card still has not arrived, where is it?'));
    classifierFailed(new Error('training data missing'));
    await expect(waiting).rejects.toThrow('training data missing');
    await expect(engine.whenReady()).rejects.toThrow('training data missing');
  });

  it('startBuiltinEngine reads the model file it is given, or falls back when there is none', async () => {
    const loaded = startBuiltinEngine({
      tenant: fixtureEngineTenant(base),
      loadModel: async () => model.file,
    });
    await loaded.whenReady();
    expect(await loaded.decideNow(input('My card still has not arrived, where is it?'))).toMatchObject({
      action: 'resolve',
      intent: 'card_arrival',
    });

    const fellBack: unknown[] = [];
    const fallback = startBuiltinEngine({
      tenant: fixtureEngineTenant(base),
      loadModel: async () => {
        throw new Error('the child process exited');
      },
      fallback: (error) => {
        fellBack.push(error);
        return model.classifier;
      },
    });
    await fallback.whenReady();
    expect(fellBack).toHaveLength(1);
    expect(await fallback.decideNow(input('My card still has not arrived, where is it?'))).toMatchObject({
      action: 'resolve',
    });
  });
});
