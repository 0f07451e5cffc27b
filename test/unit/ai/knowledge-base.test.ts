import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKnowledgeBase, loadKnowledgeBase } from '../../../engine/knowledge-base.js';
import { FIXTURE_TENANT_DIR, tempDir } from './fixtures.js';

describe('knowledge base', () => {
  const kb = loadKnowledgeBase(join(FIXTURE_TENANT_DIR, 'knowledge-base.json'));

  it('answers an intent in the requested language', () => {
    expect(kb.answer('card_arrival', 'de')).toMatch(/Werktagen/);
    expect(kb.answer('card_arrival', 'en')).toMatch(/business days/);
  });

  it('returns null for a missing language or intent (never falls back silently)', () => {
    expect(kb.answer('exchange_rate', 'fr')).toBeNull();
    expect(kb.answer('no_such_intent', 'en')).toBeNull();
    expect(kb.answer('__proto__', 'en')).toBeNull();
    expect(kb.answer('card_arrival', 'constructor')).toBeNull();
  });

  it('lists its languages and intents', () => {
    expect(kb.languages).toEqual(['de', 'en', 'es', 'fr']);
    expect(kb.intents).toContain('change_pin');
  });

  it('treats blank answers as missing', () => {
    expect(createKnowledgeBase({ a: { en: '  ' } }).answer('a', 'en')).toBeNull();
  });

  it('explains a malformed file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.json'), '{"a": "not an object"}');
    writeFileSync(join(dir, 'broken.json'), '{');
    expect(() => loadKnowledgeBase(join(dir, 'bad.json'))).toThrow(/must map each intent/);
    expect(() => loadKnowledgeBase(join(dir, 'broken.json'))).toThrow(/not valid JSON/);
    expect(() => loadKnowledgeBase(join(dir, 'missing.json'))).toThrow(/does not exist/);
  });
});
