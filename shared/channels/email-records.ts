import type { AutomaticMail } from '../domain/ticket.js';

/** Bounds on what a mail may bring in; larger parts are recorded (name, type, size) but not kept. */
export const EMAIL_LIMITS = {
  /**
   * A mail larger than this (its IMAP RFC822.SIZE) is set aside unread, with the reason logged. Base64 makes a file
   * a third larger: a 30 MB attachment is a 41 MB mail, which is read (the attachment recorded, not stored).
   */
  maxMailBytes: 50 * 1024 * 1024,
  /** An attachment larger than this is recorded, not stored. */
  maxStoredAttachmentBytes: 10 * 1024 * 1024,
  /** At most this many attachments of one mail are recorded; the rest are counted in the text's note. */
  maxAttachments: 100,
  /** The original HTML kept beside the readable text, at most. */
  maxHtmlBytes: 2 * 1024 * 1024,
  /** Header bytes read of a mail; a mail whose headers are longer is parsed from what fits. */
  maxHeaderBytes: 256 * 1024,
} as const;

/** Where a mail sits in its mailbox: IMAP's UIDVALIDITY and UID. The queue keeps the highest one it has read. */
export interface MailboxPosition {
  uidValidity: number;
  uid: number;
}

/** A channel of a tenant: its setting's id. */
export interface ChannelKey {
  tenantId: string;
  channelId: string;
}

export interface MailAddress {
  address: string;
  name: string;
}

export interface InboundAttachment {
  filename: string;
  contentType: string;
  size: number;
  /** Null when over EMAIL_LIMITS.maxStoredAttachmentBytes. */
  content: Uint8Array | null;
}

/** One mail read from a mailbox, parsed and bounded (channels/email turns raw MIME into this). */
export interface InboundMail {
  /** The Message-ID header, angle brackets included; one made from the channel, UIDVALIDITY and UID when missing. */
  messageId: string;
  inReplyTo: string | null;
  /** The References header's ids, oldest first (bounded). */
  references: string[];
  from: MailAddress;
  subject: string;
  /** ISO time of the Date header, or null when missing or unreadable. */
  date: string | null;
  /** The readable text: the text part, or the HTML turned into text; never empty (a placeholder says why). */
  text: string;
  /** The original HTML part, when there was one (bounded). */
  html: string | null;
  attachments: InboundAttachment[];
  /** Set when a machine sent it: it gets no AI answer. */
  automatic: AutomaticMail | null;
  /** For a bounce: the Message-ID of the mail that failed, and the reason the report gives. */
  bounce: { originalMessageId: string | null; reason: string } | null;
}

/** What the queue did with a received mail. */
export type ReceiveOutcome =
  | { kind: 'ticket'; ticketId: string }
  | { kind: 'reply'; ticketId: string }
  /** The Message-ID was received before (a crash between reading and recording): nothing written twice. */
  | { kind: 'duplicate'; ticketId: string | null }
  /** A bounce that marked an outgoing message failed (or found none to mark), or another machine mail on no ticket. */
  | { kind: 'bounce'; failedMessageId: string | null }
  | { kind: 'set_aside'; reason: string };

/** A public reply waiting in the queue's outbox, claimed by a channel worker to send. */
export interface OutgoingEmail {
  /** The outbox row. */
  deliveryId: string;
  tenantId: string;
  channelId: string;
  ticketId: string;
  /** The ticket message it delivers. */
  messageId: string;
  /** The Message-ID header it is sent with, the same on every attempt. */
  headerMessageId: string;
  to: MailAddress;
  subject: string;
  text: string;
  inReplyTo: string | null;
  references: string[];
  /** The customer's language, for the mail's Content-Language. */
  language: string | null;
  attempts: number;
  /**
   * Who wrote the reply: an AI reply is sent as Auto-Submitted: auto-replied, so other systems' responders do not
   * answer it (RFC 3834).
   */
  author: 'ai' | 'agent';
}

/** A send attempt's result: sent, a transient failure to retry at `retryAt`, or a permanent one. */
export type DeliveryResult =
  | { state: 'sent'; at: string }
  | { state: 'retry'; reason: string; retryAt: string }
  | { state: 'failed'; reason: string; at: string };
