import type { MacroVariable } from '../../../shared/domain/macros.js';
import type { SettingFormSpec } from './setting-editor.js';

/**
 * A form of plain text fields, one per field of the value: required ones sent as typed (the schema names what is
 * wrong), optional ones left out when blank. Queues, tags and macros are such forms.
 */
function textFieldsForm<K extends 'queue' | 'tag' | 'macro', F extends Record<string, string>>(
  kind: K,
  fields: { [N in keyof F & string]: 'required' | 'optional' },
): SettingFormSpec<K, F> {
  const names = Object.keys(fields) as Array<keyof F & string>;
  const each = (value: (name: keyof F & string) => string) =>
    Object.fromEntries(names.map((name) => [name, value(name)])) as F;
  return {
    kind,
    fieldPaths: names,
    blank: () => each(() => ''),
    fromValue: (value) => each((name) => (value as Record<string, string | undefined>)[name] ?? ''),
    toValue: (form) =>
      Object.fromEntries(
        names.flatMap((name): Array<[string, string]> => {
          const typed: string = form[name] ?? '';
          if (fields[name] === 'required') return [[name, typed]];
          return typed.trim() ? [[name, typed.trim()]] : [];
        }),
      ),
  };
}

/** A queue: a name and an optional description. */
export type QueueForm = { name: string; description: string };
export const QUEUE_FORM = textFieldsForm<'queue', QueueForm>('queue', { name: 'required', description: 'optional' });

/** A tag: a name and an optional colour written #rrggbb. */
export type TagForm = { name: string; color: string };
export const TAG_FORM = textFieldsForm<'tag', TagForm>('tag', { name: 'required', color: 'optional' });

/** A macro: a name and the text an agent inserts, with {{variables}}. */
export type MacroForm = { name: string; text: string };
export const MACRO_FORM = textFieldsForm<'macro', MacroForm>('macro', { name: 'required', text: 'required' });

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
