import { z } from 'zod';
import type { Customer, Escalation } from '../../shared/domain/ticket.js';
import type { ImportedMessage, ImportedTicket } from '../domain/ticket-import.js';
import { htmlToMarkdown } from './html-to-markdown.js';
import { IMPORT_LIMITS } from './import-limits.js';

/**
 * One line of a Zendesk tickets export, as `npm run queue -- import tickets --zendesk FILE` reads it (JSON Lines):
 * a ticket object of Zendesk's Tickets API (`GET /api/v2/tickets/{id}`), with its comments as the Ticket Comments
 * API lists them (`GET /api/v2/tickets/{id}/comments?include=users`) in `comments`, and the users that API side-loads
 * in `users`. Fields this import does not use are allowed and ignored.
 */
const ZendeskIdSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^\d{1,20}$/)]).transform(String);
const TimeSchema = z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'is not a date and time');

const ZendeskCommentSchema = z.object({
  id: ZendeskIdSchema,
  author_id: ZendeskIdSchema.nullish(),
  /** Plain text; `plain_body` and `html_body` are used when it is missing. */
  body: z.string().nullish(),
  plain_body: z.string().nullish(),
  html_body: z.string().nullish(),
  public: z.boolean().default(true),
  created_at: TimeSchema,
});

const ZendeskUserSchema = z.object({
  id: ZendeskIdSchema,
  name: z.string().nullish(),
  email: z.string().nullish(),
  /** end-user, agent or admin. */
  role: z.string().nullish(),
  locale: z.string().nullish(),
});

export const ZendeskTicketLineSchema = z.object({
  id: ZendeskIdSchema,
  subject: z.string().nullish(),
  raw_subject: z.string().nullish(),
  description: z.string().nullish(),
  /** new, open, pending, hold, solved or closed. */
  status: z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']),
  priority: z.string().max(50).nullish(),
  type: z.string().max(50).nullish(),
  tags: z.array(z.string()).nullish(),
  requester_id: ZendeskIdSchema,
  created_at: TimeSchema,
  updated_at: TimeSchema.nullish(),
  via: z.object({ channel: z.union([z.string(), z.number()]).nullish() }).nullish(),
  comments: z.array(ZendeskCommentSchema).nullish(),
  users: z.array(ZendeskUserSchema).nullish(),
});
type ZendeskTicketLine = z.infer<typeof ZendeskTicketLineSchema>;
type ZendeskUser = z.infer<typeof ZendeskUserSchema>;

/** Zendesk's status, as the queue keeps it: still open there is waiting on a person here. */
const STATUS: Readonly<Record<ZendeskTicketLine['status'], ImportedTicket['status']>> = {
  new: 'escalated',
  open: 'escalated',
  hold: 'escalated',
  pending: 'pending',
  solved: 'resolved',
  closed: 'resolved',
};

export interface ZendeskTicketOptions {
  /** The owner queue open tickets wait in (null: none). */
  ownerQueue: string | null;
}

export type TicketReading = { ok: true; ticket: ImportedTicket; emptyComments: number } | { ok: false; reason: string };

/** A parsed line as the ticket to import, or why it cannot be imported (nothing of it is stored then). */
export function zendeskTicket(json: unknown, options: ZendeskTicketOptions): TicketReading {
  const parsed = ZendeskTicketLineSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `${issue?.path.join('.') || 'the line'}: ${issue?.message ?? 'not a Zendesk ticket'}` };
  }
  const line = parsed.data;
  const comments = line.comments ?? [];
  if (comments.length > IMPORT_LIMITS.commentsPerTicket)
    return {
      ok: false,
      reason: `ticket ${line.id} has ${comments.length} comments, more than ${IMPORT_LIMITS.commentsPerTicket}`,
    };
  const tags = line.tags ?? [];
  if (tags.length > IMPORT_LIMITS.tagsPerTicket || tags.some((tag) => tag.length > IMPORT_LIMITS.tagLength))
    return {
      ok: false,
      reason: `ticket ${line.id} has more than ${IMPORT_LIMITS.tagsPerTicket} tags or a tag longer than ${IMPORT_LIMITS.tagLength} characters`,
    };
  const users = new Map((line.users ?? []).map((user) => [user.id, user]));
  const requester = users.get(line.requester_id);

  const messages: ImportedMessage[] = [];
  let emptyComments = 0;
  for (const comment of comments) {
    const text = commentText(comment);
    if (text === '') {
      emptyComments += 1;
      continue;
    }
    if (text.length > IMPORT_LIMITS.messageLength)
      return {
        ok: false,
        reason: `comment ${comment.id} of ticket ${line.id} is ${text.length.toLocaleString('en')} characters, more than ${IMPORT_LIMITS.messageLength.toLocaleString('en')}`,
      };
    const author = users.get(comment.author_id ?? '');
    const byCustomer = comment.author_id === line.requester_id || author?.role === 'end-user';
    messages.push({
      externalId: comment.id,
      author: byCustomer ? 'customer' : 'agent',
      authorName: author?.name?.trim() || null,
      kind: comment.public ? 'reply' : 'note',
      text,
      createdAt: new Date(comment.created_at).toISOString(),
    });
  }
  if (comments.length === 0 && line.description?.trim()) {
    const text = line.description.trim();
    if (text.length > IMPORT_LIMITS.messageLength)
      return {
        ok: false,
        reason: `the description of ticket ${line.id} is longer than ${IMPORT_LIMITS.messageLength}`,
      };
    messages.push({
      externalId: 'description',
      author: 'customer',
      authorName: requester?.name?.trim() || null,
      kind: 'reply',
      text,
      createdAt: new Date(line.created_at).toISOString(),
    });
  }
  if (messages.length === 0) return { ok: false, reason: `ticket ${line.id} has no comment with text` };

  const subject = (line.subject ?? line.raw_subject ?? '').trim() || firstLine(messages[0]?.text ?? '');
  const createdAt = new Date(line.created_at).toISOString();
  const lastMessageAt = messages.reduce(
    (latest, message) => (message.createdAt > latest ? message.createdAt : latest),
    createdAt,
  );
  const status = STATUS[line.status];
  const escalation: Escalation | null =
    status === 'escalated'
      ? { code: 'human_owned', ruleId: 'import', detail: `Still ${line.status} in Zendesk when it was imported.` }
      : null;
  return {
    ok: true,
    emptyComments,
    ticket: {
      externalId: line.id,
      subject: subject.slice(0, IMPORT_LIMITS.subjectLength),
      customer: customerOf(line.requester_id, requester),
      channel: channelOf(line.via?.channel),
      status,
      language: languageOf(requester?.locale),
      ownerQueue: status === 'escalated' ? options.ownerQueue : null,
      escalation,
      createdAt,
      updatedAt: line.updated_at ? new Date(line.updated_at).toISOString() : lastMessageAt,
      messages,
      details: { priority: line.priority ?? null, type: line.type ?? null, tags },
    },
  };
}

function commentText(comment: z.infer<typeof ZendeskCommentSchema>): string {
  const plain = comment.body ?? comment.plain_body;
  if (plain != null) return plain.trim();
  return comment.html_body ? htmlToMarkdown(comment.html_body) : '';
}

/** The customer as the queue knows them: by e-mail address when Zendesk has one (as the e-mail channel will). */
function customerOf(requesterId: string, user: ZendeskUser | undefined): Customer {
  const email = user?.email?.trim().toLowerCase();
  const usableEmail = email && email.length <= 200 && email.includes('@') ? email : undefined;
  const name = user?.name?.trim().slice(0, 200) || usableEmail || `Zendesk user ${requesterId}`;
  return {
    id: usableEmail ?? `zendesk-user-${requesterId}`,
    name,
    ...(usableEmail ? { email: usableEmail } : {}),
    tier: 'standard',
  };
}

/** The ticket's language: the primary subtag of the requester's Zendesk locale (`pt-br` is `pt`). */
function languageOf(locale: string | null | undefined): string | null {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** Zendesk's `via.channel` (email, web, chat, api, ...) as the ticket's channel. */
function channelOf(channel: string | number | null | undefined): string {
  const name = String(channel ?? '')
    .trim()
    .toLowerCase();
  return /^[a-z0-9_-]{1,50}$/.test(name) ? name : 'zendesk';
}

function firstLine(text: string): string {
  return text.split('\n', 1)[0]?.trim() || 'Imported ticket';
}
