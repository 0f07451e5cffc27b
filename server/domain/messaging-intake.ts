import type { InboundChannelMessage } from '../../shared/channels/messaging-channel.js';
import { MAX_SUBJECT_LENGTH, type Customer } from '../../shared/domain/ticket.js';

/** A generic channel's first message has no subject: its first line, shortened, stands for one. */
const SUBJECT_LENGTH = Math.min(80, MAX_SUBJECT_LENGTH);

export function messagingSubject(text: string): string {
  const line = text.split(/\r?\n/, 1)[0]?.trim() ?? '';
  return line.length <= SUBJECT_LENGTH ? line || '(no subject)' : `${line.slice(0, SUBJECT_LENGTH - 1).trimEnd()}…`;
}

/** The customer a generic channel's sender is: the provider's id, its name when it gave one (else the id). */
export function messagingCustomer(from: InboundChannelMessage['from']): Customer {
  return {
    id: from.id,
    name: from.name ?? from.id,
    ...(from.email ? { email: from.email } : {}),
    tier: 'standard',
  };
}
