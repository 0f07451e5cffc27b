import type { AiDecision } from '../../../shared/domain/decision.js';
import type { EscalationRule } from '../../../shared/domain/tenant.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';

export interface AiEngineInput {
  ticket: Ticket;
  /** The ticket's thread, oldest first (order by `seq` when unsure). */
  messages: Message[];
}

/** One AI provider (built-in or OpenAI-compatible): reads a ticket, returns what to do with it. */
export interface AiEngine {
  decide(input: AiEngineInput): Promise<AiDecision>;
  /**
   * Replaces the tenant's escalation rules (a lead saved a new version) for the next decisions.
   * Throws, keeping the rules in use, when the tenant cannot use these (e.g. an owner queue it lacks).
   */
  useEscalationRules?(rules: readonly EscalationRule[]): void;
}
