/**
 * Language identification: ISO 639-1 code, or 'unknown' when the text is too short or too
 * ambiguous to tell (e.g. "ok", "123", emoji).
 *
 * Three layers:
 *  1. Script rules. Languages alone in their script among the supported ones are decided by the
 *     script itself (Hangul -> ko, kana -> ja, Han only -> zh, Thai, Greek, Hebrew, Bengali,
 *     Devanagari -> hi), which is right on two-character messages too. Arabic script is split into
 *     ar / fa / ur by the letters each one alone uses; Cyrillic into ru / uk / bg likewise, with eld
 *     deciding when no telling letter is present.
 *  2. eld's large n-gram database (scored by language-ngrams.ts from a compact copy that loads on the
 *     first detection), restricted to the supported Latin and Cyrillic languages so it never answers
 *     with a language we cannot serve (eld's "no" is Norwegian Bokmål, "nb").
 *     Within the groups eld mixes up (Danish/Bokmål/Swedish, Czech/Slovak, Croatian/Slovenian,
 *     Spanish/Portuguese/Catalan, Russian/Bulgarian/Ukrainian), each member's marker hits
 *     (language-markers.ts) are added to its n-gram score as evidence, on every text, not only on ties.
 *     On messages of up to three words, each language's common words (language-lexicon.ts) add
 *     evidence the same way.
 *  3. eld has no Indonesian: its Malay guess is Indonesian unless Malay-only words appear (two of them,
 *     or one in a short message, where a Malay text is often taken for Tagalog too).
 *  4. An unsure guess gives way to the conversation's language when that is a close neighbour of it.
 */
import { lexiconHits } from './language-lexicon.js';
import { breakTie, closeGroupOf, markerHits } from './language-markers.js';
import { ngramDetector } from './language-ngrams.js';

export interface LanguageGuess {
  /** ISO 639-1 code, or 'unknown'. */
  language: string;
  /** 0..1; at or above 0.5 only when the language was identified. */
  confidence: number;
  /** The best candidate even when `language` is 'unknown' (empty when there is none). */
  candidate: string;
}

/** The 40 languages the built-in engine identifies. */
export const SUPPORTED_LANGUAGES = [
  'en',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'sk',
  'el',
  'ro',
  'hu',
  'tr',
  'ru',
  'uk',
  'ar',
  'he',
  'fa',
  'hi',
  'bn',
  'ur',
  'zh',
  'ja',
  'ko',
  'th',
  'vi',
  'id',
  'tl',
  'hr',
  'bg',
  'lt',
  'lv',
  'et',
  'ca',
  'sl',
] as const;

/** Fewer letters than this (in alphabetic scripts) and we do not guess: short words are shared across languages. */
const MIN_LETTERS = 3;
/**
 * A short message has at most this many words: eld has a handful of n-grams to go on, so common words
 * add evidence (on longer texts the n-grams already carry them, and the evidence did not help on proxy
 * data) and one Malay-only word is enough to tell Malay.
 */
const SHORT_MESSAGE_WORDS = 3;
const LETTER = /\p{L}/gu;
const WORD = /\p{L}+/gu;

/** The Latin-script languages the n-gram detector chooses among, by its profiles' codes. */
const LATIN_LANGS: readonly string[] =
  'en de fr es it pt nl sv da no fi pl cs sk ro hu tr vi ms tl hr lt lv et ca sl'.split(' ');
const CYRILLIC_LANGS: readonly string[] = ['ru', 'uk', 'bg'];
const ARABIC_SCRIPT_LANGS: readonly string[] = ['ar', 'fa', 'ur'];
/** The language sets the n-gram detector is asked to choose within, one per script (tests check each against eld). */
export const NGRAM_LANGUAGE_SUBSETS: readonly (readonly string[])[] = [
  LATIN_LANGS,
  ARABIC_SCRIPT_LANGS,
  CYRILLIC_LANGS,
];

const latinEld = ngramDetector(LATIN_LANGS);
const arabicEld = ngramDetector(ARABIC_SCRIPT_LANGS);
const cyrillicEld = ngramDetector(CYRILLIC_LANGS);

const SCRIPT_COUNTERS: ReadonlyArray<[string, RegExp]> = [
  ['latin', /\p{Script=Latin}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['hangul', /\p{Script=Hangul}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['han', /\p{Script=Han}/gu],
  ['thai', /\p{Script=Thai}/gu],
  ['greek', /\p{Script=Greek}/gu],
  ['hebrew', /\p{Script=Hebrew}/gu],
  ['bengali', /\p{Script=Bengali}/gu],
  ['devanagari', /\p{Script=Devanagari}/gu],
];

/** Script of a single-script language -> that language. */
const SCRIPT_LANGUAGE: Readonly<Record<string, string>> = {
  hangul: 'ko',
  thai: 'th',
  greek: 'el',
  hebrew: 'he',
  bengali: 'bn',
  devanagari: 'hi',
};

/**
 * Letters of syllabic and logographic scripts carry more than a Latin letter, and messages in other
 * scripts often quote Latin names (brands, products): weigh non-Latin letters up.
 */
const SCRIPT_WEIGHT: Readonly<Record<string, number>> = {
  latin: 1,
  cyrillic: 1.5,
  greek: 1.5,
  arabic: 1.5,
  hebrew: 1.5,
  devanagari: 2,
  bengali: 2,
  thai: 2.5,
  hangul: 3,
  kana: 3,
  han: 4,
};

function scriptCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, re] of SCRIPT_COUNTERS) {
    const n = text.match(re)?.length ?? 0;
    if (n > 0) counts.set(name, n);
  }
  return counts;
}

/**
 * Letters that tell ar / fa / ur apart: only Urdu writes ٹ ڈ ڑ ں ے ھ ہ, and it writes ئ ؤ far more than
 * Persian does; Persian and Urdu share پ چ ژ گ ی ک, which Arabic lacks; Urdu never writes the heh ه that
 * Persian and Arabic use (its own are ہ and ھ).
 */
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06D2\u06BE\u06C1]/gu; // ٹ ڈ ڑ ں ے ھ ہ
const URDU_LEANING = /[\u0626\u0624]/gu; // ئ ؤ
const PERSO_URDU = /[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/gu; // پ چ ژ گ ی ک
const NOT_URDU_HEH = /\u0647/gu; // ه
const ARABIC_ONLY = /[\u064A\u0643\u0629\u0649]/gu; // ي ك ة ى
const arabicWords = (list: string) => new RegExp(`(?<![\\p{L}])(?:${list.split(' ').join('|')})(?![\\p{L}])`, 'gu');
const PERSIAN_WORDS = arabicWords(
  'از به در با را این آن که می نمی برای است های ها شما چرا چطور لطفا ممنون هست نیست کنم کنید شده یک تا اگر خود',
);
const URDU_WORDS = arabicWords('ہے ہیں کا کی کے میں نہیں میرا میری کیا آپ کو سے پر اور براہ');
const ARABIC_WORDS = arabicWords('في على إلى الى عن هذا هذه التي الذي لم لا هل أن ان مع كيف لماذا أريد اريد بطاقتي');
const ARABIC_ARTICLE = /(?<![\p{L}])ال\p{L}{2,}/gu;

function arabicScriptLanguage(text: string): { language: string; confidence: number } {
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const urdu = count(URDU_ONLY) * 2 + count(URDU_WORDS) * 2 + count(URDU_LEANING);
  const heh = count(NOT_URDU_HEH);
  const scores = [
    // The letters Urdu shares with Persian count for Urdu only once something Urdu is there.
    { language: 'ur', score: urdu > 0 ? urdu + count(PERSO_URDU) : 0 },
    { language: 'fa', score: count(PERSO_URDU) + count(PERSIAN_WORDS) * 2 + heh },
    { language: 'ar', score: count(ARABIC_ONLY) + count(ARABIC_WORDS) * 2 + count(ARABIC_ARTICLE) + heh },
  ].sort((a, b) => b.score - a.score);
  const [best, second] = scores as [{ language: string; score: number }, { language: string; score: number }];
  if (best.score > second.score)
    return { language: best.language, confidence: best.score - second.score >= 3 ? 0.95 : 0.75 };
  const result = arabicEld.detect(text);
  return {
    language: result.language || 'ar',
    confidence: result.language ? marginConfidence(Object.values(result.getScores())) : 0.5,
  };
}

const UKRAINIAN_ONLY = /[іїєґІЇЄҐ]/gu;
const RUSSIAN_ONLY = /[ыэёЫЭЁ]/gu;

function cyrillicLanguage(text: string, wordCount: number): { language: string; confidence: number } {
  const uk = text.match(UKRAINIAN_ONLY)?.length ?? 0;
  const ru = text.match(RUSSIAN_ONLY)?.length ?? 0;
  if (uk > 0 && ru === 0) return { language: 'uk', confidence: uk >= 2 ? 0.95 : 0.8 };
  if (ru > 0 && uk === 0) {
    return { language: 'ru', confidence: ru >= 2 ? 0.95 : 0.8 };
  }
  const result = cyrillicEld.detect(text);
  if (!result.language) return { language: breakTie(text, 'ru') ?? 'ru', confidence: 0.5 };
  const scores = ngramScores(result.getScores());
  weighMarkers(text, wordCount, scores);
  return { language: topOf(scores)![0], confidence: marginConfidence(scores.values()) };
}

/** Relative margin between the two best scores, mapped to 0.5..1. */
function marginConfidence(scores: Iterable<number>): number {
  const sorted = [...scores].sort((a, b) => b - a);
  const top = sorted[0] ?? 0;
  const second = sorted[1] ?? 0;
  const margin = top > 0 ? (top - second) / top : 0;
  return Math.min(1, 0.5 + 2 * margin);
}

/**
 * Words Malay writes where Indonesian writes others (karena, akun, uang, kartu, saja, adalah, silakan,
 * berkas, jendela, mau, kata sandi, saldo, biaya, diblokir, gratis).
 */
const MALAY_ONLY =
  /(?:^|[^\p{L}])(?:kerana|akaun|wang|kad|sahaja|ialah|sila|memaparkan|fail|tetingkap|mahu|laluan|baki|caj|disekat|percuma)(?=$|[^\p{L}])/giu;

/**
 * eld's Malay stands for Indonesian, and a short Malay message often reads as Tagalog to it: either guess
 * is Malay (a language the engine does not serve) with two Malay-only words, or one in a short message.
 */
function isMalay(text: string, wordCount: number, guess: string): boolean {
  if (guess !== 'id' && guess !== 'tl') return false;
  return (text.match(MALAY_ONLY)?.length ?? 0) >= (wordCount <= SHORT_MESSAGE_WORDS ? 1 : 2);
}

/** eld's 0..1 scores back to its mean n-gram score per language (the scale markers are added on). */
function ngramScores(scores: Record<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [lang, p] of Object.entries(scores))
    out.set(ELD_CODES[lang] ?? lang, p >= 1 ? 1e6 : (ELD_SCALE * p) / (1 - p));
  return out;
}
const ELD_SCALE = 25;
/** eld's Norwegian is Bokmål; its Malay stands for Indonesian (it has none) until Malay-only words show. */
const ELD_CODES: Readonly<Record<string, string>> = { no: 'nb', ms: 'id' };

/** How much one marker hit per word of text adds to a group member's n-gram score (tuned on proxy data, fold 0). */
const MARKER_WEIGHT = 80;

/** Adds the markers of the best language's group to the group members' n-gram scores, per word of text. */
function weighMarkers(text: string, wordCount: number, scores: Map<string, number>): void {
  const best = topOf(scores);
  if (!best) return;
  const hits = markerHits(text, best[0]);
  if (!hits) return;
  const words = Math.max(1, wordCount);
  for (const [lang, n] of hits) {
    const s = scores.get(lang);
    if (s !== undefined && n > 0) scores.set(lang, s + (MARKER_WEIGHT * n) / words);
  }
}

/** How much one common word per word of text adds to a language's n-gram score (tuned on proxy data, fold 0). */
const LEXICON_WEIGHT = 30;

/** Adds each language's common-word hits to its n-gram score, per word of text. */
function weighLexicon(text: string, wordCount: number, scores: Map<string, number>): void {
  if (wordCount === 0 || wordCount > SHORT_MESSAGE_WORDS) return;
  for (const [lang, n] of lexiconHits(text)) {
    const s = scores.get(lang);
    if (s !== undefined) scores.set(lang, s + (LEXICON_WEIGHT * n) / wordCount);
  }
}

function topOf(scores: ReadonlyMap<string, number>): [string, number] | undefined {
  let best: [string, number] | undefined;
  for (const e of scores) if (!best || e[1] > best[1]) best = e;
  return best;
}

function latinLanguage(text: string, wordCount: number): { language: string; confidence: number; reliable: boolean } {
  const result = latinEld.detect(text);
  if (!result.language) return { language: '', confidence: 0, reliable: false };
  const scores = ngramScores(result.getScores());
  weighLexicon(text, wordCount, scores);
  weighMarkers(text, wordCount, scores);
  let language = topOf(scores)![0];
  if (isMalay(text, wordCount, language)) language = 'ms';
  return { language, confidence: marginConfidence(scores.values()), reliable: result.isReliable() };
}

const unknown = (candidate = '', confidence = 0): LanguageGuess => ({
  language: 'unknown',
  confidence: Math.min(0.49, confidence),
  candidate,
});

/**
 * The script that decides the language family. Latin letters in a message written in another script
 * are nearly always quoted names, commands or codes ("bash: 명령의 keymap을 찾을 수 없음"), while a
 * Latin-script message almost never quotes another script: so a non-Latin script wins as soon as it
 * carries a fair share of the (weighted) letters.
 */
function dominantScript(scripts: ReadonlyMap<string, number>): string {
  const weighted = [...scripts.entries()]
    .map(([name, n]) => [name, n * (SCRIPT_WEIGHT[name] ?? 1), n] as const)
    .sort((a, b) => b[1] - a[1]);
  const top = weighted[0]?.[0] ?? 'latin';
  if (top !== 'latin') return top;
  const latin = weighted[0]![1];
  const other = weighted.find(([name]) => name !== 'latin');
  if (other && other[2] >= MIN_FOREIGN_SCRIPT_LETTERS && other[1] >= FOREIGN_SCRIPT_SHARE * latin) return other[0];
  return 'latin';
}

/** A non-Latin script decides with at least this many letters and this share of the Latin letters' weight. */
const MIN_FOREIGN_SCRIPT_LETTERS = 2;
const FOREIGN_SCRIPT_SHARE = 0.3;

/**
 * Kanji in their Japanese (shinjitai) form, which neither Simplified nor Traditional Chinese writes
 * that way (Chinese 检/檢 for 検, 读/讀 for 読, 发/發 for 発, ...): Han-only text with them is Japanese.
 */
const JAPANESE_ONLY_KANJI =
  /[検証読売図県駅関発変転歳戦経続総辺沢払広伝価気楽薬円込働枠択済渉歩帰悪圧囲営応穏仮拡覚巻勧歓観顔戯犠拠挙駆恵掲渓継撃剣険圏権験厳鉱砕斎剤雑実釈収従渋獣縦粛処奨焼乗浄剰畳縄壌嬢譲醸寝粋酔穂髄瀬斉摂専銭繊荘捜挿巣騒増蔵臓対帯滝単団弾遅昼鋳庁聴懲鎮逓鉄稲闘徳届弐悩脳廃拝髪抜晩浜仏併塀弁舗豊毎満黙訳揺様謡頼覧竜虜両猟緑涙塁戻霊齢暦歴労録]/u;

export interface LanguageContext {
  /** The language the conversation was identified in so far (the ticket's language), if any. */
  prior?: string | null;
}

/**
 * Below this confidence a guess gives way to the conversation's language when that is a close neighbour of
 * the guess (same group in language-markers.ts): a short follow-up such as "tusen takk" in a Norwegian thread
 * stays Bokmål. Simulated on the gettext proxy (fold 1, the close groups' languages): with the text's own
 * language as the prior, two-word texts 78.0 -> 87.5 % and sentences 97.3 -> 99.0 % right; with a wrong prior
 * (another member of the group) 77.7 -> 55.4 % and 97.2 -> 83.2 %. So only the conversation's own language is a prior.
 */
const PRIOR_MAX_CONFIDENCE = 0.9;

/** The language of `text`; `context.prior` decides between close neighbours when the text alone is unsure. */
export function detectLanguage(text: string, context: LanguageContext = {}): LanguageGuess {
  const guess = detectFromText(text);
  const { prior } = context;
  if (!prior || prior === guess.language || guess.language === 'unknown') return guess;
  if (guess.confidence >= PRIOR_MAX_CONFIDENCE || !closeGroupOf(guess.language)?.includes(prior)) return guess;
  return { language: prior, confidence: guess.confidence, candidate: prior };
}

function detectFromText(text: string): LanguageGuess {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return unknown();
  const scripts = scriptCounts(text);
  // The dominant script decides the family; kana anywhere makes Han text Japanese.
  const dominant = dominantScript(scripts);
  if (scripts.has('kana') && (dominant === 'han' || dominant === 'kana')) {
    return { language: 'ja', confidence: 0.95, candidate: 'ja' };
  }
  if (dominant === 'han' && JAPANESE_ONLY_KANJI.test(text)) return { language: 'ja', confidence: 0.8, candidate: 'ja' };
  if (dominant === 'han') return { language: 'zh', confidence: letters >= 2 ? 0.9 : 0.6, candidate: 'zh' };
  const single = SCRIPT_LANGUAGE[dominant];
  if (single) return { language: single, confidence: letters >= 2 ? 0.95 : 0.6, candidate: single };
  if (letters < MIN_LETTERS) return unknown();
  if (dominant === 'arabic') {
    const g = arabicScriptLanguage(text);
    return { ...g, candidate: g.language };
  }
  const wordCount = text.match(WORD)?.length ?? 0;
  if (dominant === 'cyrillic') {
    const g = cyrillicLanguage(text, wordCount);
    return { ...g, candidate: g.language };
  }
  if (dominant !== 'latin') return unknown();
  const g = latinLanguage(text, wordCount);
  if (!g.language || g.language === 'ms') return unknown(g.language, g.confidence);
  // A single short word (e.g. "ok", "taxi") is shared by too many languages to tell.
  if (wordCount < 2 && letters < 6) return unknown(g.language, g.confidence);
  return { language: g.language, confidence: Math.max(0.5, g.confidence), candidate: g.language };
}
