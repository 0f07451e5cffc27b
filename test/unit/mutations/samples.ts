import type { Mutation } from '../../../shared/api/mutations.js';
import type { AiDecision } from '../../../shared/domain/decision.js';
import { newTicket, type Ticket, type TicketStatus } from '../../../shared/domain/ticket.js';

/** When the ticket came in, and when the console made each change below. */
export const AT = '2026-05-01T09:00:00.000Z';
export const CREATED = '2026-05-01T09:05:00.000Z';
const customer = { id: 'c1', name: 'Dana', tier: 'standard' } as const;
const opened = newTicket({ id: 't1', tenantId: 'acme', subject: 'Refund', customer, channel: 'email', at: AT, seq: 1 });

/** The ticket in `status`, with any other fields given. */
export function ticketIn(status: TicketStatus, fields: Partial<Ticket> = {}): Ticket {
  return { ...opened, status, ...fields };
}

const base = { id: 1, ticketId: 't1', createdAt: CREATED };
const byAgent = { ...base, messageId: 'm1', agentName: 'Sam' };

/** One mutation of each type as a console or an autopilot sends it (mutation id 1, ticket t1, created at CREATED). */
export const change = {
  reply: (resolve: boolean): Mutation => ({ ...byAgent, type: 'agent_reply', text: 'Done.', resolve }),
  note: (): Mutation => ({ ...byAgent, type: 'note', text: 'Call back.' }),
  reassign: (): Mutation => ({ ...byAgent, type: 'reassign', ownerQueue: 'billing', baseVersion: 3 }),
  assign: (): Mutation => ({ ...byAgent, type: 'assign', assignee: 'Sam' }),
  snooze: (until: string | null): Mutation => ({ ...byAgent, type: 'snooze', until }),
  handback: (): Mutation => ({ ...byAgent, type: 'handback' }),
  spam: (): Mutation => ({ ...byAgent, type: 'mark_spam', baseVersion: 3 }),
  reopen: (ownerQueue?: string): Mutation => ({ ...byAgent, type: 'reopen', reason: 'Wrong answer.', ownerQueue }),
  review: (verdict: 'approve' | 'flag'): Mutation => ({
    ...base,
    type: 'review',
    verdict,
    reviewerName: 'Lee',
    ...(verdict === 'flag' ? { reason: 'Too slow.' } : {}),
  }),
  handleTime: (seconds: number): Mutation => ({ ...base, type: 'handle_time', seconds, agentName: 'Sam' }),
  tag: (add: string[], remove: string[] = []): Mutation => ({ ...base, type: 'tag', agentName: 'Sam', add, remove }),
  decision: (decision: AiDecision): Mutation => ({ ...base, type: 'ai_decision', messageId: 'ai-1', decision }),
};

const understood = { language: 'de', intent: 'refund', confidence: 0.9, summary: null, engine: 'builtin' } as const;
export const resolveDecision: AiDecision = { action: 'resolve', ...understood, latencyMs: 4, reply: 'Refunded.' };
export const escalateDecision: AiDecision = {
  action: 'escalate',
  ...understood,
  latencyMs: 4,
  ownerQueue: 'billing',
  escalation: { code: 'rule', ruleId: 'big', detail: 'Over the limit.' },
  draft: 'We will check.',
};
