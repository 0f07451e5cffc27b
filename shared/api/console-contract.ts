import { z } from 'zod';
import {
  CustomerTierSchema,
  EscalationReasonCodeSchema,
  MAX_NOTE_MENTIONS,
  MAX_TICKET_TAGS,
  TagIdSchema,
  MessageSchema,
  MessageTextSchema,
  ReviewVerdictSchema,
  TicketSchema,
} from '../domain/ticket.js';
import { ConflictReasonSchema, MAX_REASON_LENGTH } from './mutations.js';
import { RoleSchema } from './queue-contract.js';
import { MAX_HANDLE_SECONDS } from './mutations.js';
import { leadConsoleMethods } from './lead-contract.js';
import type { Result } from '../result.js';
import { TicketHistorySchema } from './ticket-history.js';
import { rulesConsoleMethods } from '../rules/rules-console.js';
import { evalConsoleMethods } from '../evals/eval-console.js';
import {
  ReplyTranslationSchema,
  TicketTranslationSchema,
  TranslateReplyInputSchema,
  TranslateTicketInputSchema,
} from './translation-contract.js';
import { providerConsoleMethods } from './provider-settings-contract.js';
import { settingsConsoleMethods } from '../settings/settings-console.js';
import { InboxSlaSchema } from '../sla/ticket-clock.js';
import { channelConsoleMethods } from './channel-console.js';
import { webhookConsoleMethods } from './webhook-console.js';
import { routingConsoleMethods } from './routing-console.js';
import { identityConsoleMethods } from './identity-console.js';
import { UserIdSchema } from './identity-contract.js';
import { PresenceEntrySchema, presenceConsoleMethods } from './presence-contract.js';
import { peopleConsoleMethods } from './people-contract.js';
import { mergeConsoleMethods } from './merge-contract.js';
import { customerHistoryConsoleMethods } from './customer-history-console.js';
import { bulkConsoleMethods } from './bulk-console.js';

/**
 * The one API the renderer has. In Electron it travels over IPC (preload -> main -> core);
 * in browser mode over HTTP to the console host. Both validate inputs with these schemas.
 */

/**
 * This console's own AI autopilot: starting (its process is loading), partial (it decides what needs no intent
 * classifier while the classifier loads or trains; the other tickets wait), ready, or failed to start.
 */
export const AutopilotStageSchema = z.enum(['starting', 'partial', 'ready', 'failed']);
export type AutopilotStage = z.infer<typeof AutopilotStageSchema>;

export const ConsoleStatusSchema = z.strictObject({
  online: z.boolean(),
  unsentChanges: z.number().int().nonnegative(),
  lastSyncAt: z.string().nullable(),
  lastError: z.string().nullable(),
  agentName: z.string(),
  tenantName: z.string(),
  /** Set when the local cache file was damaged and rebuilt from the queue at start. */
  cacheRebuilt: z.strictObject({ at: z.string(), movedTo: z.string(), reason: z.string() }).nullable().optional(),
  /** Changes the queue refused (conflicts), waiting for the agent to look at them. */
  unsentConflicts: z.number().int().nonnegative().optional(),
  /** Role of this console's queue token (GET /v1/whoami, remembered for offline use); null until first known. */
  role: RoleSchema.nullable().optional(),
  /** Times the local cache changed since the host started: a jump shows a missed tickets_changed event. */
  cacheChanges: z.number().int().nonnegative().optional(),
  /** Tickets in the local cache no AI has decided yet, and this console's own autopilot (null: it runs none). */
  ai: z
    .strictObject({ waitingTickets: z.number().int().nonnegative(), autopilot: AutopilotStageSchema.nullable() })
    .optional(),
  /** Feed records sync skipped because this console could not read them (each named in the log). */
  skippedFeedRecords: z.number().int().nonnegative().optional(),
});
export type ConsoleStatus = z.infer<typeof ConsoleStatusSchema>;

export const LocalMessageSchema = MessageSchema.extend({
  /** True while the change that created it waits in the outbox. */
  pending: z.boolean(),
});
export type LocalMessage = z.infer<typeof LocalMessageSchema>;

/** A change of this console the queue refused; its text is kept here until the agent dismisses it. */
export const UnsentChangeSchema = z.strictObject({
  id: z.number().int(),
  ticketId: z.string(),
  kind: z.enum(['reply', 'note', 'reassign', 'review', 'reopen', 'tag']),
  text: z.string(),
  resolve: z.boolean(),
  /** A refused tag change (kind tag): the tags it would have added and removed. */
  tags: z
    .strictObject({ add: z.array(TagIdSchema).max(MAX_TICKET_TAGS), remove: z.array(TagIdSchema).max(MAX_TICKET_TAGS) })
    .optional(),
  /** What happened: another client answered, resolved or reassigned first, or the queue rejected it. */
  reason: z.union([ConflictReasonSchema, z.literal('rejected')]),
  detail: z.string(),
  at: z.string(),
});
export type UnsentChange = z.infer<typeof UnsentChangeSchema>;

export const TicketDetailSchema = z.strictObject({
  ticket: TicketSchema,
  messages: z.array(LocalMessageSchema),
  /** Refused changes of this ticket (absent from hosts that predate conflicts). */
  unsent: z.array(UnsentChangeSchema).optional(),
});
export type TicketDetail = z.infer<typeof TicketDetailSchema>;

const empty = z.strictObject({});

export const ConsoleTicketHistorySchema = TicketHistorySchema.extend({
  /** When this console fetched it from the queue. */
  fetchedAt: z.string(),
  /** True when the queue could not be reached and this is the copy fetched earlier. */
  fromCache: z.boolean(),
});
export type ConsoleTicketHistory = z.infer<typeof ConsoleTicketHistorySchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'Use a date like 2026-01-31.');

export const ReviewQuerySchema = z.strictObject({
  /** Words to find in messages, notes and subjects (any language). */
  text: z.string().max(500).optional(),
  language: z.string().max(20).optional(),
  intent: z.string().max(100).optional(),
  /** ai: resolved by the AI alone; human: a human answered or handled it. */
  handledBy: z.enum(['ai', 'human']).optional(),
  /** The customer's rating: high (4-5), low (1-3), or unrated. */
  csat: z.enum(['high', 'low', 'unrated']).optional(),
  /** Created on or after this day / up to and including this day (UTC). */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});
export type ReviewQuery = z.input<typeof ReviewQuerySchema>;

export const ReviewHitSchema = z.strictObject({ ticket: TicketSchema, excerpt: z.string().nullable() });
export type ReviewHit = z.infer<typeof ReviewHitSchema>;

export const ReviewResultSchema = z.strictObject({
  hits: z.array(ReviewHitSchema),
  /** Values present in the cache, for the filter menus. */
  languages: z.array(z.string()),
  intents: z.array(z.string()),
  cachedTickets: z.number().int().nonnegative(),
});
export type ReviewResult = z.infer<typeof ReviewResultSchema>;

export const CacheSettingsSchema = z.strictObject({
  /** Closed tickets not updated for this many days leave the cache; null keeps everything. */
  retentionDays: z.number().int().min(1).max(3650).nullable(),
});
export type CacheSettings = z.infer<typeof CacheSettingsSchema>;

/** Filters of the agent's inbox; each narrows to one value. */
export const InboxFiltersSchema = z.strictObject({
  queue: z.string().max(100).optional(),
  language: z.string().max(20).optional(),
  intent: z.string().max(100).optional(),
  reason: EscalationReasonCodeSchema.optional(),
  tier: CustomerTierSchema.optional(),
  /** Tickets carrying this tag (a `tag` setting's id; issue 19). */
  tag: TagIdSchema.optional(),
});
export type InboxFilters = z.infer<typeof InboxFiltersSchema>;

/** all: every escalation waiting; mine: the ones I took; snoozed: my snoozed ones, to find them again. */
export const InboxViewSchema = z.enum(['all', 'mine', 'snoozed']);
export type InboxView = z.infer<typeof InboxViewSchema>;

export const InboxWindowQuerySchema = z.strictObject({
  offset: z.number().int().min(0).max(10_000_000),
  limit: z.number().int().min(1).max(500),
  filters: InboxFiltersSchema.default({}),
  view: InboxViewSchema.default('all'),
});
export type InboxWindowQuery = z.input<typeof InboxWindowQuerySchema>;

/** What one inbox row shows: enough for the list, without the thread or the draft. */
export const InboxRowSchema = z.strictObject({
  id: z.string(),
  subject: z.string(),
  customerName: z.string(),
  tier: CustomerTierSchema,
  language: z.string().nullable(),
  intent: z.string().nullable(),
  ownerQueue: z.string().nullable(),
  reason: EscalationReasonCodeSchema.nullable(),
  assignee: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * When the ticket is due by business time of its owner queue's SLA policy (inboxDue in shared/sla/ticket-clock.ts);
   * its creation time when it cannot be counted.
   */
  dueAt: z.string(),
  /** What dueAt counts down and the business hours it is counted in; null when nothing is counted down. */
  sla: InboxSlaSchema.nullable(),
  snoozedUntil: z.string().nullable(),
  /** Never opened on this console. */
  isNew: z.boolean(),
  /** Changed since it was last opened here (or never opened). */
  unread: z.boolean(),
  /** The ticket's tags (ids of `tag` settings; absent: none). */
  tags: z.array(TagIdSchema).max(MAX_TICKET_TAGS).optional(),
  version: z.number().int().nonnegative(),
});
export type InboxRow = z.infer<typeof InboxRowSchema>;

export const InboxWindowSchema = z.strictObject({
  /** Rows matching the query, in due order. */
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  rows: z.array(InboxRowSchema),
  /** Unread rows matching the query. */
  unread: z.number().int().nonnegative(),
});
export type InboxWindow = z.infer<typeof InboxWindowSchema>;

export const MacroSchema = z.strictObject({ id: z.string(), name: z.string(), text: z.string() });
export type Macro = z.infer<typeof MacroSchema>;

/** What the console's menus and actions need to know about the tenant and this console. */
export const ConsoleSetupSchema = z.strictObject({
  agentName: z.string(),
  queues: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  macros: z.array(MacroSchema),
  languages: z.array(z.string()),
  intents: z.array(z.string()),
  /** Whether a translation provider (OpenAI) is configured on this console. */
  translationAvailable: z.boolean(),
});
export type ConsoleSetup = z.infer<typeof ConsoleSetupSchema>;

const TicketAction = { ticketId: z.string().min(1), baseVersion: z.number().int().nonnegative().optional() };

/**
 * How many AI resolutions the AI-resolved list holds: the newest ones. A big tenant's AI resolves tens of
 * thousands of tickets; older ones are found with the review search, which reads the whole cache.
 */
export const AI_RESOLVED_LIST_LIMIT = 2_000;

export const consoleMethods = {
  getStatus: { input: empty, output: ConsoleStatusSchema },
  /** Escalated tickets waiting for a human, oldest first. */
  listInbox: { input: empty, output: z.array(TicketSchema) },
  /** Tickets the AI resolved on its own, newest first: at most AI_RESOLVED_LIST_LIMIT. */
  listAiResolved: { input: empty, output: z.array(TicketSchema) },
  getTicket: { input: z.strictObject({ ticketId: z.string().min(1) }), output: TicketDetailSchema },
  sendReply: {
    input: z.strictObject({
      ticketId: z.string().min(1),
      text: MessageTextSchema,
      resolve: z.boolean(),
      /** The ticket version shown when the agent started writing; the queue refuses the reply if others acted since. */
      baseVersion: z.number().int().nonnegative().optional(),
    }),
    output: TicketDetailSchema,
  },
  addNote: {
    input: z.strictObject({
      ticketId: z.string().min(1),
      text: MessageTextSchema,
      /** The users the note mentions (`@` completion in the note editor; issue 19): each is notified. */
      mentions: z.array(UserIdSchema).max(MAX_NOTE_MENTIONS).optional(),
    }),
    output: TicketDetailSchema,
  },
  /**
   * Adds and removes the tenant's tags on a ticket (the `tag` mutation; issue 19).
   * Required, like every ticket action: each console queues it in its outbox.
   */
  setTags: {
    input: z.strictObject({
      ticketId: z.string().min(1).max(100),
      add: z.array(TagIdSchema).max(MAX_TICKET_TAGS).default([]),
      remove: z.array(TagIdSchema).max(MAX_TICKET_TAGS).default([]),
    }),
    output: TicketDetailSchema,
  },
  /**
   * Offline review: full-text search and filters over the local cache.
   * Required: it reads the local cache, which every console has.
   */
  searchTickets: { input: ReviewQuerySchema, output: ReviewResultSchema },
  /**
   * The agent has seen a refused change (and kept its text where wanted).
   * Required: every console keeps its refused changes in the cache.
   */
  dismissUnsent: {
    input: z.strictObject({ id: z.number().int() }),
    output: z.strictObject({ dismissed: z.boolean() }),
  },
  /** Required: a console without a settings store answers retention null (keep everything). */
  getCacheSettings: { input: empty, output: CacheSettingsSchema },
  /**
   * Saves the settings and applies retention at once; returns how many tickets left the cache.
   * Required: a console without a settings store answers not_supported.
   */
  setCacheSettings: {
    input: CacheSettingsSchema,
    output: z.strictObject({ settings: CacheSettingsSchema, removedTickets: z.number().int() }),
  },
  /**
   * One window of the agent's inbox (escalated, not snoozed, ordered by due time), from indexed columns.
   * Required: a console without the inbox queries answers not_supported.
   */
  listInboxWindow: { input: InboxWindowQuerySchema, output: InboxWindowSchema },
  /** Required: queues and macros are empty where the tenant gave none. */
  getConsoleSetup: { input: empty, output: ConsoleSetupSchema },
  /**
   * The agent opened the ticket: it is read on this console until it changes again.
   * Required: a console without the inbox queries answers read: false.
   */
  markRead: { input: z.strictObject({ ticketId: z.string().min(1) }), output: z.strictObject({ read: z.boolean() }) },
  /** Required, like every ticket action: each console queues it in its outbox. */
  reassign: {
    input: z.strictObject({ ...TicketAction, ownerQueue: z.string().trim().min(1).max(100) }),
    output: TicketDetailSchema,
  },
  /**
   * Take the ticket (assign to me): the AI only drafts for it from then on.
   * Required, like every ticket action: each console queues it in its outbox.
   */
  assignToMe: { input: z.strictObject(TicketAction), output: TicketDetailSchema },
  /** Required, like every ticket action: each console queues it in its outbox. */
  snooze: {
    input: z.strictObject({ ticketId: z.string().min(1), until: z.string().datetime({ offset: true }).nullable() }),
    output: TicketDetailSchema,
  },
  /**
   * Hand the ticket back to the AI: it becomes new and an autopilot answers it again.
   * Required, like every ticket action: each console queues it in its outbox.
   */
  handback: { input: z.strictObject(TicketAction), output: TicketDetailSchema },
  /**
   * Close the ticket as spam: resolved with no reply, and an internal note says so. Not for AI-resolved or new tickets.
   * Required, like every ticket action: each console queues it in its outbox.
   */
  markSpam: { input: z.strictObject(TicketAction), output: TicketDetailSchema },
  /**
   * A team lead's verdict (approve, or flag with a reason); the queue refuses it from an agent.
   * Required, like every ticket action: each console queues it (the queue decides who may).
   */
  reviewTicket: {
    input: z
      .strictObject({
        ticketId: z.string().min(1),
        verdict: ReviewVerdictSchema,
        reason: z.string().trim().min(1).max(MAX_REASON_LENGTH).optional(),
      })
      .refine((input) => input.verdict !== 'flag' || input.reason !== undefined, {
        message: 'A flag needs a reason.',
        path: ['reason'],
      }),
    output: TicketDetailSchema,
  },
  /**
   * Back in front of a human (escalated), and the customer is told a person follows up. AI-resolved tickets: leads only.
   * Required, like every ticket action: each console queues it in its outbox.
   */
  reopenTicket: {
    input: z.strictObject({ ticketId: z.string().min(1), reason: z.string().trim().min(1).max(MAX_REASON_LENGTH) }),
    output: TicketDetailSchema,
  },
  /**
   * The ticket's audit trail from the queue; offline, the copy fetched last on this console (else a needs_network error).
   * Required: a console with no queue to ask answers not_supported.
   */
  getTicketHistory: { input: z.strictObject({ ticketId: z.string().min(1) }), output: ConsoleTicketHistorySchema },
  /**
   * Time the agent had the ticket open (seconds), added to its handle time; the view reports it when it closes.
   * Required, like every ticket action: each console queues it in its outbox.
   */
  recordHandleTime: {
    input: z.strictObject({ ticketId: z.string().min(1), seconds: z.number().positive().max(MAX_HANDLE_SECONDS) }),
    output: z.strictObject({ recorded: z.boolean() }),
  },
  /**
   * Machine translations of the ticket's customer messages and AI draft (cached locally); `not_configured` without a translator.
   * Required: without a translator it answers not_configured.
   */
  translateTicket: { input: TranslateTicketInputSchema, output: TicketTranslationSchema },
  /**
   * An agent's reply written in their own language, translated into the customer's (what is then sent) and back
   * (to check it). Required: without a translator it answers not_configured; offline, the model's failure.
   */
  translateReply: { input: TranslateReplyInputSchema, output: ReplyTranslationSchema },
  ...leadConsoleMethods,
  ...rulesConsoleMethods,
  ...evalConsoleMethods,
  ...providerConsoleMethods,
  ...settingsConsoleMethods,
  ...channelConsoleMethods,
  ...webhookConsoleMethods,
  ...routingConsoleMethods,
  ...identityConsoleMethods,
  ...presenceConsoleMethods,
  ...peopleConsoleMethods,
  ...mergeConsoleMethods,
  ...customerHistoryConsoleMethods,
  ...bulkConsoleMethods,
} as const;

/**
 * Every method is required: the preload bridge, the HTTP client and both hosts' dispatch are built from this one
 * list in the same build, so no host lacks one. A console without a feature (no rules editor, no AI provider, no
 * evaluations) still has the method and answers `not_supported`; each definition says when.
 */
export type ConsoleMethodName = keyof typeof consoleMethods;
export type ConsoleInput<M extends ConsoleMethodName> = z.input<(typeof consoleMethods)[M]['input']>;
export type ConsoleOutput<M extends ConsoleMethodName> = z.output<(typeof consoleMethods)[M]['output']>;

/** Pushed to the renderer when the local cache or the connection changes, so views refresh. */
export const ConsoleEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tickets_changed') }),
  z.strictObject({ type: z.literal('status_changed'), status: ConsoleStatusSchema }),
  /** What getConsoleSetup answers changed (e.g. the AI provider was set in Settings): read it again. */
  z.strictObject({ type: z.literal('setup_changed') }),
  /** The tenant's settings in the local cache changed (a sync, or a save on this console): read them again. */
  z.strictObject({ type: z.literal('settings_changed') }),
  /** Signed in, signed out (with its reason), or what waits for a sign-in changed: getSession again. */
  z.strictObject({ type: z.literal('session_changed') }),
  /** Another person's presence on a ticket changed (issue 19): views showing that ticket update at once. */
  z.strictObject({ type: z.literal('presence_changed'), entry: PresenceEntrySchema }),
  /** A note that mentions this console's person arrived (issue 19): in-app and desktop notification, Mentions view. */
  z.strictObject({
    type: z.literal('mentioned'),
    ticketId: z.string(),
    messageId: z.string(),
    by: z.string().nullable(),
    subject: z.string(),
  }),
]);
export type ConsoleEvent = z.infer<typeof ConsoleEventSchema>;

/**
 * Sent by the desktop app's main process to the focused console window when a menu item asks for
 * something only the console can show: `settings` opens Settings (CmdOrCtrl+,), `shortcuts` the
 * console's own list of keyboard shortcuts (the `?` overlay).
 */
export const MenuCommandSchema = z.strictObject({ command: z.enum(['settings', 'shortcuts']) });
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** One console method as code calls it: the contract's input in, a Result of its output back. */
export type ConsoleMethod<M extends ConsoleMethodName> = (input: ConsoleInput<M>) => Promise<Result<ConsoleOutput<M>>>;
/** Every console method of the contract, each once. */
export type ConsoleMethods = { [M in ConsoleMethodName]: ConsoleMethod<M> };

export type ConsoleApi = ConsoleMethods & {
  /** Returns a function that stops the subscription. */
  subscribe(listener: (event: ConsoleEvent) => void): () => void;
  /**
   * Desktop app only (absent in browser mode, which has no menu): commands chosen in the application
   * menu (or its accelerators, which take the key before the page). Returns a function that stops it.
   */
  onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
};

/** What an event stream sends first: the console's status now, so a client that (re)connects shows it at once. */
export async function firstStreamEvent(api: Pick<ConsoleApi, 'getStatus'>): Promise<ConsoleEvent | null> {
  const status = await api.getStatus({});
  return status.ok ? { type: 'status_changed', status: status.value } : null;
}

export const CONSOLE_IPC_CALL = 'switchboard:call';
export const CONSOLE_IPC_EVENT = 'switchboard:event';
/** Main -> renderer: a MenuCommand from the desktop app's menu. */
export const CONSOLE_IPC_MENU_COMMAND = 'switchboard:menu-command';
