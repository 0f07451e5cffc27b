/**
 * Finders for each kind of personal data. Each returns candidate spans in the text; the redactor resolves
 * overlaps. Numbers are accepted only with a valid check digit or an unambiguous shape, so order ids
 * (#W1234567), amounts ($1,234.56), dates and times are left alone.
 */
import * as ck from './checksums.js';

export type PiiKind = 'EMAIL' | 'PHONE' | 'CARD' | 'IBAN' | 'NATIONAL_ID' | 'ADDRESS';

export interface PiiSpan {
  kind: PiiKind;
  start: number;
  end: number;
}

type Finder = (text: string) => PiiSpan[];

function each(
  text: string,
  re: RegExp,
  kind: PiiKind,
  accept: (m: RegExpExecArray) => boolean | [number, number],
): PiiSpan[] {
  const out: PiiSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const ok = accept(m);
    if (ok === true) out.push({ kind, start: m.index, end: m.index + m[0].length });
    else if (Array.isArray(ok)) out.push({ kind, start: ok[0], end: ok[1] });
  }
  return out;
}

// Letters of scripts written with spaces glue a number to a word; CJK text has no spaces, so it does not.
const SPACED_LETTER = String.raw`\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}`;
const GLUE_BEFORE = new RegExp(`[${SPACED_LETTER}\\p{N}#_/]`, 'u');
const GLUE_AFTER = new RegExp(`[${SPACED_LETTER}\\p{N}_]`, 'u');
const NOT_GLUED = `(?![${SPACED_LETTER}\\p{N}])`;

/** True when the characters around [start, end) do not glue the match to a longer token (like #W123). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  return !GLUE_BEFORE.test(before) && !GLUE_AFTER.test(after) && !(after === '.' && /\d/.test(text[end + 1] ?? ''));
}

/** True when more digit groups continue the match ("6011 1465 2281 7316" is not a 12-digit id plus a rest). */
function inLongerDigitRun(text: string, start: number, end: number): boolean {
  return /^[ -]\d/.test(text.slice(end, end + 2)) || /\d[ -]$/.test(text.slice(Math.max(0, start - 2), start));
}

const onlyDigits = (s: string) => s.replace(/\D/g, '');

const LOCAL_CHAR = /[\p{L}\p{N}._%+'-]/u;
const DOMAIN = /[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.\p{L}{2,24}/uy;

/** Anchored on each "@" (local part at most 64 characters), so a long run of letters costs nothing. */
const email: Finder = (text) => {
  const out: PiiSpan[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && LOCAL_CHAR.test(text[start - 1]!)) start--;
    while (start < at && /[.'-]/.test(text[start]!)) start++;
    if (start === at) continue;
    DOMAIN.lastIndex = at + 1;
    const d = DOMAIN.exec(text);
    if (d) out.push({ kind: 'EMAIL', start, end: at + 1 + d[0].length });
  }
  return out;
};

const iban: Finder = (text) => {
  const out: PiiSpan[] = [];
  const re = /\b([A-Z]{2})\d{2}/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const length = ck.IBAN_LENGTHS[m[1]!.toUpperCase()];
    if (!length) continue;
    let chars = '';
    let end = m.index;
    for (let i = m.index; i < text.length && chars.length < length; i++) {
      const c = text[i]!;
      if (/[A-Za-z0-9]/.test(c)) {
        chars += c;
        end = i + 1;
      } else if ((c === ' ' || c === '-') && /[A-Za-z0-9]/.test(text[i + 1] ?? '') && chars.length > 0) continue;
      else break;
    }
    if (chars.length === length && ck.ibanValid(chars) && !/[A-Za-z0-9]/.test(text[end] ?? '')) {
      out.push({ kind: 'IBAN', start: m.index, end });
      re.lastIndex = end;
    }
  }
  return out;
};

/** 13-19 digits, optionally grouped by single spaces or dashes, passing Luhn; trims groups to find one. */
const card: Finder = (text) =>
  each(text, /(?<![\d#])\d{1,6}(?:[ -]?\d{1,6}){1,9}/g, 'CARD', (m) => {
    const groups = m[0].split(/(?<=\d)(?=[ -])|(?<=[ -])(?=\d)/);
    // groups alternates digits and separators; try the longest sub-run of digit groups first
    const digitIdx = groups.map((g, i) => (/^\d+$/.test(g) ? i : -1)).filter((i) => i >= 0);
    for (let a = 0; a < digitIdx.length; a++) {
      for (let b = digitIdx.length - 1; b >= a; b--) {
        const from = digitIdx[a]!;
        const to = digitIdx[b]!;
        const part = groups.slice(from, to + 1).join('');
        const digits = onlyDigits(part);
        if (digits.length < 13 || digits.length > 19) continue;
        if (/ -|- |  |--/.test(part) || (/[ -]/.test(part) && part.split(/[ -]/).some((g) => g.length < 3))) continue;
        const start = m.index + groups.slice(0, from).join('').length;
        const end = start + part.length;
        if (ck.luhnValid(digits) && standsAlone(text, start, end)) return [start, end];
      }
    }
    return false;
  });

const ID_KEYWORDS = new RegExp(
  String.raw`(?:ssn|social security(?: number| no\.?)?|passport(?: number| no\.?)?|id(?:entity)? (?:card )?(?:number|no\.?)|national id|personal id|tax id|reisepass(?:nummer)?|personalausweis(?:nummer)?|ausweisnummer|steuer-?id|steuer-identifikationsnummer|passeport|num[ée]ro de s[ée]curit[ée] sociale|carte d'identit[ée]|pasaporte|dni|nie|nif|passaporto|codice fiscale|carta d'identit[àa]|bsn|burgerservicenummer|paspoort|personnummer|cpr(?:-nummer)?|f[øo]dselsnummer|henkilötunnus|hetu|pesel|dowód osobisty|rodné číslo|cnp|tc kimlik(?: no)?|kimlik numaras[ıi]|aadhaar|pan|cpf|rg|身份证号?码?|マイナンバー|주민등록번호|паспорт|ИНН|СНИЛС|رقم الهوية|מספר זהות|ת\.ז\.?|αριθμός ταυτότητας|ΑΜΚΑ)${NOT_GLUED}\s*(?:number|no\.?|nr\.?|n[º°]|#|:|is|est|es|ist|è|=|：|는|は)?\s*(?:number|no\.?|:)?\s*`,
  'giu',
);

/** Identifiers with a check digit or a fixed national shape; bare look-alikes only after an id keyword. */
const nationalId: Finder = (text) => {
  const out: PiiSpan[] = [];
  const add = (re: RegExp, accept: (m: RegExpExecArray) => boolean) =>
    out.push(
      ...each(
        text,
        re,
        'NATIONAL_ID',
        (m) =>
          accept(m) &&
          standsAlone(text, m.index, m.index + m[0].length) &&
          !inLongerDigitRun(text, m.index, m.index + m[0].length),
      ),
    );
  add(/\b(\d{3})[- ](\d{2})[- ](\d{4})\b/g, (m) => ck.usSsnValid(m[1]!, m[2]!, m[3]!));
  add(/\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g, () => true);
  add(/\b[XYZ]?-?\d{7,8}-?[A-Z]\b/gi, (m) => ck.spanishDniValid(m[0]));
  add(/\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b/gi, () => true);
  add(/\b[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}\b/gi, (m) => ck.frenchNirValid(m[0]));
  add(
    /\b\d{11}\b/g,
    (m) => ck.peselValid(m[0]) || ck.norwegianIdValid(m[0]) || ck.turkishIdValid(m[0]) || ck.germanTaxIdValid(m[0]),
  );
  add(/\b\d{2} ?\d{3} ?\d{3} ?\d{3}\b/g, (m) => /\s/.test(m[0]) && ck.germanTaxIdValid(onlyDigits(m[0])));
  add(/\b(?:\d{2})?\d{6}[-+]\d{4}\b/g, (m) => ck.swedishIdValid(m[0]) || ck.validDdMmYy(onlyDigits(m[0]).slice(-10)));
  add(/\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/gi, (m) => ck.finnishIdValid(m[0]));
  add(/\b\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}\b/g, (m) => ck.belgianNationalNumberValid(m[0]));
  add(/\b\d{3}\.\d{3}\.\d{3}-\d{2}\b/g, (m) => ck.cpfValid(m[0]));
  add(/\b\d{17}[\dX]\b/gi, (m) => ck.chineseIdValid(m[0]));
  add(/\b[2-9]\d{3} \d{4} \d{4}\b/g, (m) => ck.verhoeffValid(onlyDigits(m[0])));
  // After an id keyword: any token of 5-20 letters/digits with at least 4 digits (passport numbers, BSN...).
  ID_KEYWORDS.lastIndex = 0;
  for (let k = ID_KEYWORDS.exec(text); k; k = ID_KEYWORDS.exec(text)) {
    if (k.index > 0 && /[\p{L}\p{N}]/u.test(text[k.index - 1]!) && /^[a-z]/i.test(k[0])) continue;
    const from = k.index + k[0].length;
    const tok = /^[A-Z0-9][A-Z0-9 .\-/]{3,22}[A-Z0-9]|^[A-Z0-9]{5,20}/i.exec(text.slice(from));
    if (!tok) continue;
    // stop the token at the first space followed by a letter-word
    const raw = tok[0].replace(/\s+[A-Za-z]{2,}.*$/, '');
    const digits = onlyDigits(raw).length;
    if (digits >= 4 && raw.length >= 5 && !raw.startsWith('#'))
      out.push({ kind: 'NATIONAL_ID', start: from, end: from + raw.length });
  }
  return out;
};

const DATE_SHAPE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
const PHONE_KEYWORDS = new RegExp(
  String.raw`(?:phone|tel\.?|telephone|mobile|cell|call me(?: at| on)?|text me(?: at)?|whatsapp|telefon(?:nummer)?|handy(?:nummer)?|rufnummer|t[ée]l[ée]phone|portable|tel[ée]fono|m[óo]vil|celular|cellulare|telefoon(?:nummer)?|mobiel|puhelin(?:numero)?|numer telefonu|telefonu|τηλέφωνο|телефон|هاتف|جوال|טלפון|電話(?:番号)?|电话|手机|전화(?:번호)?|휴대폰|फ़ोन|फोन|điện thoại|โทร|nomor telepon|numero)${NOT_GLUED}\s*(?:number|no\.?|nr\.?|:|is|est|es|ist|è|é|-|：|は|는)?\s*:?\s*`,
  'giu',
);

function phoneOk(text: string, start: number, end: number, minDigits: number): boolean {
  const s = text.slice(start, end);
  const n = onlyDigits(s).length;
  return n >= minDigits && n <= 15 && !DATE_SHAPE.test(s.trim()) && standsAlone(text, start, end);
}

const phone: Finder = (text) => {
  const out: PiiSpan[] = [];
  const add = (re: RegExp, min: number) =>
    out.push(...each(text, re, 'PHONE', (m) => phoneOk(text, m.index, m.index + m[0].length, min)));
  // international: +49 30 1234567, 0044 20 7946 0958, +1 (555) 123-4567
  add(/(?:\+|\b00)[1-9]\d{0,3}(?:[ .\-/]?\(?\d{1,5}\)?){1,6}/g, 8);
  // national with a trunk 0: 030 12345678, (020) 7946 0958, 06 12 34 56 78, 0612345678
  add(/(?<![\d.,])\(?0\d{1,4}\)?(?:[ .\-/]?\d{2,8}){1,5}/g, 9);
  // North American: (555) 123-4567, 555-123-4567, 555.123.4567
  add(/(?<![\d.,])\(?[2-9]\d{2}\)?[ .-]?\d{3}[ .-]\d{4}\b/g, 10);
  // anything that looks like a phone number right after a phone keyword
  PHONE_KEYWORDS.lastIndex = 0;
  for (let k = PHONE_KEYWORDS.exec(text); k; k = PHONE_KEYWORDS.exec(text)) {
    const from = k.index + k[0].length;
    const m = /^\+?\(?\d[\d ().\-/]{5,20}\d/.exec(text.slice(from));
    if (m && phoneOk(text, from, from + m[0].length, 7))
      out.push({ kind: 'PHONE', start: from, end: from + m[0].length });
  }
  return out;
};

/** First letter in both cases: 'Rue' -> '[Rr]ue' (the /i flag would make \p{Lu} match lower case too). */
const ci = (w: string) =>
  /\p{L}/u.test(w[0]!)
    ? `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/\./g, '\\.')}`
    : w.replace(/\./g, '\\.');
const alt = (words: string[]) => words.map(ci).join('|');

const EN_SUFFIX = alt([
  'Street',
  'St.',
  'St',
  'Road',
  'Rd.',
  'Rd',
  'Avenue',
  'Ave.',
  'Ave',
  'Drive',
  'Dr.',
  'Dr',
  'Lane',
  'Ln',
  'Boulevard',
  'Blvd',
  'Court',
  'Ct',
  'Way',
  'Place',
  'Pl',
  'Terrace',
  'Circle',
  'Cir',
  'Parkway',
  'Pkwy',
  'Highway',
  'Hwy',
  'Square',
  'Close',
  'Crescent',
  'Gardens',
  'Row',
  'Trail',
  'Walk',
  'Hill',
  'Mews',
]);
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|#)\.?\s*[\w-]+)?`;
const US_TAIL = String.raw`(?:,\s*(?:\p{Lu}[\p{L}.]+\s?){1,3},\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?`;
const EU_TAIL = String.raw`(?:,\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+\p{Lu}[\p{L}-]+)?`;
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]{0,30}|\d{1,4}(?:st|nd|rd|th))`;
const PARTICLE = String.raw`(?:de|la|du|des|del|della|delle|di|do|da|dos|das|le|les|l'|d'|dei|degli|von|van|der|den|het|y|e|al|el)`;
const PREFIX_TYPES = alt([
  'rue',
  'avenue',
  'av.',
  'boulevard',
  'bd',
  'chemin',
  'allée',
  'impasse',
  'place',
  'quai',
  'route',
  'calle',
  'c/',
  'avenida',
  'avda.',
  'plaza',
  'paseo',
  'camino',
  'carrera',
  'carretera',
  'via',
  'viale',
  'piazza',
  'corso',
  'largo',
  'vicolo',
  'rua',
  'travessa',
  'praça',
  'estrada',
  'ulica',
  'ul.',
  'aleja',
  'al.',
  'náměstí',
  'ulice',
  'strada',
  'bulevardul',
  'calea',
  'splaiul',
  'odos',
  'οδός',
  'λεωφόρος',
  'улица',
  'ул.',
  'проспект',
  'пр-т',
  'пр.',
  'вулиця',
  'вул.',
  'шарع',
  'шосе',
  'jalan',
  'jl.',
  'đường',
  'thanon',
  'rehov',
  'ulitsa',
]);
const GERMANIC_SUFFIX =
  'straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|chaussee|straat|laan|gracht|plein|kade|steeg|singel|gatan|gata|vägen|väg|vej|gade|veien|vegen|gate|gaten|katu|tie|polku|utca|út|tér';
const NUM = String.raw`\d{1,5}(?:\s?[a-zA-Z]${NOT_GLUED})?(?:[-/]\d{1,4}[a-zA-Z]?)?(?!\d)`;

const ADDRESS_RES: RegExp[] = [
  // 215 River Road, Suite 991, New York, NY 10083  |  10 Downing St
  new RegExp(
    String.raw`\b\d{1,5}[A-Za-z]?\s+(?:${NAME_WORD}\s+){0,4}(?:${EN_SUFFIX})\b\.?(?:\s+(?:NE|NW|SE|SW|N|S|E|W)\b)?${UNIT}${US_TAIL}`,
    'gu',
  ),
  // Hauptstraße 12a, 10115 Berlin | Berliner Straße 5 | Kerkstraat 5 | Storgatan 3 | Mannerheimintie 12
  new RegExp(
    String.raw`(?:\p{Lu}[\p{L}.-]{0,30}\s+)?\p{Lu}[\p{L}-]{0,40}?(?:${GERMANIC_SUFFIX}|-(?:Straße|Strasse|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee))\s+${NUM}${EU_TAIL}`,
    'gu',
  ),
  // Unter den Linden 77 | Am Markt 3 | An der Alster 12 (German street names without a street word)
  new RegExp(
    String.raw`\b(?:Am|An der|An den|Auf der|Auf dem|Im|In der|In den|Unter den|Zum|Zur|Hinter der|Vor dem)\s+(?!(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr|Moment|Wert|Betrag|Preis|Ende|Anfang|Schluss|Monat|Tag|Woche|Durchschnitt|Paket|Warenkorb|Lager)\b)\p{Lu}[\p{L}-]{1,30}\s+\d{1,3}[a-z]?(?![\d:]|[.,]\d|\s*(?:Uhr|h\b|€|EUR|Euro|Stück|Tage|Minuten|Prozent|%))${EU_TAIL}`,
    'gu',
  ),
  new RegExp(
    String.raw`(?:\p{Lu}[\p{L}.-]{0,30}\s+){1,2}(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Gasse|Ring|Damm|Ufer|Markt)\s+${NUM}${EU_TAIL}`,
    'gu',
  ),
  // 12 rue de Rivoli | 12, rue de la Paix
  new RegExp(
    String.raw`\b\d{1,5}(?:\s?(?:bis|ter|[a-z]))?,?\s+(?:${PREFIX_TYPES})\s+(?:(?:${PARTICLE})\s+|${NAME_WORD}\s?)*${NAME_WORD}${EU_TAIL}`,
    'gu',
  ),
  // Calle Mayor 10 | Via Roma, 22 | ul. Marszałkowska 10/4 | ул. Тверская, д. 7 | Rua Augusta, nº 125
  new RegExp(
    String.raw`(?<![\p{L}])(?:${PREFIX_TYPES})\s+(?:(?:${PARTICLE})\s+|${NAME_WORD}\s+){0,4}${NAME_WORD},?\s*(?:n[º°o]\.?\s*|nr\.?\s*|д\.\s*|No\.?\s*|#\s*)?${NUM}${EU_TAIL}`,
    'gu',
  ),
  // Atatürk Caddesi No: 12 | Bağdat Cad. No:45
  new RegExp(
    String.raw`(?:\p{Lu}[\p{L}]{0,30}\s+){1,3}(?:Caddesi|Cad\.|Sokak|Sokağı|Sk\.|Bulvarı|Mahallesi|Mah\.)\s*(?:No\s*:?\s*)?\d{1,5}(?:\/\d{1,4})?`,
    'gu',
  ),
  // Arabic / Hebrew: شارع الملك فهد 123 | רחוב הרצל 12
  new RegExp(
    String.raw`(?:شارع|طريق|حي)\s+(?:[\p{Script=Arabic}]{1,20}\s+){0,3}[\p{Script=Arabic}]{1,20}\s*(?:رقم\s*)?\d{1,5}`,
    'gu',
  ),
  new RegExp(String.raw`(?:רחוב|רח'|שדרות|שד')\s+(?:[\p{Script=Hebrew}"'-]{1,20}\s+){0,3}\d{1,5}`, 'gu'),
  // Korean: 서울특별시 강남구 테헤란로 152 (Chinese and Japanese: cjkAddress below)
  new RegExp(
    String.raw`(?:[\p{Script=Hangul}]{1,10}\s){0,3}[\p{Script=Hangul}\d]{1,10}(?:로|길|대로)\s*\d{1,5}(?:-\d{1,5})?(?:번길\s*\d{1,5})?`,
    'gu',
  ),
];

/**
 * Runs a regex over overlapping windows: addresses are short, and bounding the text each regex sees keeps
 * the cost linear in the text length even on adversarial input (long runs of capitals or ideographs).
 */
function scanWindows(text: string, re: RegExp, size = 240, overlap = 120): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let from = 0; from < text.length; from += size - overlap) {
    const to = Math.min(text.length, from + size);
    const slice = text.slice(from, to);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = from + m.index;
      const end = start + m[0].length;
      const cutLeft = m.index === 0 && from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!);
      const cutRight = end === to && to < text.length;
      if (!cutLeft && !cutRight) out.push([start, end]);
    }
    if (to === text.length) break;
  }
  return out;
}

const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー`;
const CJK_MARKER = /[都道府県市区町村郡路街巷号號丁目番地]|胡同|大道|通り/u;
const CJK_STOP = /[はをがにでもと是在到的：:，、。！？\s]/u;

/** 北京市朝阳区建国路88号, 東京都千代田区丸の内1-1-1: a house number preceded by ideographs naming the place. */
function cjkAddress(text: string): PiiSpan[] {
  const out: PiiSpan[] = [];
  const re = new RegExp(String.raw`(?<=[${CJK}])\d{1,5}(?:[-−]\d{1,5}){0,2}(?:号|號|番地|番)?`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    while (
      start > 0 &&
      m.index - start < 24 &&
      new RegExp(`[${CJK}]`, 'u').test(text[start - 1]!) &&
      !CJK_STOP.test(text[start - 1]!)
    )
      start--;
    const place = text.slice(start, m.index);
    const hasNumberShape = /[-−]|号|號|番/.test(m[0]);
    if (CJK_MARKER.test(place) && (hasNumberShape || /[路街巷道]$/.test(place)))
      out.push({ kind: 'ADDRESS', start, end: m.index + m[0].length });
  }
  return out;
}

const address: Finder = (text) => [
  ...ADDRESS_RES.flatMap((re) =>
    scanWindows(text, re)
      .filter(([a, b]) => /\d/.test(text.slice(a, b)))
      .map(([start, end]): PiiSpan => ({ kind: 'ADDRESS', start, end })),
  ),
  ...cjkAddress(text),
];

/** In order of precedence when two finds overlap. */
export const FINDERS: ReadonlyArray<readonly [PiiKind, Finder]> = [
  ['EMAIL', email],
  ['IBAN', iban],
  ['NATIONAL_ID', nationalId],
  ['CARD', card],
  ['PHONE', phone],
  ['ADDRESS', address],
];
