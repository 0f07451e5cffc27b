import type { MacroVariable } from '../../../shared/domain/macros.js';
import type { SettingFormSpec } from './setting-editor.js';

/** A queue as its form holds it: a name and an optional description. */
export interface QueueForm {
  name: string;
  description: string;
}

export const QUEUE_FORM: SettingFormSpec<'queue', QueueForm> = {
  kind: 'queue',
  fieldPaths: ['name', 'description'],
  blank: () => ({ name: '', description: '' }),
  fromValue: (value) => ({ name: value.name, description: value.description ?? '' }),
  toValue: (form) => ({ name: form.name, ...(form.description.trim() ? { description: form.description } : {}) }),
};

/** A tag: a name and an optional colour written #rrggbb. */
export interface TagForm {
  name: string;
  color: string;
}

export const TAG_FORM: SettingFormSpec<'tag', TagForm> = {
  kind: 'tag',
  fieldPaths: ['name', 'color'],
  blank: () => ({ name: '', color: '' }),
  fromValue: (value) => ({ name: value.name, color: value.color ?? '' }),
  toValue: (form) => ({ name: form.name, ...(form.color.trim() ? { color: form.color.trim() } : {}) }),
};

/** A macro: a name and the text an agent inserts, with {{variables}}. */
export interface MacroForm {
  name: string;
  text: string;
}

export const MACRO_FORM: SettingFormSpec<'macro', MacroForm> = {
  kind: 'macro',
  fieldPaths: ['name', 'text'],
  blank: () => ({ name: '', text: '' }),
  fromValue: (value) => ({ name: value.name, text: value.text }),
  toValue: (form) => ({ name: form.name, text: form.text }),
};

/** `text` with `{{variable}}` put in place of the selection; where the caret goes after it. */
export function insertVariable(
  text: string,
  selection: { start: number; end: number },
  variable: MacroVariable,
): { text: string; caret: number } {
  const token = `{{${variable}}}`;
  return {
    text: text.slice(0, selection.start) + token + text.slice(selection.end),
    caret: selection.start + token.length,
  };
}

/**
 * An id suggested for a new item from its name: lower-case letters and digits joined by '-', accents dropped.
 * Empty when the name has none (a Japanese name): the admin types the id.
 */
export function suggestedId(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}
