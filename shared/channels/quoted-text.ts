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

/**
 * Outlook's header block: From: then, within a few lines, Sent: and To: or Subject: (their translations). A From:
 * and a Date: line alone are as likely details the customer typed.
 */
const OUTLOOK_FROM = /^\*?(?:From|Von|De|Van|Da|Från|Fra|Od|差出人)\s*:\*?\s+\S/i;
const OUTLOOK_SENT =
  /^\*?(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Fecha|Verzonden|Inviato|Data|Skickat|Sendt|Wysłano|送信日時)\s*:\*?\s+\S/i;
const OUTLOOK_TO_OR_SUBJECT =
  /^\*?(?:To|An|À|A|Para|Aan|Till|Til|Do|宛先|Subject|Betreff|Objet|Asunto|Onderwerp|Oggetto|Assunto|Ämne|Emne|Temat|件名)\s*:\*?\s+\S/i;
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
 * written between quoted lines stays whole, and nothing folds when it would leave no body. Linear in the text's
 * lines (the renderer folds each mail it shows).
 */
export function foldQuotedText(text: string): FoldedText {
  const lines = text.split('\n');
  const below = linesBelow(lines);
  const history = historyStart(lines, below);
  const end = history ?? lines.length;
  const foldAt = signatureStart(lines, end) ?? history;
  if (foldAt === null) return { body: text, folded: null };
  const body = lines.slice(0, foldAt).join('\n').trimEnd();
  if (body.trim() === '') return { body: text, folded: null };
  return { body, folded: lines.slice(foldAt).join('\n').trim() };
}

/** What stands below each line, found in one pass from the end so that each question about it takes constant time. */
interface LinesBelow {
  /** The first non-blank line at or after each index (lines.length when none). */
  nextText: number[];
  /** The first non-blank line that is not quoted, at or after each index (lines.length when none). */
  nextUnquoted: number[];
  /** The last quoted line (-1 when none). */
  lastQuoted: number;
  /** Whether the non-blank lines after the last quoted one are a signature (see trailingIsSignature). */
  signatureAfterQuotes: boolean;
}

function linesBelow(lines: readonly string[]): LinesBelow {
  const nextText = new Array<number>(lines.length + 1).fill(lines.length);
  const nextUnquoted = new Array<number>(lines.length + 1).fill(lines.length);
  let lastQuoted = -1;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = clean(lines[index]);
    const blank = line === '';
    const quoted = !blank && QUOTED.test(line);
    if (quoted && lastQuoted === -1) lastQuoted = index;
    nextText[index] = blank ? (nextText[index + 1] as number) : index;
    nextUnquoted[index] = blank || quoted ? (nextUnquoted[index + 1] as number) : index;
  }
  const after = lines
    .slice(lastQuoted + 1)
    .map(clean)
    .filter((line) => line !== '');
  return { nextText, nextUnquoted, lastQuoted, signatureAfterQuotes: trailingIsSignature(after) };
}

function historyStart(lines: readonly string[], below: LinesBelow): number | null {
  for (let index = 0; index < lines.length; index++) {
    const line = clean(lines[index]);
    if (line === '') continue;
    if (HISTORY_MARKER.some((marker) => marker.test(line))) return index;
    if (isOutlookBlock(lines, index)) return OUTLOOK_RULE.test(clean(lines[index - 1])) ? index - 1 : index;
    const attribution = attributionAt(lines, index);
    if (attribution !== null) {
      const next = below.nextText[index + attribution.lines] as number;
      // Only a mail program's own "On … wrote:" may stand above history copied without "> ".
      const quotedNext = next < lines.length && QUOTED.test(clean(lines[next]));
      if ((attribution.mailProgram || quotedNext) && onlyQuotesFollow(below, index + attribution.lines)) return index;
    }
    if (QUOTED.test(line) && onlyQuotesFollow(below, index)) return index;
  }
  return null;
}

/**
 * The "wrote:" line starting at `index`: how many lines it takes (1 to 3: long ones wrap), and whether it is a mail
 * program's "On … wrote:" (one of ATTRIBUTION) or only some line ending "wrote:" (ATTRIBUTION_LINE). Null for none.
 */
function attributionAt(lines: readonly string[], index: number): { lines: number; mailProgram: boolean } | null {
  let joined = '';
  for (let count = 1; count <= 3 && index + count <= lines.length; count++) {
    const line = clean(lines[index + count - 1]);
    if (line === '') break;
    joined = `${joined} ${line}`.trim();
    if (joined.length > 600) break;
    if (ATTRIBUTION.some((pattern) => pattern.test(joined))) return { lines: count, mailProgram: true };
  }
  return ATTRIBUTION_LINE.test(clean(lines[index])) ? { lines: 1, mailProgram: false } : null;
}

function isOutlookBlock(lines: readonly string[], index: number): boolean {
  if (!OUTLOOK_FROM.test(clean(lines[index]))) return false;
  const next = lines.slice(index + 1, index + 7).map(clean);
  return (
    next.slice(0, 4).some((line) => OUTLOOK_SENT.test(line)) && next.some((line) => OUTLOOK_TO_OR_SUBJECT.test(line))
  );
}

/**
 * Whether everything from `index` on is quoted history: quoted lines and blank lines (an attribution above quoted
 * text counts too), or text that is not quoted at all (Outlook and Apple Mail copy the earlier mail unquoted).
 * False when the customer answered between quoted lines; after the quote only a closing signature may follow.
 */
function onlyQuotesFollow(below: LinesBelow, index: number): boolean {
  const first = below.nextText[index] as number;
  if (first === below.nextText.length - 1) return false;
  const firstUnquoted = below.nextUnquoted[first] as number;
  if (firstUnquoted === first) return true;
  // Text after the quote, and a quote again below it: the customer answered in between.
  if (firstUnquoted < below.lastQuoted) return false;
  return firstUnquoted === below.nextUnquoted.length - 1 || below.signatureAfterQuotes;
}

function trailingIsSignature(after: readonly string[]): boolean {
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
