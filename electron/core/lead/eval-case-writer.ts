import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  AddEvalCaseInputSchema,
  type AddEvalCaseInput,
  type AddEvalCaseResult,
} from '../../../shared/api/lead-contract.js';
import type { Message, Ticket } from '../../../shared/domain/ticket.js';
import { EvalCaseSchema, SuiteHeaderSchema, type EvalCaseInput } from '../../../shared/evals/suite-format.js';
import { fail, ok, type Result } from '../../../shared/result.js';

export interface EvalCaseWriterOptions {
  /** The JSON Lines suite file flagged tickets go to (created with its header on first use). */
  file: string;
  getTicket: (id: string) => { ticket: Ticket; messages: readonly Message[] } | null;
}

/**
 * Turns a reviewed ticket into a case of the eval suite format (shared/evals/suite-format.ts): the
 * customer's messages up to the AI's answer, and what the AI should have done. `npm run eval -- suite FILE`
 * then runs it before the next model or prompt change.
 */
export class EvalCaseWriter {
  constructor(private readonly options: EvalCaseWriterOptions) {}

  add(input: AddEvalCaseInput): Result<AddEvalCaseResult> {
    const { ticketId, expectDecision } = AddEvalCaseInputSchema.parse(input);
    const found = this.options.getTicket(ticketId);
    if (!found) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
    const draft = evalCaseOf(found.ticket, found.messages, expectDecision);
    const parsed = EvalCaseSchema.safeParse(draft);
    if (!parsed.success)
      return fail(
        'invalid_case',
        `The ticket cannot be written as an eval case: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
      );

    const { file } = this.options;
    const existing = existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
      : [];
    const ids = existing.slice(1).map((line) => (JSON.parse(line) as { id?: unknown }).id);
    if (ids.includes(parsed.data.id)) return fail('already_added', `Ticket ${ticketId} is already a case of ${file}.`);
    mkdirSync(dirname(file), { recursive: true });
    if (existing.length === 0) {
      const header = SuiteHeaderSchema.parse({
        suite: {
          name: 'Flagged by team leads',
          tenant: found.ticket.tenantId,
          description: 'AI resolutions a lead flagged in review.',
        },
      });
      appendFileSync(file, `${JSON.stringify(header)}\n`);
    }
    appendFileSync(file, `${JSON.stringify(draft)}\n`);
    return ok({ file, caseId: parsed.data.id, cases: ids.length + 1 });
  }
}

/** The case: customer messages before the AI's first answer (what it decided on), and the expected decision. */
export function evalCaseOf(
  ticket: Ticket,
  messages: readonly Message[],
  expectDecision: 'resolve' | 'escalate',
): EvalCaseInput {
  const thread = [...messages].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const firstAi = thread.findIndex((message) => message.author === 'ai');
  const seen = firstAi === -1 ? thread : thread.slice(0, firstAi);
  const customerTexts = seen.filter((message) => message.author === 'customer').map((message) => message.text);
  const review = ticket.review;
  return {
    id: `flagged-${ticket.id}`,
    tags: ['flagged', ...(ticket.intent ? [ticket.intent] : [])].slice(0, 20),
    messages: customerTexts.length > 0 ? customerTexts : [ticket.subject],
    customer: { tier: ticket.customer.tier },
    subject: ticket.subject.slice(0, 300),
    note: (review?.verdict === 'flag'
      ? `Flagged by ${review.by}: ${review.reason ?? ''}`
      : `Added from review of ticket ${ticket.id}`
    ).slice(0, 2000),
    expect: {
      decision: expectDecision,
      ...(ticket.language ? { language: ticket.language } : {}),
      ...(expectDecision === 'resolve' && ticket.intent ? { intent: ticket.intent } : {}),
    },
  };
}
