import { describe, expect, it } from 'vitest';
import { detectSignals, keywordSignals } from '../../../engine/signals.js';

describe('signals', () => {
  it.each([
    ['en', 'I want to speak to a real person, not a bot'],
    ['en', 'Can I talk to an agent please?'],
    ['de', 'Ich möchte mit einem Mitarbeiter sprechen'],
    ['de', 'Bitte einen echten Menschen!'],
    ['fr', 'Je voudrais parler à un conseiller'],
    ['es', 'Quiero hablar con una persona'],
    ['pt', 'Quero falar com um atendente'],
    ['it', 'Vorrei parlare con un operatore'],
    ['nl', 'Ik wil met een medewerker spreken'],
    ['ar', 'أريد التحدث مع موظف'],
    ['ar', 'أريد شخص حقيقي'],
  ])('hears a human request in %s: %s', (_lang, text) => {
    const signals = keywordSignals(text);
    expect(signals.map((s) => s.kind)).toContain('human_request');
  });

  it.each([
    ['en', 'This is unacceptable, I am furious'],
    ['en', 'Worst service ever, I want to file a complaint'],
    ['de', 'Das ist eine Frechheit, ich will mich beschweren'],
    ['fr', "C'est inadmissible, je suis en colère"],
    ['es', 'Es una vergüenza, quiero poner una queja'],
    ['pt', 'Isso é inaceitável'],
    ['it', 'Sono molto arrabbiato, è inaccettabile'],
    ['nl', 'Ik wil een klacht indienen'],
    ['ar', 'هذا غير مقبول، أريد تقديم شكوى'],
  ])('hears a complaint in %s: %s', (_lang, text) => {
    expect(keywordSignals(text).map((s) => s.kind)).toContain('complaint');
  });

  it.each([
    'I want to transfer money to a person abroad',
    'Where is my card? It has not arrived',
    'How do I change my PIN?',
    'Quiero cambiar el PIN de mi tarjeta',
    'Wie ist der Wechselkurs heute?',
    'ما هو سعر الصرف؟',
  ])('stays quiet on an ordinary request: %s', (text) => {
    expect(detectSignals(text)).toEqual([]);
  });

  it('uses the classifier pseudo-intents above the threshold', () => {
    const ranking = [
      { intent: '__human_request', probability: 0.8 },
      { intent: 'card_arrival', probability: 0.2 },
    ];
    expect(detectSignals('bitte jemand anderes', ranking)).toEqual([
      { kind: 'human_request', source: 'classifier', evidence: '__human_request (80%)' },
    ]);
    expect(detectSignals('bitte jemand anderes', [{ intent: '__complaint', probability: 0.3 }])).toEqual([]);
  });

  it('lists a human request before a complaint when both fire', () => {
    const kinds = detectSignals('This is unacceptable. Let me speak to a manager now').map((s) => s.kind);
    expect(kinds).toEqual(['human_request', 'complaint']);
  });
});
