/**
 * Signals that send a ticket to a human whatever its intent: the customer asks for a human, or
 * complains. Two detectors: the classifier's pseudo-intents (`__human_request`, `__complaint`) and a
 * multilingual phrase list (en, de, fr, es, pt, it, nl, ar), matched on normalised text.
 */
import type { IntentScore } from './intent-classifier.js';
import { normaliseText, tokenise } from './text-features.js';

export type SignalKind = 'human_request' | 'complaint';

export interface Signal {
  kind: SignalKind;
  source: 'keyword' | 'classifier';
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

/** Patterns are written in normalised form: lowercase, no Latin accents, words separated by one space. */
const HUMAN_REQUEST: readonly string[] = [
  // en
  '(speak|talk|chat) (with|to) (a |an |the |some )?(real |actual |live )?(human|person|agent|representative|operator|someone|somebody|manager|supervisor)',
  '(real|actual|live) (human|person|agent)',
  'human (being|agent|support|please)',
  '(i want|i need|get me|give me|can i have|can i get) (a|an) (human|person|agent|representative|operator)',
  '(not|no more|stop|enough) (a |the |this |with the )?(bot|robot|chatbot|machine)',
  'customer (service|support) (agent|representative|rep)',
  // de
  '(mit )?(einem|einer|nem) (menschen|mitarbeiter|mitarbeiterin|berater|beraterin|kundenberater|person|echten person|echten menschen)( sprechen| reden)',
  '(echten|richtigen|realen) (menschen|person|mitarbeiter|mitarbeiterin)',
  '(mensch|menschen) (sprechen|bitte)',
  'keinen? (bot|roboter|chatbot)',
  // fr
  '(parler|discuter|echanger) (a|avec) (un |une |un vrai |une vraie |le |la )?(humain|conseiller|conseillere|agent|operateur|personne|interlocuteur|quelqu un)',
  '(vrai|vraie|veritable) (humain|personne|conseiller|agent)',
  '(etre humain|personne reelle|service client humain)',
  // es
  '(hablar|comunicarme|contactar|chatear) con (un |una |el |la )?(humano|persona|agente|asesor|asesora|operador|operadora|representante|alguien)',
  '(persona real|ser humano|agente humano|operador humano)',
  // pt
  '(falar|conversar) com (um |uma |o |a )?(humano|pessoa|atendente|agente|operador|representante|alguem)',
  '(pessoa real|ser humano|atendente humano|atendimento humano)',
  // it
  '(parlare|comunicare) con (un |una |l |il )?(umano|persona|operatore|operatrice|consulente|agente|qualcuno)',
  '(persona reale|persona vera|essere umano|operatore umano)',
  // nl
  '(spreken|praten|chatten) met (een |een echte |echte )?(mens|medewerker|persoon|iemand)',
  '(echte persoon|echt mens|een mens|menselijke medewerker)',
  'met een (medewerker|mens|persoon) (spreken|praten)',
  // ar (matched without word boundaries: Arabic attaches clitics)
  '(التحدث|اتحدث|الحديث|اتكلم|التكلم|احكي|بدي احكي|اكلم) (مع|الى|ل) ?(موظف|شخص|انسان|احد|ممثل|بشري)',
  '(شخص|انسان|موظف) (حقيقي|بشري)',
  'ممثل خدمه العملاء',
];

const COMPLAINT: readonly string[] = [
  // en
  'complaint', 'complain(ing|ed)?', 'unacceptable', 'ridiculous', 'outrageous', 'disgusting', 'disgraceful', 'appalling',
  '(terrible|awful|horrible|pathetic|lousy) (service|bank|app|support|experience)', 'worst (bank|service|experience|app|support)',
  'furious', 'angry', 'fed up', 'sick (of|and tired)', 'incompetent', 'useless', 'shameful', 'this is a joke',
  '(sue|suing) you', 'my lawyer', 'ombudsman',
  // de
  'beschwerde', 'beschweren', 'unverschamt', 'inakzeptabel', 'frechheit', 'skandal', 'wutend', 'sauer', 'miserabel',
  'katastrophal', 'schlechtester?', 'reicht mir', 'anwalt',
  // fr
  'plainte', 'reclamation', 'inacceptable', 'scandaleux', 'honteux', 'inadmissible', 'furieux', 'furieuse', 'en colere',
  'pire (service|banque|experience)', 'ras le bol', 'lamentable', 'avocat',
  // es
  'queja', 'reclamacion', 'inaceptable', 'vergonzoso', 'indignante', 'furioso', 'furiosa', 'enfadado', 'enfadada', 'harto',
  'harta', 'pesimo', 'pesima', 'el peor', 'una verguenza', 'abogado',
  // pt
  'reclamacao', 'inaceitavel', 'vergonhoso', 'um absurdo', 'furioso', 'irritado', 'irritada', 'pessimo', 'pessima',
  'o pior', 'farto', 'farta', 'advogado',
  // it
  'reclamo', 'lamentela', 'inaccettabile', 'vergognoso', 'scandaloso', 'arrabbiato', 'arrabbiata', 'pessimo', 'pessima',
  'il peggiore', 'stufo', 'stufa', 'avvocato',
  // nl
  'klacht', 'klagen', 'onacceptabel', 'schandalig', 'belachelijk', 'woedend', 'boos', 'slechtste', 'ben het zat', 'advocaat',
  // ar
  'شكوي', 'شكوى', 'اشتكي', 'غير مقبول', 'اسوا (خدمه|بنك|تجربه)', 'غاضب', 'مستاء', 'فضيحه', 'مهزله', 'محامي', 'سيء جدا',
];

const ARABIC = /[\u0600-\u06FF]/;

function compile(patterns: readonly string[]): RegExp[] {
  return patterns.map((p) => {
    // Normalise the pattern like the text (Arabic letter variants, accents), keeping regex syntax.
    const source = ARABIC.test(p) ? normaliseText(p) : p;
    return ARABIC.test(p) ? new RegExp(source, 'u') : new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');
  });
}

const HUMAN_REQUEST_RE = compile(HUMAN_REQUEST);
const COMPLAINT_RE = compile(COMPLAINT);

/** The customer text as the phrase lists see it: normalised tokens joined by single spaces. */
function phraseView(text: string): string {
  return tokenise(normaliseText(text)).join(' ');
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
export function detectSignals(text: string, ranking: readonly IntentScore[] = [], options: SignalOptions = DEFAULT_SIGNAL_OPTIONS): Signal[] {
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
