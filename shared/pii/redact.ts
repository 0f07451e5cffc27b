import { FINDERS, type PiiKind, type PiiSpan } from './detectors.js';

/** What a placeholder stands for; kept on this machine only. */
export interface PiiVault {
  /** placeholder -> original text */
  readonly entries: Map<string, string>;
}

export interface Redaction {
  text: string;
  /** Spans of the original text that were replaced, in order. */
  spans: PiiSpan[];
  vault: PiiVault;
}

export const PLACEHOLDER_RE = /\[(EMAIL|PHONE|CARD|IBAN|NATIONAL_ID|ADDRESS)_(\d{1,4})\]/g;

export function createVault(): PiiVault {
  return { entries: new Map() };
}

/** Every span of personal data found in the text, overlaps resolved by precedence then length. */
export function findPii(text: string): PiiSpan[] {
  const rank = new Map(FINDERS.map(([k], i) => [k, i]));
  const all = FINDERS.flatMap(([, find]) => find(text)).sort(
    (a, b) => rank.get(a.kind)! - rank.get(b.kind)! || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: PiiSpan[] = [];
  for (const span of all) {
    // never cut through a placeholder that is already in the text
    if (chosen.some((c) => span.start < c.end && c.start < span.end)) continue;
    chosen.push(span);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

function placeholderFor(vault: PiiVault, kind: PiiKind, value: string): string {
  for (const [ph, v] of vault.entries) if (v === value && ph.startsWith(`[${kind}_`)) return ph;
  const n = [...vault.entries.keys()].filter((k) => k.startsWith(`[${kind}_`)).length + 1;
  const ph = `[${kind}_${n}]`;
  vault.entries.set(ph, value);
  return ph;
}

/**
 * Replaces personal data with placeholders like [EMAIL_1]. The same value gets the same placeholder
 * within one vault, so a thread and the tool results of one ticket share numbering.
 */
export function redactPii(text: string, vault: PiiVault = createVault()): Redaction {
  const spans = findPii(text);
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + placeholderFor(vault, s.kind, text.slice(s.start, s.end));
    at = s.end;
  }
  return { text: out + text.slice(at), spans, vault };
}

/** Puts the originals back for placeholders this vault knows; unknown ones are left as they are. */
export function restorePii(text: string, vault: PiiVault): string {
  return text.replace(PLACEHOLDER_RE, (ph) => vault.entries.get(ph) ?? ph);
}

/** Placeholders in a text (for guardrails: none may reach a customer). */
export function placeholdersIn(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER_RE)].map((m) => m[0]);
}

/** Redacts every string inside a JSON-like value (tool results), sharing the vault. */
export function redactDeep<T>(value: T, vault: PiiVault): T {
  if (typeof value === 'string') return redactPii(value, vault).text as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, vault)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, vault)])) as T;
  }
  return value;
}

/** Restores placeholders inside every string of a JSON-like value (tool arguments). */
export function restoreDeep<T>(value: T, vault: PiiVault): T {
  if (typeof value === 'string') return restorePii(value, vault) as T;
  if (Array.isArray(value)) return value.map((v) => restoreDeep(v, vault)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreDeep(v, vault)])) as T;
  }
  return value;
}
