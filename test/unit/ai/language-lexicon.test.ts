import { describe, expect, it } from 'vitest';
import { lexiconHits } from '../../../engine/language-lexicon.js';

describe('lexiconHits', () => {
  it('counts the common words of each language in a message, case-insensitively', () => {
    const hits = lexiconHits('Kartu saya TIDAK bisa dipakai');
    expect(hits.get('id')).toBe(4);
    expect(hits.has('en')).toBe(false);
  });

  it('credits a word to every language that uses it', () => {
    const hits = lexiconHits('ikke');
    expect(hits.get('da')).toBe(1);
    expect(hits.get('nb')).toBe(1);
    expect(hits.has('sv')).toBe(false);
    expect(lexiconHits('de').get('es')).toBe(1);
    expect(lexiconHits('de').get('nl')).toBe(1);
  });

  it("knows a payments help desk's words in the close languages", () => {
    expect(lexiconHits('tarjeta bloqueada').get('es')).toBe(2);
    expect(lexiconHits('cartão bloqueado').get('pt')).toBe(2);
    expect(lexiconHits('kortet spärrat').get('sv')).toBe(2);
    expect(lexiconHits('kortet spärrat').get('da')).toBe(1);
    expect(lexiconHits('glemt passord').get('nb')).toBe(1);
    expect(lexiconHits('glemt passord').has('da')).toBe(false);
    expect(lexiconHits('uang hilang').get('id')).toBe(2);
  });

  it('finds nothing in text without words', () => {
    expect(lexiconHits('12345 !!! 🙂').size).toBe(0);
  });
});
