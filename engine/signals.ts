/**
 * Signals that send a ticket to a human whatever its intent: the customer asks for a human, or
 * complains or is angry. Three detectors: the classifier's pseudo-intents (`__human_request`,
 * `__complaint`), phrase lists for all 40 supported languages (signal-phrases.ts) matched on
 * normalised text, and tone (shouting in capitals, a run of exclamation marks) for anger.
 */
import type { IntentScore } from './intent-classifier.js';
import { SIGNAL_PHRASES } from './signal-phrases.js';
import { normaliseText, tokenise } from './text-features.js';

export type SignalKind = 'human_request' | 'complaint';

export interface Signal {
  kind: SignalKind;
  source: 'keyword' | 'classifier' | 'tone';
  /** The phrase that matched, or the pseudo-intent and its probability. */
  evidence: string;
}

export const PSEUDO_INTENTS: Readonly<Record<SignalKind, string>> = {
  human_request: '__human_request',
  complaint: '__complaint',
};

export function isPseudoIntent(intent: string): boolean {
  return intent.startsWith('__');
}

/** Scripts matched without word boundaries: written without spaces, or with attached clitics. */
const UNBOUNDED_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Bengali}]/u;
const GREEK_MARKS = /(\p{Script=Greek})\p{M}+/gu;

/** Text (or a pattern) as the phrase lists see it: normalised tokens joined by single spaces, Greek accents dropped. */
function phraseView(text: string): string {
  return tokenise(normaliseText(text).normalize('NFD').replace(GREEK_MARKS, '$1').normalize('NFC')).join(' ');
}

/** A pattern in the same view as the text: its words normalised, its regex syntax kept. */
function patternView(pattern: string): string {
  return pattern
    .split(/([()|?])/)
    .map((part) =>
      /^[()|?]$/.test(part)
        ? part
        : part
            .split(' ')
            .map((w) => (w ? phraseView(w) : w))
            .join(' '),
    )
    .join('');
}

/**
 * A phrase list as two regular expressions, one alternation of its phrases between word boundaries and one of those
 * in scripts matched without them: a text is matched once per list, and a start compiles two expressions instead of
 * one per phrase (504 of them: about half a second of CPU before the first decision, and 0.3-0.6 ms a text after).
 */
function compile(patterns: readonly string[]): RegExp[] {
  const alternation = (unbounded: boolean) =>
    patterns
      .filter((p) => UNBOUNDED_SCRIPT.test(p) === unbounded)
      .map((p) => `(?:${patternView(p)})`)
      .join('|');
  const bounded = alternation(false);
  const unbounded = alternation(true);
  return [
    ...(bounded ? [new RegExp(`(?<![\\p{L}\\p{N}])(?:${bounded})(?![\\p{L}\\p{N}])`, 'u')] : []),
    ...(unbounded ? [new RegExp(unbounded, 'u')] : []),
  ];
}

const HUMAN_REQUEST_RE = compile(Object.values(SIGNAL_PHRASES).flatMap((l) => l.human));
const COMPLAINT_RE = compile(Object.values(SIGNAL_PHRASES).flatMap((l) => l.complaint));

/** Anger by tone: several exclamation marks, or a long stretch written in capitals. */
function shouting(text: string): string | null {
  const bangs = text.match(/[!！]{3,}/u);
  if (bangs) return bangs[0];
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cased = text.match(/[\p{Lu}\p{Ll}]/gu)?.length ?? 0;
  if (letters >= 15 && cased >= 15 && upper / cased >= 0.8) return 'written in capitals';
  return null;
}

export function keywordSignals(text: string): Signal[] {
  const view = phraseView(text);
  const out: Signal[] = [];
  for (const [kind, list] of [
    ['human_request', HUMAN_REQUEST_RE],
    ['complaint', COMPLAINT_RE],
  ] as const) {
    for (const re of list) {
      const m = re.exec(view);
      if (m) {
        out.push({ kind, source: 'keyword', evidence: m[0] });
        break;
      }
    }
  }
  if (!out.some((s) => s.kind === 'complaint')) {
    const tone = shouting(text);
    if (tone) out.push({ kind: 'complaint', source: 'tone', evidence: tone });
  }
  return out;
}

export interface SignalOptions {
  /** A pseudo-intent fires when the classifier gives it at least this probability. */
  pseudoIntentThreshold: number;
}

export const DEFAULT_SIGNAL_OPTIONS: SignalOptions = { pseudoIntentThreshold: 0.45 };

/**
 * Every signal that fired, human requests first. `ranking` is the classifier's output for the same
 * text (may be empty when no classifier is available).
 */
export function detectSignals(
  text: string,
  ranking: readonly IntentScore[] = [],
  options: SignalOptions = DEFAULT_SIGNAL_OPTIONS,
): Signal[] {
  const found = keywordSignals(text);
  for (const kind of ['human_request', 'complaint'] as const) {
    if (found.some((s) => s.kind === kind)) continue;
    const score = ranking.find((r) => r.intent === PSEUDO_INTENTS[kind]);
    if (score && score.probability >= options.pseudoIntentThreshold) {
      found.push({ kind, source: 'classifier', evidence: `${score.intent} (${Math.round(score.probability * 100)}%)` });
    }
  }
  return found.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'human_request' ? -1 : 1));
}
