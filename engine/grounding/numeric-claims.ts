/**
 * The numbers an answer states (amounts, percentages, durations, time spans, limits) as values, so a paraphrase
 * still matches its article: "3-5", "3 to 5", "3–5", "3 bis 5" and "3〜5" are one range; "2,5" and "2.5" one value
 * ("1,000" and "1.000" a thousand, as engine/amounts.ts reads them); Arabic-Indic digits count as digits. A list's
 * item number at a line start is not a claim, nor is anything inside a PII placeholder or a {{template}} field.
 */
import { PLACEHOLDER_RE } from '../../shared/pii/index.js';
import { parseAmount } from '../amounts.js';

export interface NumericClaim {
  /** As written, for the reason a check gives. */
  text: string;
  low: number;
  high: number;
}

const NUMBER = String.raw`\d+(?:[.,\u00a0\u202f]\d+)*`;
/** The words and marks between the two ends of a range in the languages the tenant writes. */
const RANGE_JOINERS = [
  '-',
  '–',
  '—',
  '~',
  '〜',
  '～',
  'to',
  'bis',
  'a',
  'à',
  'al',
  'tot',
  'till',
  'til',
  'do',
  'до',
  'ila',
  'إلى',
  'الى',
  'até',
  'ile',
  'から',
  '至',
  '到',
].join('|');
const CLAIM = new RegExp(`(${NUMBER})(?:\\s*(?:${RANGE_JOINERS})\\s*(${NUMBER}))?`, 'gu');
const LIST_NUMBER = /^\s*\d{1,3}[.)]\s+/gmu;
const TEMPLATE_FIELD = /\{\{[^{}]{0,200}\}\}/gu;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;

function asciiDigits(text: string): string {
  return text.normalize('NFKC').replace(ARABIC_INDIC_DIGIT, (digit) => String((digit.codePointAt(0) ?? 0) % 16));
}

/** The numeric claims of a text, in order. */
export function numericClaims(text: string): NumericClaim[] {
  const cleaned = asciiDigits(text)
    .replace(new RegExp(PLACEHOLDER_RE.source, 'gu'), ' ')
    .replace(TEMPLATE_FIELD, ' ')
    .replace(LIST_NUMBER, '');
  const claims: NumericClaim[] = [];
  for (const match of cleaned.matchAll(CLAIM)) {
    const low = parseAmount(match[1] ?? '');
    const high = match[2] === undefined ? low : parseAmount(match[2]);
    if (low === null || high === null) continue;
    claims.push({ text: match[0].trim(), low, high });
  }
  return claims;
}

/**
 * Whether the claims of the sources back a claim: a value is backed by the same value anywhere in them (alone or as
 * a range's end); a range only by the same range ("2–7" is not backed by "5–7 days, or 2 days with express").
 */
export function claimBacked(claim: NumericClaim, sources: readonly (readonly NumericClaim[])[]): boolean {
  return sources.some((claims) =>
    claims.some((other) =>
      claim.low === claim.high
        ? other.low === claim.low || other.high === claim.low
        : other.low === claim.low && other.high === claim.high,
    ),
  );
}
