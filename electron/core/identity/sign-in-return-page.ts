import type { SsoReturnFailure } from '../../../shared/api/sso-return.js';
import type { SsoReturnOutcome } from './sso-return.js';

/** The loopback page's texts in the reader's language (the `desktop` namespace's signInReturn group). */
export interface SignInReturnText {
  readonly language: string;
  readonly direction: 'ltr' | 'rtl';
  readonly title: string;
  readonly signedIn: string;
  readonly failures: Readonly<Record<SsoReturnFailure, string>>;
}

/** The texts for a reader whose browser prefers `languages` (Accept-Language, most preferred first). */
export type SignInReturnTexts = (languages: readonly string[]) => SignInReturnText;

/** No script, no style, no images: the page says its sentence and nothing more. */
export const SIGN_IN_RETURN_PAGE_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The small page the system browser shows after the desktop's sign-in: you are signed in, or why not. */
export function signInReturnPage(text: SignInReturnText, outcome: SsoReturnOutcome): string {
  const sentence = outcome.ok ? text.signedIn : text.failures[outcome.failure];
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(text.language)}" dir="${text.direction}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(text.title)}</title></head>`,
    `<body><main><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(sentence)}</p></main></body>`,
    '</html>',
  ].join('\n');
}

/** The language tags of an Accept-Language header, most preferred first (q-values ordered, at most 20). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .slice(0, 1_000)
    .split(',')
    .slice(0, 20)
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((value) => value !== undefined);
      return { tag: tag.trim(), weight: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.tag);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
