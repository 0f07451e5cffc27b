import type { AiDecision } from '../../../shared/domain/decision.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';

export interface AiEngineInput {
  ticket: Ticket;
  /** The ticket's thread, oldest first (order by `seq` when unsure). */
  messages: Message[];
}

/** One AI provider (built-in or OpenAI-compatible): reads a ticket, returns what to do with it. */
export interface AiEngine {
  decide(input: AiEngineInput): Promise<AiDecision>;
}
