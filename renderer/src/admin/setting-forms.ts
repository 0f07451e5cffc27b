import type { MacroVariable } from '../../../shared/domain/macros.js';
import { splitList } from '../lead/rules/rule-form.js';
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
export type TagForm = { name: string; color: string; aiIntents: string };
const TAG_TEXT_FORM = textFieldsForm<'tag', Omit<TagForm, 'aiIntents'>>('tag', { name: 'required', color: 'optional' });
/** With the intents for which the AI sets the tag (issue 19), typed comma-separated; none: only people set it. */
export const TAG_FORM: SettingFormSpec<'tag', TagForm> = {
  kind: 'tag',
  fieldPaths: [...TAG_TEXT_FORM.fieldPaths, 'aiIntents'],
  blank: () => ({ ...TAG_TEXT_FORM.blank(), aiIntents: '' }),
  fromValue: (value) => ({ ...TAG_TEXT_FORM.fromValue(value), aiIntents: (value.aiIntents ?? []).join(', ') }),
  toValue: (form, id) => {
    const aiIntents = splitList(form.aiIntents);
    return { ...(TAG_TEXT_FORM.toValue(form, id) as object), ...(aiIntents.length > 0 ? { aiIntents } : {}) };
  },
};

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
