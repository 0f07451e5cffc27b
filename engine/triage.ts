/**
 * Runs labelled customer texts through an AI engine, each as a new ticket, and scores the outcome:
 * how many the AI resolved on its own (containment) and how many of those it resolved with the
 * wrong intent (wrong-resolution rate).
 */
import type { AiDecision } from '../shared/domain/decision.js';
import { newTicket, type Message, type Ticket } from '../shared/domain/ticket.js';
import type { AiEngine } from './engine.js';

export interface TriageRow {
  text: string;
  label: string;
}

export interface TriageLabelMetrics {
  n: number;
  resolved: number;
  /** Resolved with an intent other than the label. */
  wrongResolved: number;
  escalated: number;
  /** Intent equal to the label, resolved or not. */
  correctIntent: number;
}

export interface TriageEvaluation {
  n: number;
  resolved: number;
  escalated: number;
  /** resolved / n */
  containment: number;
  /** resolved with an intent other than the label / resolved */
  wrongResolutionRate: number;
  /** intent equal to the label / n */
  accuracy: number;
  escalationReasons: Record<string, number>;
  perLabel: Record<string, TriageLabelMetrics>;
}

const EPOCH = '2025-01-01T00:00:00.000Z';

/** A new ticket with one customer message, as a channel would post it. */
export function newTicketFromText(
  id: string,
  text: string,
  tenantId: string,
  tier: Ticket['customer']['tier'] = 'standard',
): { ticket: Ticket; messages: Message[] } {
  const ticket = newTicket({
    id,
    tenantId,
    subject: text.slice(0, 80),
    customer: { id: `c-${id}`, name: 'Customer', tier },
    channel: 'eval',
    at: EPOCH,
    seq: 1,
  });
  const messages: Message[] = [
    {
      id: `${id}-m1`,
      ticketId: id,
      author: 'customer',
      authorName: null,
      kind: 'reply',
      text,
      createdAt: EPOCH,
      seq: 1,
    },
  ];
  return { ticket, messages };
}

export function scoreTriage(rows: readonly TriageRow[], decisions: readonly AiDecision[]): TriageEvaluation {
  const perLabel: Record<string, TriageLabelMetrics> = {};
  const escalationReasons: Record<string, number> = {};
  let resolved = 0;
  let wrong = 0;
  let correct = 0;
  rows.forEach((row, i) => {
    const d = decisions[i]!;
    const m = (perLabel[row.label] ??= { n: 0, resolved: 0, wrongResolved: 0, escalated: 0, correctIntent: 0 });
    m.n++;
    if (d.intent === row.label) {
      m.correctIntent++;
      correct++;
    }
    if (d.action === 'resolve') {
      m.resolved++;
      resolved++;
      if (d.intent !== row.label) {
        m.wrongResolved++;
        wrong++;
      }
    } else {
      m.escalated++;
      const code = d.escalation.code;
      escalationReasons[code] = (escalationReasons[code] ?? 0) + 1;
    }
  });
  const n = rows.length;
  const sorted: Record<string, TriageLabelMetrics> = {};
  for (const label of Object.keys(perLabel).sort()) sorted[label] = perLabel[label]!;
  return {
    n,
    resolved,
    escalated: n - resolved,
    containment: n ? resolved / n : 0,
    wrongResolutionRate: resolved ? wrong / resolved : 0,
    accuracy: n ? correct / n : 0,
    escalationReasons,
    perLabel: sorted,
  };
}

/** Decides every row as a new ticket, one at a time (the engine is deterministic). */
export async function triageRows(
  engine: AiEngine,
  rows: readonly TriageRow[],
  tenantId: string,
  onProgress?: (done: number) => void,
): Promise<AiDecision[]> {
  const out: AiDecision[] = [];
  for (let i = 0; i < rows.length; i++) {
    if (i % 500 === 0) onProgress?.(i);
    out.push(await engine.decide(newTicketFromText(`eval-${i + 1}`, rows[i]!.text, tenantId)));
  }
  return out;
}
