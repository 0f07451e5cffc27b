import type { Ticket } from '../../shared/domain/ticket.js';
import { heldAiReply, wouldRepeatAiReply } from '../domain/email-reply-rule.js';
import { EMAIL_TICKET_CHANNEL } from '../domain/email-thread.js';
import type { TicketChange } from '../domain/ticket-change.js';
import { liveChannelSetting } from './setting-scripts.js';
import { perform, type Script } from './store-operations.js';
import { messageFromRow } from './ticket-rows.js';

/**
 * One AI reply per mail thread without a person: an AI answer on an email ticket whose earlier AI reply got only
 * more mail back is not sent; the ticket goes to the channel's queue with the answer kept as the draft.
 */
export function* oneAiReplyPerThread<C extends TicketChange>(ticket: Ticket, change: C): Script<C> {
  if (ticket.channel !== EMAIL_TICKET_CHANNEL || change.message?.author !== 'ai') return change;
  const thread = yield* perform('emailThread', ticket.tenantId, ticket.id);
  if (!thread) return change;
  const messages = (yield* perform('messageRows', ticket.tenantId, [ticket.id])).map(messageFromRow);
  if (!wouldRepeatAiReply(messages)) return change;
  const channel = yield* liveChannelSetting(ticket.tenantId, thread.channel_id);
  return heldAiReply(change, channel?.queueId ?? ticket.ownerQueue);
}
