import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedEngineTenant } from '../../../engine/seed-tenant.js';
import { detectLanguage } from '../../../engine/language-detector.js';
import { loadLabelledCsv } from '../../../engine/training-data.js';
import { REPO_ROOT } from './fixtures.js';

const dir = join(REPO_ROOT, 'resources', 'tenants', 'payments');
const { config: tenant, engineTenant } = loadSeedEngineTenant(join(REPO_ROOT, 'resources'), 'payments');
const kb = engineTenant.knowledgeBase;
const MARKETS = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'el', 'ro'];
const SECURITY = [
  'compromised_card',
  'lost_or_stolen_card',
  'lost_or_stolen_phone',
  'card_payment_not_recognised',
  'cash_withdrawal_not_recognised',
];

describe('payments tenant (shipped resources)', () => {
  it('has an English answer for every answerable intent and a threshold for each', () => {
    for (const intent of tenant.answerableIntents) {
      expect(kb.answer(intent, 'en'), intent).not.toBeNull();
      expect(tenant.intentThresholds?.[intent] ?? tenant.resolveThreshold, intent).toBeGreaterThanOrEqual(0.97);
    }
  });

  it('never lets the AI answer security incidents on its own', () => {
    for (const intent of SECURITY) expect(tenant.answerableIntents).not.toContain(intent);
  });

  it('answers the core intents in the 15 market languages, each answer written in its language', () => {
    expect(kb.languages).toEqual(expect.arrayContaining(MARKETS));
    const core = ['card_arrival', 'change_pin', 'exchange_rate', 'top_up_limits', 'verify_my_identity', 'age_limit'];
    for (const intent of core) {
      for (const lang of MARKETS) {
        const text = kb.answer(intent, lang);
        expect(text, `${intent}/${lang}`).not.toBeNull();
        expect(detectLanguage(text!).language, `${intent}/${lang}`).toBe(lang);
      }
    }
  });

  it('ships training phrases in nl/it/pl/sv for every core intent the knowledge base answers in those languages', () => {
    const phrases = loadLabelledCsv(join(dir, 'training-multilingual.csv'), {
      textColumn: 'text',
      labelColumn: 'category',
      languageColumn: 'language',
    });
    const known = new Set([...tenant.answerableIntents, '__human_request', '__complaint']);
    for (const p of phrases) expect(known.has(p.label), `${p.label}: ${p.text}`).toBe(true);
    for (const lang of ['nl', 'it', 'pl', 'sv']) {
      const mine = phrases.filter((p) => p.language === lang);
      for (const intent of kb.intents.filter((i) => kb.answer(i, lang) !== null)) {
        expect(mine.filter((p) => p.label === intent).length, `${intent}/${lang}`).toBeGreaterThanOrEqual(4);
      }
      // Phrases long enough to tell their language must read as that language, or the row is mislabelled.
      const long = mine.filter((p) => p.text.split(/\s+/).length >= 6);
      const right = long.filter((p) => detectLanguage(p.text).language === lang).length;
      expect(right / long.length, lang).toBeGreaterThanOrEqual(0.95);
    }
  });
});
