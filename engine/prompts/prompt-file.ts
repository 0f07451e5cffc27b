/**
 * Prompts are versioned files (resources/prompts/<name>.md): a front matter line `version: N` that a person raises
 * when the prompt's meaning changes, then the text with {{slots}}. A prompt's version is `<name>@N.<8 hex>` (the
 * first 8 hex digits of the file's sha-256), so any edit, even one that forgets to raise N, is a new version; the
 * eval gate and shadow runs record it with every decision (shared/domain/ai-assist.ts PromptVersionSchema).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PromptVersionSchema } from '../../shared/domain/ai-assist.js';

export interface PromptFile {
  name: string;
  /** `decide@3.1a2b3c4d`. */
  version: string;
  /** The text after the front matter, with its {{slots}}. */
  template: string;
}

/** Most text a prompt file may hold. */
export const MAX_PROMPT_FILE_BYTES = 64 * 1024;

const FRONT_MATTER = /^---\r?\nversion:\s*(\d{1,4})\s*\r?\n---\r?\n/;
const SLOT = /\{\{([a-z][a-zA-Z]*)\}\}/g;

/** Reads a prompt from its text; throws naming what is wrong. */
export function parsePromptFile(name: string, text: string): PromptFile {
  if (Buffer.byteLength(text, 'utf8') > MAX_PROMPT_FILE_BYTES)
    throw new Error(`Prompt ${name} is larger than ${MAX_PROMPT_FILE_BYTES} bytes.`);
  const head = FRONT_MATTER.exec(text);
  if (!head) throw new Error(`Prompt ${name} must start with a front matter block holding "version: N".`);
  const hash = createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 8);
  const version = PromptVersionSchema.parse(`${name}@${Number(head[1])}.${hash}`);
  return { name, version, template: text.slice(head[0].length) };
}

/** Loads resources/prompts/<name>.md. */
export function loadPromptFile(resourcesDir: string, name: string): PromptFile {
  return parsePromptFile(name, readFileSync(join(resourcesDir, 'prompts', `${name}.md`), 'utf8'));
}

/** The template with every {{slot}} filled; throws when a slot has no value (a typo would otherwise reach the model). */
export function fillPrompt(prompt: PromptFile, values: Readonly<Record<string, string>>): string {
  return prompt.template.replace(SLOT, (_, slot: string) => {
    const value = values[slot];
    if (value === undefined) throw new Error(`Prompt ${prompt.version} has a slot {{${slot}}} without a value.`);
    return value;
  });
}

/** The prompt the model engine decides tickets with. */
export const DECIDE_PROMPT = 'decide';
