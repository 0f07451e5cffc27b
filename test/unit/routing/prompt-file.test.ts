import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECIDE_PROMPT, fillPrompt, loadPromptFile, parsePromptFile } from '../../../engine/prompts/prompt-file.js';
import { RESOURCES_DIR } from '../../integration/openai/fixtures.js';

describe('versioned prompt files', () => {
  it("the decide prompt's version is its number and the first 8 hex of the file's sha-256", () => {
    const text = readFileSync(`${RESOURCES_DIR}/prompts/decide.md`, 'utf8');
    const prompt = loadPromptFile(RESOURCES_DIR, DECIDE_PROMPT);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 8);
    expect(prompt.version).toBe(`decide@1.${hash}`);
    const filled = fillPrompt(prompt, { tenant: 'Northwind Pay', articles: '[a:en:0] Fees\nNone.' });
    expect(filled).toContain('customer-support AI of Northwind Pay');
    expect(filled).toContain('[a:en:0] Fees');
    expect(filled).not.toMatch(/\{\{|^---/);
  });

  it('any edit is a new version, even one that forgets to raise the number', () => {
    const a = parsePromptFile('decide', '---\nversion: 2\n---\nAnswer {{tenant}}.');
    const b = parsePromptFile('decide', '---\nversion: 2\n---\nAnswer {{tenant}} kindly.');
    expect(a.version).toMatch(/^decide@2\.[0-9a-f]{8}$/);
    expect(b.version).not.toBe(a.version);
  });

  it('refuses a file without its version, and a slot left without a value', () => {
    expect(() => parsePromptFile('decide', 'Answer {{tenant}}.')).toThrow(/front matter block holding "version: N"/);
    const prompt = parsePromptFile('decide', '---\nversion: 1\n---\nAnswer {{tenant}} from {{articels}}.');
    expect(() => fillPrompt(prompt, { tenant: 'X', articles: '' })).toThrow(/slot \{\{articels\}\} without a value/);
  });
});
