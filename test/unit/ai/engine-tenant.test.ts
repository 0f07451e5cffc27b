import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonFile } from '../../../lib/json-file.js';
import { KnowledgeBaseFileSchema } from '../../../lib/tenant-seed/seed-files.js';
import { readTenantSeed, type SeedItem } from '../../../lib/tenant-seed/tenant-seed.js';
import { BuiltinEngine } from '../../../engine/builtin-engine.js';
import { engineTenantFrom, rulesInForce, type EngineTenant } from '../../../engine/engine-tenant.js';
import { loadSeedEngineTenant, settingsFromSeedItems } from '../../../engine/seed-tenant.js';
import { articleOf } from '../../helpers/queue-tenant-settings.js';
import { customerMessage, fixtureClassifier, makeTicket, REPO_ROOT } from './fixtures.js';

const stored = settingsFromSeedItems;

const PROFILE: SeedItem = {
  kind: 'profile',
  id: 'profile',
  value: { name: 'Test', languages: ['en', 'de'], resolveThreshold: 0.5, intentThresholds: { change_pin: 0.99 } },
};
const QUEUES: SeedItem[] = [
  { kind: 'queue', id: 'general', value: { name: 'General' } },
  { kind: 'queue', id: 'security', value: { name: 'Security' } },
];
const ARRIVAL = articleOf('card_arrival', { en: 'It arrives in 5 days.', de: 'Sie kommt in 5 Tagen.' });
const PIN_DRAFT = articleOf('change_pin', { en: 'Change it in the app.' }, 'draft');

const input = (text: string) => {
  const ticket = makeTicket();
  return { ticket, messages: [customerMessage(ticket, text)] };
};

describe('the engine tenant from the queue settings', () => {
  const settings = stored([
    PROFILE,
    ...QUEUES,
    { kind: 'article', id: 'arrival', value: ARRIVAL },
    { kind: 'article', id: 'pin', value: PIN_DRAFT },
  ]);

  it('answers the intents published articles name, with their text, at the profile thresholds', () => {
    const tenant = engineTenantFrom({ tenantId: 't1', settings, rules: rulesInForce({ rules: null }, settings) });
    expect(tenant.knowledgeBase.intents).toEqual(['card_arrival']);
    expect(tenant.knowledgeBase.languages).toEqual(['de', 'en']);
    expect(tenant.knowledgeBase.answer('card_arrival', 'de')).toBe('Sie kommt in 5 Tagen.');
    expect(tenant.knowledgeBase.answer('change_pin', 'en')).toBeNull();
    expect(tenant).toMatchObject({ id: 't1', resolveThreshold: 0.5, intentThresholds: { change_pin: 0.99 } });
  });

  it('answers from an article written in Markdown with its plain text', () => {
    const markdown = articleOf('card_arrival', {
      en: 'It arrives **within 5 days**:\n\n- track it in *Card*\n- or on [the status page](https://status.example.test)',
    });
    const withMarkdown = stored([PROFILE, ...QUEUES, { kind: 'article', id: 'arrival', value: markdown }]);
    const tenant = engineTenantFrom({
      tenantId: 't1',
      settings: withMarkdown,
      rules: rulesInForce({ rules: null }, withMarkdown),
    });
    expect(tenant.knowledgeBase.answer('card_arrival', 'en')).toBe(
      'It arrives within 5 days:\n\n- track it in Card\n- or on the status page (https://status.example.test)',
    );
  });

  it('without saved rules sends every escalation to the first queue; rules naming a missing queue are refused', () => {
    expect(rulesInForce({ rules: null }, settings)).toEqual([{ id: 'catch-all', ownerQueue: 'general', when: {} }]);
    const unknownQueue = [{ id: 'all', ownerQueue: 'nowhere', when: {} }];
    expect(() => engineTenantFrom({ tenantId: 't1', settings, rules: unknownQueue })).toThrow(/nowhere/);
    // A tenant with no queue settings yet: the rules are checked for everything but their queues.
    const bare = stored([PROFILE]);
    expect(engineTenantFrom({ tenantId: 't1', settings: bare, rules: unknownQueue }).escalationRules).toEqual(
      unknownQueue,
    );
  });

  it('decides the payments demo as its seed files say, once the queue holds the seed as articles', () => {
    const dir = join(REPO_ROOT, 'resources', 'tenants', 'payments');
    const seed = readTenantSeed(dir);
    const fromQueue = engineTenantFrom({ tenantId: seed.tenant.id, settings: stored(seed.items), rules: seed.rules });
    // The seed files as they were read at run time before: tenant.json and knowledge-base.json.
    const { config } = loadSeedEngineTenant(join(REPO_ROOT, 'resources'), 'payments');
    const file = readJsonFile(join(dir, 'knowledge-base.json'), KnowledgeBaseFileSchema, 'knowledge base');
    expect(fromQueue.knowledgeBase.intents).toEqual([...config.answerableIntents].sort());
    for (const intent of config.answerableIntents)
      for (const [language, answer] of Object.entries(file[intent] ?? {}))
        expect(fromQueue.knowledgeBase.answer(intent, language), `${intent}/${language}`).toBe(answer);
    expect(fromQueue.knowledgeBase.languages).toEqual(
      [...new Set(config.answerableIntents.flatMap((intent) => Object.keys(file[intent] ?? {})))].sort(),
    );
    expect(fromQueue.resolveThreshold).toBe(config.resolveThreshold);
    expect(fromQueue.intentThresholds).toEqual(config.intentThresholds);
    expect(fromQueue.escalationRules).toEqual(config.escalationRules);
  });
});

describe('the built-in engine with its configuration from the queue', () => {
  const settings = stored([PROFILE, ...QUEUES, { kind: 'article', id: 'arrival', value: ARRIVAL }]);
  const configuration = { tenantId: 't1', settings, rules: rulesInForce({ rules: null }, settings) };
  const classifier = fixtureClassifier().classifier;

  it('answers from a newly published article and stops once the article is gone, between two decisions', async () => {
    const withoutArticle = stored([PROFILE, ...QUEUES]);
    const engine = new BuiltinEngine(engineTenantFrom({ ...configuration, settings: withoutArticle }), classifier);
    const question = 'Meine Karte ist noch nicht angekommen, wo ist sie?';
    expect(await engine.decide(input(question))).toMatchObject({ action: 'escalate' });
    engine.useConfiguration(configuration);
    expect(await engine.decide(input(question))).toMatchObject({
      action: 'resolve',
      intent: 'card_arrival',
      reply: 'Sie kommt in 5 Tagen.',
    });
    engine.useConfiguration({ ...configuration, settings: withoutArticle });
    expect(await engine.decide(input(question))).toMatchObject({ action: 'escalate' });
  });

  it('keeps its configuration when given rules it cannot use', () => {
    const engine = new BuiltinEngine(engineTenantFrom(configuration), classifier);
    expect(() =>
      engine.useConfiguration({ ...configuration, rules: [{ id: 'x', ownerQueue: 'nowhere', when: {} }] }),
    ).toThrow(/nowhere/);
    expect(engine.configuration.escalationRules).toEqual(configuration.rules);
  });

  it('resolves nothing on its own for a tenant without a profile', async () => {
    const noProfile = stored([...QUEUES, { kind: 'article', id: 'arrival', value: ARRIVAL }]);
    const engine = new BuiltinEngine(engineTenantFrom({ ...configuration, settings: noProfile }), classifier);
    const d = await engine.decide(input('My card has still not arrived, where is it?'));
    expect(d).toMatchObject({ action: 'escalate', intent: 'card_arrival', escalation: { code: 'low_confidence' } });
    expect(d.action === 'escalate' && d.escalation.detail).toMatch(/no profile with a resolve threshold/);
  });
});

describe('the built-in engine for a tenant without intent training data', () => {
  const settings = stored([PROFILE, ...QUEUES, { kind: 'article', id: 'arrival', value: ARRIVAL }]);
  const tenant: EngineTenant = engineTenantFrom({
    tenantId: 't1',
    settings,
    rules: [
      { id: 'complaints', ownerQueue: 'security', when: { reasons: ['complaint'] } },
      { id: 'catch-all', ownerQueue: 'general', when: {} },
    ],
  });
  const engine = new BuiltinEngine(tenant, null);

  it('is ready at once and decides every ticket without a classifier: signals, rules, else a person', async () => {
    await engine.whenReady();
    expect(await engine.decideNow(input('I want to speak to a human, please.'))).toMatchObject({
      action: 'escalate',
      escalation: { code: 'human_requested', ruleId: 'catch-all' },
    });
    expect(await engine.decide(input('This is unacceptable, I am furious about your service!'))).toMatchObject({
      action: 'escalate',
      ownerQueue: 'security',
      escalation: { code: 'complaint', ruleId: 'complaints' },
    });
    const plain = await engine.decide(input('My card has still not arrived, where is it?'));
    expect(plain).toMatchObject({ action: 'escalate', intent: null, escalation: { code: 'no_answer' } });
    expect(plain.action === 'escalate' && plain.escalation.detail).toMatch(/no intent training data/);
  });
});
