/**
 * A customer's mail text split into what they wrote now and what the console folds away: the quoted history
 * ("On … wrote:", "> " lines, forwarded or Outlook-style headers) and the signature ("-- ", common sign-offs).
 * Pure, for the renderer; the full text is always kept.
 */
export interface FoldedText {
  /** What the customer wrote in this mail. Never empty when the text is not: all of it when nothing folds. */
  body: string;
  /** The quoted history and signature, in order, or null when nothing folds. */
  folded: string | null;
}

/** "On … wrote:" as mail programs write it, in the languages customers write most (Gmail, Apple Mail, Thunderbird). */
const ATTRIBUTION = [
  /^On\b.{0,400}\b(?:wrote|writes)\s*:$/i,
  /^Am\b.{0,400}\bschrieb\b.{0,200}:$/i,
  /^Le\b.{0,400}\ba écrit\s*:$/i,
  /^El\b.{0,400}\bescribió\s*:$/i,
  /^Op\b.{0,400}\bschreef\b.{0,200}:$/i,
  /^Il\b.{0,400}\bha scritto\s*:$/i,
  /^(?:Em|No dia)\b.{0,400}\bescreveu\s*:$/i,
  /^(?:Den|På)\b.{0,400}\bskrev\b.{0,200}:$/i,
  /^(?:W dniu|Dnia)\b.{0,400}\bnapisał(?:a|\(a\))?\s*:$/i,
  /^.{0,400}(?:のメッセージ|は書きました)\s*[:：]$/,
  /^\d{4}年\d{1,2}月\d{1,2}日.{0,400}[:：]$/,
];
/** Any one line ending "wrote:" (its translations): not joined with the lines above, which may be the reply. */
const ATTRIBUTION_LINE = /^.{0,400}\b(?:wrote|schrieb|a écrit|escribió|schreef|ha scritto|escreveu|skrev)\s*:$/i;

/** Lines that open a copy of an earlier or forwarded mail (Outlook, Apple Mail, Gmail; several languages). */
const HISTORY_MARKER = [
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Oorspronkelijk bericht|Messaggio originale|Mensagem original|Originalmeddelande|Oprindelig meddelelse|Opprinnelig melding|Wiadomość oryginalna|元のメッセージ)\s*-{2,}$/i,
  /^-{2,}\s*(?:Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Doorgestuurd bericht|Messaggio inoltrato|Mensagem encaminhada|Vidarebefordrat meddelande|転送されたメッセージ)\s*-{2,}$/i,
  /^(?:Begin forwarded message|Anfang der weitergeleiteten Nachricht|Début du message réexpédié|Inicio del mensaje reenviado|Begin doorgestuurd bericht)\s*:$/i,
];

/** Outlook's header block: From: then, within a few lines, Sent: (its translations). */
const OUTLOOK_FROM = /^\*?(?:From|Von|De|Van|Da|Från|Fra|Od|差出人)\s*:\*?\s+\S/i;
const OUTLOOK_SENT =
  /^\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Verzonden|Inviato|Data|Skickat|Sendt|Wysłano|送信日時)\s*:\*?\s+\S/i;
/** The rule Outlook draws above that block. */
const OUTLOOK_RULE = /^_{10,}$/;

/** The signature separator ("-- ") and the one-line sign-offs mobile mail programs add. */
const SIGNATURE_SEPARATOR = /^--\s?$/;
const MOBILE_SIGN_OFF =
  /^(?:Sent from my \w+(?: \w+)?|Get Outlook for (?:iOS|Android)|Von meinem \w+ gesendet|Envoyé de mon \w+|Enviado desde mi \w+|Verzonden vanaf mijn \w+|Inviato da \w+ \w+|Skickat från min \w+)\.?$/i;
/** A signature longer than this many lines is more likely text the customer wrote after a "--". */
const MAX_SIGNATURE_LINES = 15;

const QUOTED = /^\s*>/;

/**
 * Splits a mail's text into what the customer wrote and the history and signature below it. Conservative: a reply
 * written between quoted lines stays whole, and nothing folds when it would leave no body.
 */
export function foldQuotedText(text: string): FoldedText {
  const lines = text.split('\n');
  const history = historyStart(lines);
  const end = history ?? lines.length;
  const foldAt = signatureStart(lines, end) ?? history;
  if (foldAt === null) return { body: text, folded: null };
  const body = lines.slice(0, foldAt).join('\n').trimEnd();
  if (body.trim() === '') return { body: text, folded: null };
  return { body, folded: lines.slice(foldAt).join('\n').trim() };
}

function historyStart(lines: readonly string[]): number | null {
  for (let index = 0; index < lines.length; index++) {
    const line = clean(lines[index]);
    if (line === '') continue;
    if (HISTORY_MARKER.some((marker) => marker.test(line))) return index;
    if (isOutlookBlock(lines, index)) return OUTLOOK_RULE.test(clean(lines[index - 1])) ? index - 1 : index;
    const attribution = attributionLines(lines, index);
    if (attribution > 0 && onlyQuotesFollow(lines, index + attribution)) return index;
    if (QUOTED.test(line) && onlyQuotesFollow(lines, index)) return index;
  }
  return null;
}

/** How many lines (1 to 3: long ones wrap) form an "On … wrote:" line starting at `index`, or 0. */
function attributionLines(lines: readonly string[], index: number): number {
  if (ATTRIBUTION_LINE.test(clean(lines[index]))) return 1;
  let joined = '';
  for (let count = 1; count <= 3 && index + count <= lines.length; count++) {
    const line = clean(lines[index + count - 1]);
    if (line === '') return 0;
    joined = `${joined} ${line}`.trim();
    if (joined.length > 600) return 0;
    if (ATTRIBUTION.some((pattern) => pattern.test(joined))) return count;
  }
  return 0;
}

function isOutlookBlock(lines: readonly string[], index: number): boolean {
  if (!OUTLOOK_FROM.test(clean(lines[index]))) return false;
  return lines.slice(index + 1, index + 5).some((line) => OUTLOOK_SENT.test(clean(line)));
}

/**
 * Whether everything from `index` on is quoted history: quoted lines and blank lines (an attribution above quoted
 * text counts too), or text that is not quoted at all (Outlook and Apple Mail copy the earlier mail unquoted).
 * False when the customer answered between quoted lines.
 */
function onlyQuotesFollow(lines: readonly string[], index: number): boolean {
  const rest = lines
    .slice(index)
    .map(clean)
    .filter((line) => line !== '');
  if (rest.length === 0 || !QUOTED.test(rest[0] ?? '')) return rest.length > 0;
  let quoting = true;
  for (const line of rest) {
    if (QUOTED.test(line)) {
      if (!quoting) return false;
      continue;
    }
    // Text after the quote: only a closing signature may follow, never a quote again.
    quoting = false;
  }
  return quoting || trailingIsSignature(rest);
}

function trailingIsSignature(rest: readonly string[]): boolean {
  const lastQuoted = rest.findLastIndex((line) => QUOTED.test(line));
  const after = rest.slice(lastQuoted + 1);
  if (after.length === 1) return MOBILE_SIGN_OFF.test(after[0] ?? '');
  return after.length <= MAX_SIGNATURE_LINES && SIGNATURE_SEPARATOR.test(after[0] ?? '');
}

/** Where the signature above `end` starts: the last "-- " line, or a mobile sign-off as the last line. */
function signatureStart(lines: readonly string[], end: number): number | null {
  for (let index = end - 1; index >= 0 && index >= end - MAX_SIGNATURE_LINES - 1; index--) {
    if (SIGNATURE_SEPARATOR.test(lines[index] ?? '')) return index;
  }
  let last = end - 1;
  while (last >= 0 && clean(lines[last]) === '') last--;
  return last >= 0 && MOBILE_SIGN_OFF.test(clean(lines[last])) ? last : null;
}

function clean(line: string | undefined): string {
  return (line ?? '').replace(/\r$/, '').trim();
}
