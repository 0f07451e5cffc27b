import type { AiDecision } from '../shared/domain/decision.js';
import type { Message, Ticket } from '../shared/domain/ticket.js';
import type { TenantConfiguration } from './engine-tenant.js';

export interface AiEngineInput {
  ticket: Ticket;
  /** The ticket's thread, oldest first (order by `seq` when unsure). */
  messages: Message[];
  /**
   * `shadow`: re-deciding a ticket already handled (a shadow run, issue 17): nothing that changes anything may run
   * (no tool writes), and nothing is spent from the month's budget that a live ticket needs. Default `live`.
   */
  mode?: 'live' | 'shadow';
}

/** One AI provider (built-in or OpenAI-compatible): reads a ticket, returns what to do with it. */
export interface AiEngine {
  /** Waits, when the engine is still loading a part the ticket needs. */
  decide(input: AiEngineInput): Promise<AiDecision>;
  /**
   * For an engine that starts before all of it is loaded (the built-in one trains its classifier on a first
   * start): the decision if it needs nothing still loading, else null, and the ticket waits for whenReady().
   * Engines without it are ready at once.
   */
  decideNow?(input: AiEngineInput): Promise<AiDecision | null>;
  /** Resolves when decideNow() no longer answers null; rejects when the missing part could not be loaded. */
  whenReady?(): Promise<void>;
  /**
   * Replaces the tenant's configuration (a lead saved new rules, an admin published an article or changed a
   * threshold) for the next decisions. Throws, keeping the configuration in use, when the tenant cannot use it
   * (e.g. rules naming an owner queue it lacks).
   */
  useConfiguration?(configuration: TenantConfiguration): void;
}
