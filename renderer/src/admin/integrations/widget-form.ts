import { isWebOrigin } from '../../../../shared/channels/web-origin.js';
import type { WidgetSetting } from '../../../../shared/settings/setting-values.js';
import type { SettingFormSpec } from '../setting-editor.js';

/** A widget as its admin section edits it: the value's fields, the greetings by language tag. */
export type WidgetForm = Omit<WidgetSetting, 'greeting'> & { greeting: Record<string, string> };

/** How many allowed origins a widget names at most (the schema's bound): each line is a field of its own. */
export const MAX_ORIGINS = 20;

/** A new public key: `pk_` and 24 random letters or digits from the browser's cryptographic generator. */
export function newWidgetKey(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let key = '';
  while (key.length < 24)
    for (const byte of random(new Uint8Array(32))) {
      // 248 = 4 × 62: the bytes above it are dropped, so every character is equally likely.
      if (byte < 248 && key.length < 24) key += alphabet[byte % alphabet.length];
    }
  return `pk_${key}`;
}

/** The origin a person meant: what they typed, without spaces and a trailing slash (`https://shop.example/`). */
export function typedOrigin(typed: string): string {
  return typed.trim().replace(/\/$/, '');
}

/** Whether a typed origin may be added to the list: a web origin, not listed yet. */
export function originToAdd(typed: string, listed: readonly string[]): { origin: string; ok: boolean } {
  const origin = typedOrigin(typed);
  return { origin, ok: isWebOrigin(origin) && !listed.includes(origin) };
}

/**
 * The widget's form for a tenant's languages: a greeting field per language (plus any a stored widget has), each
 * allowed origin its own field, so an issue lands on the line it is about.
 */
export function widgetFormFor(languages: readonly string[]): SettingFormSpec<'widget', WidgetForm> {
  return {
    kind: 'widget',
    fieldPaths: [
      'title',
      'greeting',
      ...languages.map((language) => `greeting.${language}`),
      'accentColor',
      'position',
      'queueId',
      'enabled',
      'publicKey',
      'allowedOrigins',
      ...Array.from({ length: MAX_ORIGINS }, (_, index) => `allowedOrigins.${index}`),
      'requireIdentity',
    ],
    blank: () => ({
      title: '',
      greeting: Object.fromEntries(languages.map((language) => [language, ''])),
      accentColor: '#1f5fbf',
      position: 'right',
      queueId: '',
      enabled: true,
      publicKey: newWidgetKey(),
      allowedOrigins: [],
      requireIdentity: false,
    }),
    fromValue: (value) => ({
      ...value,
      greeting: { ...Object.fromEntries(languages.map((language) => [language, ''])), ...value.greeting },
      allowedOrigins: [...value.allowedOrigins],
    }),
    toValue: (form) => ({
      ...form,
      accentColor: form.accentColor.trim(),
      // A language left empty has no greeting.
      greeting: Object.fromEntries(Object.entries(form.greeting).filter(([, text]) => text.trim() !== '')),
      allowedOrigins: form.allowedOrigins.map(typedOrigin),
    }),
  };
}
