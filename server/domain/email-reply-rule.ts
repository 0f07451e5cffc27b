import type { Escalation, Message } from '../../shared/domain/ticket.js';
import type { TicketChange } from './ticket-change.js';

/** The escalation an AI reply held back by the one-reply-per-thread rule gets (an existing code: no new words). */
export const ONE_REPLY_PER_THREAD: Escalation = {
  code: 'rule',
  ruleId: 'email-one-reply-per-thread',
  detail:
    'The AI already answered this email thread and only more mail came back (no person has answered since), so its new reply was not sent: it is kept as the draft. Check whether the other side is an automatic mailbox before answering.',
};

/**
 * Whether an AI reply now would be its second answer on the thread without a person in between: the AI replied
 * before, and after that only the other side wrote. A mailbox that answers every mail so gets at most one reply.
 */
export function wouldRepeatAiReply(messages: readonly Message[]): boolean {
  let lastAiReply = -1;
  messages.forEach((message, index) => {
    if (message.author === 'ai' && message.kind === 'reply') lastAiReply = index;
  });
  if (lastAiReply < 0) return false;
  // A person answered: an agent's reply to the customer (an internal note is not an answer).
  return !messages.slice(lastAiReply + 1).some((message) => message.author === 'agent' && message.kind === 'reply');
}

/** The AI's answer turned into a hand-over: escalated to `queueId` with the reply kept as the draft, nothing sent. */
export function heldAiReply<C extends TicketChange>(change: C, queueId: string | null): C {
  if (!change.message) return change;
  return {
    ...change,
    patch: {
      ...change.patch,
      status: 'escalated',
      aiDraft: change.message.text,
      escalation: ONE_REPLY_PER_THREAD,
      ownerQueue: queueId,
    },
    message: null,
  };
}
