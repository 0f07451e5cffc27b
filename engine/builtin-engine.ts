/**
 * The built-in engine: works offline with no key. Pipeline for one ticket:
 *   customer's latest text -> language -> classifier ranking -> signals (human request, complaint)
 *   -> decision with the tenant's rules -> reply or draft from the knowledge base.
 * Customer text is only ever data: it is classified and matched, never followed, and it is never
 * copied into the reply (replies come from the knowledge base alone).
 */
import type { AiDecision } from '../shared/domain/decision.js';
import type { EscalationRule } from '../shared/domain/tenant.js';
import type { EscalationReasonCode } from '../shared/domain/ticket.js';
import { chooseOwner, forcedEscalation, type TicketFacts } from '../shared/escalation-rules.js';
import { largestAmount } from './amounts.js';
import { answerChecks } from './answer-checks.js';
import { forcedEscalationBeforeClassifier, ownerBeforeClassifier } from './classifier-free-rules.js';
import { latestCustomerText } from './customer-text.js';
import type { AiEngine, AiEngineInput } from './engine.js';
import { engineTenantFrom, type EngineTenant, type TenantConfiguration } from './engine-tenant.js';
import { IntentClassifier, type TrainingProgress } from './intent-classifier.js';
import { detectLanguage } from './language-detector.js';
import { detectSignals, isPseudoIntent, type Signal } from './signals.js';
import { newTicketFromText } from './triage.js';
import { readModelFile } from './model-cache.js';
import { hasTrainingData } from './training-data.js';
import { loadTenantClassifier, type TenantClassifierOptions } from './tenant-classifier.js';

/** The tenant, and where its classifier is trained from and cached (as for loadTenantClassifier). */
export interface BuiltinEngineOptions extends Omit<TenantClassifierOptions, 'tenantId' | 'onProgress'> {
  tenant: EngineTenant;
  onTrainingProgress?: (p: TrainingProgress) => void;
}

/** Below this probability the best intent guess is reported as no intent (null). */
const INTENT_FLOOR = 0.15;
/** Below this probability the best guess is not worth drafting an answer from. */
const DRAFT_FLOOR = 0.2;

const pct = (p: number | null) => (p === null ? 'n/a' : `${Math.round(p * 100)}%`);

function describeFacts(f: TicketFacts): string {
  return [
    `intent ${f.intent ?? 'unknown'}`,
    `language ${f.language ?? 'unknown'}`,
    `tier ${f.tier}`,
    f.amount !== null && f.amount !== undefined ? `amount ${f.amount}` : null,
    f.sentiment === 'negative' ? 'negative sentiment' : null,
    f.tags?.length ? `tags ${f.tags.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Texts warmUp() decides: no phrase list matches them, so every pattern runs once. */
const WARM_UP_TEXTS = [
  'Hello, my card has not arrived yet and I paid 25 EUR for express delivery.',
  'Hallo, meine Überweisung ist seit gestern ausstehend.',
  'مرحبا، متى تصل بطاقتي الجديدة؟',
  'カードはいつ届きますか。',
  'Здравствуйте, когда придёт моя карта?',
];

/**
 * Compiles and optimises what reads a ticket for any tenant (the language detector's data, the phrase lists, the
 * amount patterns) on texts in several scripts, so it is done before the tenant and its first ticket are known: an
 * autopilot does it while its queue is still coming up. BuiltinEngine.warmUp() then has only the tenant's rules left.
 */
export function warmUpTenantFree(): void {
  for (const text of WARM_UP_TEXTS) {
    detectLanguage(text);
    detectSignals(text, []);
    largestAmount(text);
  }
}

/** What the engine says about a ticket's intent before its classifier is ready. */
const NOT_CLASSIFIED_YET = 'intent not classified yet (the intent classifier was still loading)';
/** ... and for a tenant without intent training data, which never gets a classifier. */
const NO_CLASSIFIER = 'no intent classifier (the tenant has no intent training data)';

/** The intent classifier, one on its way, or none ever: a tenant without training data decides without one. */
export type ClassifierSource = IntentClassifier | Promise<IntentClassifier> | null;

/**
 * The built-in engine. Its classifier may still be on its way (trained in the background on a first start):
 * until it is, decideNow() decides what needs no classifier (an empty ticket, a customer who asks for a
 * person or complains in so many words, a tenant rule that forces escalation on known facts, each routed
 * only when no intent could change the owner) and answers null for the rest, which decide() makes wait.
 * A tenant without training data has no classifier at all: those classifier-free decisions are all it makes, and
 * every other ticket goes to the owner its rules name for an unknown intent (`no_answer`, or `human_owned`).
 * Thresholds, rules and the published articles' answers can be replaced between decisions (useConfiguration).
 */
export class BuiltinEngine implements AiEngine {
  private classifier: IntentClassifier | null;
  private readonly classifierReady: Promise<IntentClassifier | null>;
  /** True while no classifier will come (no training data, and none learned from the tenant's history yet). */
  private classifierless: boolean;

  constructor(
    private tenant: EngineTenant,
    classifier: ClassifierSource,
  ) {
    this.classifierless = classifier === null;
    if (classifier === null || classifier instanceof IntentClassifier) {
      this.classifier = classifier;
      this.classifierReady = Promise.resolve(classifier);
    } else {
      this.classifier = null;
      // A model put in force meanwhile (useClassifier: one learned from the history) is not replaced by it.
      this.classifierReady = classifier.then((ready) => (this.classifier ??= ready));
      // Whoever waits for it sees a failure; nobody waiting is no reason to crash the process.
      this.classifierReady.catch(() => undefined);
    }
  }

  /** What the next decisions are made with. */
  get configuration(): EngineTenant {
    return this.tenant;
  }

  /** Takes the tenant's new settings and rules for the next decisions; throws, keeping the ones in use, when the rules are unusable. */
  useConfiguration(configuration: TenantConfiguration): void {
    this.tenant = engineTenantFrom(configuration);
  }

  /**
   * Puts another intent model in force for the next decisions: one retrained from the tenant's history, or the one
   * before it (an undo); null (the undo of a tenant's only model) decides without a classifier again.
   */
  useClassifier(classifier: IntentClassifier | null): void {
    this.classifier = classifier;
    this.classifierless = classifier === null;
  }

  /** Resolves once every ticket can be decided at once (rejects when the classifier could not be had). */
  async whenReady(): Promise<void> {
    await this.classifierReady;
  }

  async decide(input: AiEngineInput): Promise<AiDecision> {
    const classifier = this.classifier ?? (await this.classifierReady);
    const decision = this.decideWith(input, classifier);
    if (!decision) throw new Error('The built-in engine left a ticket undecided although its classifier was ready.');
    return decision;
  }

  async decideNow(input: AiEngineInput): Promise<AiDecision | null> {
    return this.decideWith(input, this.classifier);
  }

  /**
   * Runs the pipeline on a few texts in different scripts, so the first customer does not wait (up to a second)
   * while the language detector, the phrase lists and the rules' keywords are compiled and optimised.
   */
  warmUp(): void {
    WARM_UP_TEXTS.forEach((text, i) =>
      this.decideWith(newTicketFromText(`warm-up-${i}`, text, this.tenant.id), this.classifier),
    );
  }

  /** The decision; null only without a classifier, when the classifier's answer could change it. */
  private decideWith({ ticket, messages }: AiEngineInput, classifier: IntentClassifier | null): AiDecision | null {
    const started = performance.now();
    const text = latestCustomerText(ticket, messages);

    const detected = detectLanguage(text, { prior: ticket.language });
    const language = detected.language !== 'unknown' ? detected.language : ticket.language;
    const ranking = text && classifier ? classifier.predict(text, language) : [];
    const signals = detectSignals(text, ranking);
    const best = ranking.find((r) => !isPseudoIntent(r.intent)) ?? null;
    const confidence = best ? Math.round(best.probability * 10_000) / 10_000 : null;
    // A guess this weak would route the escalation by noise (e.g. "I want a human" -> some intent at 1%).
    const intent = best && best.probability >= INTENT_FLOOR ? best.intent : null;

    const { knowledgeBase } = this.tenant;
    const kbLanguage = language !== null && knowledgeBase.languages.includes(language) ? language : null;
    const kbAnswer = intent !== null && kbLanguage !== null ? knowledgeBase.answer(intent, kbLanguage) : null;
    const draft = confidence !== null && confidence >= DRAFT_FLOOR ? kbAnswer : null;
    const about = !classifier
      ? this.classifierless
        ? NO_CLASSIFIER
        : NOT_CLASSIFIED_YET
      : intent
        ? `likely intent ${intent} at ${pct(confidence)} confidence`
        : 'no intent identified';

    const summary =
      [
        `Intent ${intent ?? (classifier || this.classifierless ? 'unknown' : 'not classified yet')}`,
        `language ${language ?? 'unknown'}`,
        `confidence ${pct(confidence)}`,
        ...signals.map((s: Signal) =>
          s.kind === 'human_request' ? 'customer asks for a human' : 'customer complains',
        ),
      ].join(', ') + '.';

    const common = { language, intent, confidence, summary, engine: 'builtin' as const };
    const latency = () => Math.round((performance.now() - started) * 100) / 100;

    const facts: TicketFacts = {
      intent,
      language,
      tier: ticket.customer.tier,
      confidence,
      sentiment: signals.some((s) => s.kind === 'complaint') ? 'negative' : 'neutral',
      amount: text ? largestAmount(text) : null,
      text,
      tags: ticket.tags ?? [],
    };
    const rules = this.tenant.escalationRules;
    /** What the facts are final: a classifier gave the intent, or none ever will. */
    const factsFinal = classifier !== null || this.classifierless;
    /** Null (wait) when the owner would depend on the classifier it does not have yet. */
    const escalate = (code: EscalationReasonCode, detail: string, decidedBy?: EscalationRule): AiDecision | null => {
      const owner = { reason: code, ...facts };
      const rule = decidedBy ?? (factsFinal ? chooseOwner(rules, owner) : ownerBeforeClassifier(rules, owner));
      if (!rule) return null;
      return {
        action: 'escalate',
        ...common,
        ownerQueue: rule.ownerQueue,
        escalation: { code, ruleId: rule.id, detail },
        draft,
        latencyMs: latency(),
      };
    };

    // No text: no classifier would have anything to read, so the owner is the same with or without one.
    if (!text)
      return escalate(
        'low_confidence',
        'The ticket has no customer text to work from.',
        chooseOwner(rules, { reason: 'low_confidence', ...facts }),
      );
    const humanRequest = signals.find((s) => s.kind === 'human_request');
    if (humanRequest) {
      return escalate(
        'human_requested',
        `The customer asked for a human (${humanRequest.source}: "${humanRequest.evidence}"); ${about}.`,
      );
    }
    const complaint = signals.find((s) => s.kind === 'complaint');
    if (complaint) {
      return escalate(
        'complaint',
        `The customer's message reads as a complaint (${complaint.source}: "${complaint.evidence}"); ${about}.`,
      );
    }
    if (!classifier) {
      // A ticket a person owns gets a draft, which needs the intent; answering needs it too. A tenant rule
      // that forces escalation on facts already known (keywords, amounts, tiers) goes to its owner now.
      const forced = ticket.humanTouched ? null : forcedEscalationBeforeClassifier(rules, facts);
      if (forced)
        return escalate(
          'rule',
          `Tenant rule "${forced.id}" sends tickets like this one to a human (${describeFacts(facts)}); ${about}.`,
          forced,
        );
      if (!this.classifierless) return null;
      return ticket.humanTouched
        ? escalate('human_owned', `A human already handles this ticket; ${about}.`)
        : escalate('no_answer', `The AI cannot tell what the customer asks, so a person answers; ${about}.`);
    }
    if (ticket.humanTouched) {
      return escalate('human_owned', `A human already handles this ticket, so the AI only drafts; ${about}.`);
    }
    const forced = forcedEscalation(rules, facts);
    if (forced) {
      return escalate(
        'rule',
        `Tenant rule "${forced.id}" sends tickets like this one to a human (${describeFacts(facts)}); ${about}.`,
        forced,
      );
    }
    const verdict = answerChecks(this.tenant, knowledgeBase, { language, intent, confidence }, about);
    if (verdict.action === 'escalate') return escalate(verdict.code, verdict.detail);
    return { action: 'resolve', ...common, reply: verdict.reply, latencyMs: latency() };
  }
}

export async function createBuiltinEngine(options: BuiltinEngineOptions): Promise<BuiltinEngine> {
  const { tenant, onTrainingProgress, ...where } = options;
  if (!hasTrainingData(where.resourcesDir, tenant.id)) return new BuiltinEngine(tenant, null);
  const { classifier } = loadTenantClassifier({ ...where, tenantId: tenant.id, onProgress: onTrainingProgress });
  return new BuiltinEngine(tenant, classifier);
}

export interface StartBuiltinEngineOptions {
  tenant: EngineTenant;
  /**
   * Gets the tenant's intent model somewhere else (from the cache, or trained in a child process); resolves with its
   * file. Absent: the tenant has no training data, and the engine decides without a classifier.
   */
  loadModel?: () => Promise<string>;
  /** When that fails: the classifier got another way (e.g. trained in this process), or the error thrown again. */
  fallback?: (error: unknown) => IntentClassifier;
}

/**
 * The built-in engine at once, without waiting for its classifier: it decides what needs none from the first
 * ticket on (BuiltinEngine.decideNow) and the rest once `loadModel` has delivered the model.
 */
export function startBuiltinEngine(options: StartBuiltinEngineOptions): BuiltinEngine {
  const { loadModel, fallback } = options;
  const classifier = loadModel
    ? loadModel()
        .then(readModelFile)
        .catch((error: unknown) => {
          if (!fallback) throw error;
          return fallback(error);
        })
    : null;
  return new BuiltinEngine(options.tenant, classifier);
}
