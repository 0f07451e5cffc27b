import { z } from 'zod';
import { PushRequestSchema, PushResponseSchema } from '../shared/api/mutations.js';
import { PUSH_REFUSAL_CODES } from '../shared/api/push-refusals.js';
import {
  ChangesQuerySchema,
  ChangesResponseSchema,
  ClaimRequestSchema,
  ClaimResponseSchema,
  CustomerRatingSchema,
  CustomerReplySchema,
  OwnerQueueListSchema,
  QueueStatsSchema,
  RatedTicketSchema,
  RenewClaimRequestSchema,
  RenewClaimResponseSchema,
  TicketBatchIntakeSchema,
  TicketBatchResponseSchema,
  TicketIntakeSchema,
  TicketWithMessagesSchema,
  type Role,
} from '../shared/api/queue-contract.js';
import { WhoAmISchema } from '../shared/api/whoami.js';
import {
  PRESENCE_CONSOLE_HEADER,
  PRESENCE_EVENT,
  PRESENCE_HEARTBEAT_MS,
  PRESENCE_TTL_MS,
  PresenceAnswerSchema,
  PresenceUpdateSchema,
} from '../shared/api/presence-contract.js';
import {
  ApiTokenIdSchema,
  ApiTokenSchema,
  ApiTokensSchema,
  IssuedApiTokenSchema,
  NewApiTokenSchema,
  NewUserSchema,
  UserIdSchema,
  UserPatchSchema,
  UserSchema,
  UsersSchema,
} from '../shared/api/identity-contract.js';
import {
  AiHealthEventSchema,
  AiHealthEventsSchema,
  AiHealthQuerySchema,
  AiSpendSchema,
  StoredAiHealthEventSchema,
} from '../shared/api/ai-health-contract.js';
import {
  ChannelStatusListSchema,
  ChannelTestResultSchema,
  SetChannelCredentialsSchema,
} from '../shared/api/channel-contract.js';
import { TicketHistorySchema } from '../shared/api/ticket-history.js';
import {
  MERGE_UNDO_WINDOW_MS,
  MergeIdSchema,
  MergeRecordSchema,
  MergeRequestSchema,
} from '../shared/api/merge-contract.js';
import { PeopleSchema } from '../shared/api/people-contract.js';
import { USER_LIST_ROLES } from '../shared/api/user-rights.js';
import {
  DeliveryLogQuerySchema,
  DeliveryLogSchema,
  SecretOwnerKindSchema,
  SecretStatusListSchema,
  SigningSecretSchema,
  WebhookDeliverySchema,
} from '../shared/api/webhook-contract.js';
import { InboundChannelMessageSchema, InboundChannelResultSchema } from '../shared/channels/messaging-channel.js';
import { TicketSchema, TicketStatusSchema } from '../shared/domain/ticket.js';
import { SaveRulesDocumentedRequestSchema, StoredRuleSetSchema } from '../shared/rules/rule-set.js';
import { QUEUE_IN_USE } from '../shared/settings/queue-uses.js';
import { SETTING_KIND_NAMES, SETTING_KINDS } from '../shared/settings/setting-kinds.js';
import {
  MAX_SETTINGS_PAGE,
  SaveSettingRequestSchema,
  SettingIdSchema,
  SettingKindSchema,
  SettingsPageSchema,
  StoredSettingSchema,
} from '../shared/settings/stored-setting.js';
import { MAX_MUTATION_ID_STEP } from './domain/push-admission.js';
import { refusalsAnswered } from './domain/ticket-merge.js';
import { WIDGET_ENDPOINTS } from './widget/widget-endpoints.js';
import { AUTH_ENDPOINTS } from './auth/sign-in/auth-endpoints.js';

export const ANY_ROLE: readonly Role[] = ['agent', 'lead', 'autopilot', 'admin'];

export const TicketParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });
export const RenewParamsSchema = z.strictObject({ ticketId: z.string().min(1).max(100) });
export const IdempotencyKeySchema = z.string().trim().min(1).max(200).optional();
export const ListTicketsQuerySchema = z.strictObject({
  status: TicketStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

/** `GET /v1/settings?after=SEQ&limit=N`. */
export const SettingsQuerySchema = z.strictObject({
  after: z.coerce.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_SETTINGS_PAGE).default(MAX_SETTINGS_PAGE),
});
export const SettingParamsSchema = z.strictObject({ kind: SettingKindSchema, id: SettingIdSchema });
/** A channel (its `channel` setting's id). */
export const ChannelParamsSchema = z.strictObject({ channelId: SettingIdSchema });
/** A message of a ticket (`:id` like every ticket route). */
export const TicketMessageParamsSchema = z.strictObject({
  id: z.string().min(1).max(100),
  messageId: z.string().min(1).max(100),
});
/** A stored attachment of a ticket. */
export const TicketAttachmentParamsSchema = z.strictObject({
  id: z.string().min(1).max(100),
  attachmentId: z.string().min(1).max(100),
});
/** A setting that has a signing secret (a webhook, a generic channel, a widget). */
export const SecretOwnerParamsSchema = z.strictObject({ kind: SecretOwnerKindSchema, id: SettingIdSchema });
/** A webhook (its `webhook` setting's id). */
export const WebhookParamsSchema = z.strictObject({ webhookId: SettingIdSchema });
export const WebhookDeliveryParamsSchema = z.strictObject({ deliveryId: z.string().min(1).max(100) });
/** `GET /v1/ai/spend?month=YYYY-MM`: a calendar month from 2000-01 to 2100-12 (default: the current one, UTC). */
export const AiSpendQuerySchema = z.strictObject({
  month: z
    .string()
    .regex(/^(20\d\d-(0[1-9]|1[0-2])|2100-(0[1-9]|1[0-2]))$/, 'A month from 2000-01 to 2100-12, as YYYY-MM.')
    .optional(),
});
/** Where a generic channel posts in: the tenant and the channel, no token (the body is signed). */
export const InboundParamsSchema = z.strictObject({ tenantId: z.string().min(1).max(100), channelId: SettingIdSchema });
/** A user of the caller's tenant. */
export const UserParamsSchema = z.strictObject({ id: UserIdSchema });
/** An API token of the caller's tenant. */
export const ApiTokenParamsSchema = z.strictObject({ id: ApiTokenIdSchema });
/** The roles of people at a console. */
const PEOPLE: readonly Role[] = ['agent', 'lead', 'admin'];
/** A merge of two tickets (its undo). */
export const MergeParamsSchema = z.strictObject({ id: MergeIdSchema });

export const DeleteSettingQuerySchema = z.strictObject({ baseVersion: z.coerce.number().int().nonnegative() });
/** Every role that may change some kind of setting; which kinds each may change is SETTING_KINDS' editRoles. */
export const SETTING_EDIT_ROLES: readonly Role[] = [
  ...new Set(SETTING_KIND_NAMES.flatMap((kind) => SETTING_KINDS[kind].editRoles)),
];
const SETTING_EDITORS = SETTING_KIND_NAMES.map((kind) => `${kind}: ${SETTING_KINDS[kind].editRoles.join('/')}`).join(
  ', ',
);

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Fastify's route pattern. */
  path: string;
  summary: string;
  /** The roles a tenant token needs to call it; null when it takes no tenant token. */
  roles: readonly Role[] | null;
  /** Needs the queue operator's metrics token instead (Prometheus scrapes). */
  metricsToken?: boolean;
  /** A chat widget endpoint: the page's origin must be allowed, and `session` needs the visitor's session token. */
  visitor?: 'origin' | 'session';
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The error codes of its 409 answers (a conflict with what is stored), when it has any. */
  conflicts?: readonly string[];
  /** The error codes of its 422 answers (what it names cannot be done), when it has any. */
  unprocessable?: readonly string[];
  /** Answers 503 when what it needs is not there (the queue's secret key, a running channel). */
  unavailable?: boolean;
  /** Success status and body. */
  status: number;
  response?: z.ZodType;
  /** Not JSON (event stream, Prometheus text). */
  contentType?: string;
}

/**
 * Every endpoint of the queue, with the roles that may call it and the zod schemas that validate it.
 * The routes take their roles from here and /v1/openapi.json is generated from it, so the document
 * cannot drift from what the server enforces.
 */
export const ENDPOINTS = {
  intake: {
    method: 'POST',
    path: '/v1/tickets',
    summary:
      'Create a ticket with its first customer message; an Idempotency-Key header makes retries return the same ticket (200) instead of a twin.',
    roles: ['admin'],
    body: TicketIntakeSchema,
    status: 201,
    response: TicketWithMessagesSchema,
  },
  intakeBatch: {
    method: 'POST',
    path: '/v1/tickets/batch',
    summary: 'Create up to 500 tickets in one transaction, each with its own optional idempotency key.',
    roles: ['admin'],
    body: TicketBatchIntakeSchema,
    status: 200,
    response: TicketBatchResponseSchema,
  },
  customerReply: {
    method: 'POST',
    path: '/v1/tickets/:id/messages',
    summary: 'Append a customer reply; reopens the ticket as the tenant rules say.',
    roles: ['admin'],
    params: TicketParamsSchema,
    body: CustomerReplySchema,
    status: 201,
    response: TicketWithMessagesSchema,
  },
  rating: {
    method: 'POST',
    path: '/v1/tickets/:id/rating',
    summary:
      "Record the customer's satisfaction rating (CSAT, 1-5, optional comment) of a resolved or AI-resolved ticket; a later rating replaces it. 409 ticket_not_closed while the ticket is still open.",
    roles: ['admin'],
    params: TicketParamsSchema,
    body: CustomerRatingSchema,
    conflicts: ['ticket_not_closed'],
    status: 200,
    response: RatedTicketSchema,
  },
  getTicket: {
    method: 'GET',
    path: '/v1/tickets/:id',
    summary: 'One ticket with its messages.',
    roles: ANY_ROLE,
    params: TicketParamsSchema,
    status: 200,
    response: TicketWithMessagesSchema,
  },
  ticketHistory: {
    method: 'GET',
    path: '/v1/tickets/:id/history',
    summary:
      "The ticket's audit trail, oldest first: intake, AI decisions, human actions (also refused ones), customer replies and ratings.",
    roles: ANY_ROLE,
    params: TicketParamsSchema,
    status: 200,
    response: TicketHistorySchema,
  },
  listTickets: {
    method: 'GET',
    path: '/v1/tickets',
    summary: "The tenant's tickets, newest change first.",
    roles: ANY_ROLE,
    query: ListTicketsQuerySchema,
    status: 200,
    response: z.strictObject({ tickets: z.array(TicketSchema) }),
  },
  changes: {
    method: 'GET',
    path: '/v1/changes',
    summary: `The changes feed: tickets and messages with seq > since, and the last mutation id applied for clientId (403 ${PUSH_REFUSAL_CODES.clientIdTaken} for a client id that belongs to another token).`,
    roles: ANY_ROLE,
    query: ChangesQuerySchema,
    status: 200,
    response: ChangesResponseSchema,
  },
  mutations: {
    method: 'POST',
    path: '/v1/mutations',
    summary:
      'Push a batch of mutations, applied in one transaction; each (clientId, id) once. Mutation types a role may not push, and status changes it may not make ' +
      '(only lead and admin take a ticket out of ai_resolved), are rejected per mutation and counted as processed. A client id belongs to the token that first pushed under it: ' +
      `403 ${PUSH_REFUSAL_CODES.clientIdTaken} under another token's id; 409 ${PUSH_REFUSAL_CODES.idsOutOfRange} when an id is more than ${MAX_MUTATION_ID_STEP} past the client's ` +
      'last processed id (details.lastMutationId: number the changes on from it). Nothing of a push refused whole is applied.',
    roles: ANY_ROLE,
    body: PushRequestSchema,
    conflicts: [PUSH_REFUSAL_CODES.idsOutOfRange],
    status: 200,
    response: PushResponseSchema,
  },
  claim: {
    method: 'POST',
    path: '/v1/claims',
    summary: 'Claim up to `limit` new tickets with a lease (capped by the queue).',
    roles: ['autopilot', 'admin'],
    body: ClaimRequestSchema,
    status: 200,
    response: ClaimResponseSchema,
  },
  renewClaim: {
    method: 'POST',
    path: '/v1/claims/:ticketId/renew',
    summary: 'Extend a lease the worker still holds; 409 lease_lost when it does not.',
    roles: ['autopilot', 'admin'],
    params: RenewParamsSchema,
    conflicts: ['lease_lost'],
    body: RenewClaimRequestSchema,
    status: 200,
    response: RenewClaimResponseSchema,
  },
  events: {
    method: 'GET',
    path: '/v1/events',
    summary: `Server-sent events: \`event: change\` with the tenant's feed cursor on connect and whenever the feed moves; for agents, leads and admins also \`event: ${PRESENCE_EVENT}\` with each live presence on connect and every change after (see POST /v1/presence).`,
    roles: ANY_ROLE,
    status: 200,
    contentType: 'text/event-stream',
  },
  presence: {
    method: 'POST',
    path: '/v1/presence',
    summary: `The caller's presence on a ticket (viewing, typing, or left), as its person and name: every console of the tenant hears it on /v1/events as \`event: ${PRESENCE_EVENT}\` (and is told the live ones when its stream opens). Repeat it every ${PRESENCE_HEARTBEAT_MS / 1000} s: it ends ${PRESENCE_TTL_MS / 1000} s after the last one, at once with \`left\`, or when the event stream opened with the same ${PRESENCE_CONSOLE_HEADER} header closes. Memory only: never stored, never audited.`,
    roles: PEOPLE,
    body: PresenceUpdateSchema,
    status: 200,
    response: PresenceAnswerSchema,
  },
  stats: {
    method: 'GET',
    path: '/v1/stats',
    summary: 'Counts for team leads: tickets per status, applied AI decisions, queue depth.',
    roles: ['lead', 'admin'],
    status: 200,
    response: QueueStatsSchema,
  },
  queues: {
    method: 'GET',
    path: '/v1/queues',
    summary:
      "The tenant's owner queues: its live queue settings (PUT /v1/settings/queue/:id, or `npm run queue -- queue create`).",
    roles: ANY_ROLE,
    status: 200,
    response: OwnerQueueListSchema,
  },
  getRules: {
    method: 'GET',
    path: '/v1/rules',
    summary:
      "The tenant's escalation rules in force. Version 0 with rules null: no lead has saved any, engines use the tenant's shipped rules.",
    roles: ANY_ROLE,
    status: 200,
    response: StoredRuleSetSchema,
  },
  saveRules: {
    method: 'PUT',
    path: '/v1/rules',
    summary:
      'Replace the escalation rules with a new version. 400 rules_invalid lists every problem with its rule and field (a catch-all owner is required); 409 rules_conflict when baseVersion is no longer the latest.',
    roles: ['lead', 'admin'],
    body: SaveRulesDocumentedRequestSchema,
    conflicts: ['rules_conflict'],
    status: 200,
    response: StoredRuleSetSchema,
  },
  listSettings: {
    method: 'GET',
    path: '/v1/settings',
    summary:
      "The tenant's settings (queues, macros, tags, SLA policies, articles, channels, widget, profile): the latest version of every item changed after `after` (tombstones of deleted ones too), in seq order; ask again after `cursor` while hasMore.",
    roles: ANY_ROLE,
    query: SettingsQuerySchema,
    status: 200,
    response: SettingsPageSchema,
  },
  saveSetting: {
    method: 'PUT',
    path: '/v1/settings/:kind/:id',
    summary: `Save a new version of one setting, edited from baseVersion (0: a new item). Who may change which kind: ${SETTING_EDITORS}. 400 settings_invalid with details.issues (each with its field's path) when the value fails its kind's schema, its id does not fit the kind, it is too large, the kind is full, or an SLA policy or channel names a queue the tenant does not have (path ["queueId"]); 409 settings_conflict with details.current (null: never saved) when baseVersion is not the latest.`,
    roles: SETTING_EDIT_ROLES,
    params: SettingParamsSchema,
    body: SaveSettingRequestSchema,
    conflicts: ['settings_conflict'],
    status: 200,
    response: StoredSettingSchema,
  },
  deleteSetting: {
    method: 'DELETE',
    path: '/v1/settings/:kind/:id',
    summary: `Delete one setting, edited from baseVersion: a tombstone version that consoles learn of from the list. Same roles and 409 settings_conflict as saving; 404 not_found when there is no live item; 409 ${QUEUE_IN_USE} when the queue to delete is still used by escalation rules, its SLA policy or channels (the message names them, details.uses lists them).`,
    roles: SETTING_EDIT_ROLES,
    params: SettingParamsSchema,
    query: DeleteSettingQuerySchema,
    conflicts: ['settings_conflict', QUEUE_IN_USE],
    status: 200,
    response: StoredSettingSchema,
  },
  putChannelCredentials: {
    method: 'PUT',
    path: '/v1/channels/:channelId/credentials',
    summary:
      "Store an email channel's passwords, encrypted at rest with the queue's secret key (AES-256-GCM); no endpoint ever returns them. 204; 404 not_found without such an email channel; 503 secret_key_missing when the queue has no secret key (SWITCHBOARD_SECRET_KEY_FILE).",
    roles: ['admin'],
    params: ChannelParamsSchema,
    body: SetChannelCredentialsSchema,
    unavailable: true,
    status: 204,
  },
  channelStatusList: {
    method: 'GET',
    path: '/v1/channels/status',
    summary:
      "The tenant's channels: whether passwords are set (never what they are), whether this queue runs them, their last connections and error, and their outbox (queued, failed) and set-aside mail counts.",
    roles: ['lead', 'admin'],
    status: 200,
    response: ChannelStatusListSchema,
  },
  channelTest: {
    method: 'POST',
    path: '/v1/channels/:channelId/test',
    summary:
      'Connect to both mail servers with the stored settings and passwords and say what failed. 404 not_found without such an email channel; 503 channels_not_running when this queue runs no channels.',
    roles: ['admin'],
    params: ChannelParamsSchema,
    unavailable: true,
    status: 200,
    response: ChannelTestResultSchema,
  },
  deliveryRetry: {
    method: 'POST',
    path: '/v1/tickets/:id/messages/:messageId/retry-delivery',
    summary:
      "Send a failed reply again: an email reply (the same Message-ID) back to the outbox, a generic channel's reply back to its deliveries (the same delivery id, a new retry window); audited; 409 not_failed when it is not failed; 404 not_found when the ticket has no such email or generic channel reply.",
    roles: PEOPLE,
    params: TicketMessageParamsSchema,
    conflicts: ['not_failed'],
    status: 200,
    response: TicketWithMessagesSchema,
  },
  mergeTickets: {
    method: 'POST',
    path: '/v1/tickets/:id/merge',
    summary: `Merge ticket :id into \`into\` (the same customer's): its messages move into that thread (time order), it is resolved with \`mergedInto\`, both tickets get an internal note and an audit record (ticket_merged), and the customer is told on its channel where the conversation continues (email, chat, generic channel: customerToldBy; else null); a customer's later message on it lands on the target. Undo within ${MERGE_UNDO_WINDOW_MS / 60_000} minutes. 422 same_ticket or different_customers; 409 already_merged; 404 not_found.`,
    roles: PEOPLE,
    params: TicketParamsSchema,
    body: MergeRequestSchema,
    conflicts: refusalsAnswered('merge', 409),
    unprocessable: refusalsAnswered('merge', 422),
    status: 200,
    response: MergeRecordSchema,
  },
  undoMerge: {
    method: 'POST',
    path: '/v1/merges/:id/undo',
    summary:
      'Undo a merge within its window: the moved messages go back, the merged ticket returns to its status without its pointer, notes and audit records (ticket_merge_undone) on both; what the customer was told stays. 409 undo_window_over or already_undone; 404 not_found.',
    roles: PEOPLE,
    params: MergeParamsSchema,
    conflicts: refusalsAnswered('undo', 409),
    status: 200,
    response: MergeRecordSchema,
  },
  ticketAttachment: {
    method: 'GET',
    path: '/v1/tickets/:id/attachments/:attachmentId',
    summary:
      "A stored attachment (or a mail's original HTML) of the ticket, as a download with its recorded content type; 404 not_found when the ticket has no such stored attachment.",
    roles: PEOPLE,
    params: TicketAttachmentParamsSchema,
    status: 200,
    contentType: 'application/octet-stream',
  },
  makeSigningSecret: {
    method: 'POST',
    path: '/v1/secrets/:kind/:id',
    summary:
      "Make a new signing secret for a webhook, a generic channel (a channel of type webhook) or a widget's identity verification, and answer it: the only time it is shown (the queue keeps it sealed with its secret key). The old secret stops working at once. Audited without the secret. 404 not_found when the tenant has no such live setting; 503 secret_key_missing without the queue's secret key (SWITCHBOARD_SECRET_KEY_FILE).",
    roles: ['admin'],
    params: SecretOwnerParamsSchema,
    unavailable: true,
    status: 201,
    response: SigningSecretSchema,
  },
  listSigningSecrets: {
    method: 'GET',
    path: '/v1/secrets',
    summary: 'Which webhooks, generic channels and widgets have a signing secret, and since when (never the secrets).',
    roles: ['lead', 'admin'],
    status: 200,
    response: SecretStatusListSchema,
  },
  webhookDeliveries: {
    method: 'GET',
    path: '/v1/webhooks/:webhookId/deliveries',
    summary:
      "A webhook's delivery log, newest first (`before`: the page after that delivery): each event's state (pending, delivered, failed), its attempts with the receiver's status, the start of its answer or the error, and the next attempt. 404 not_found when the tenant has no such webhook and no deliveries of it.",
    roles: ['lead', 'admin'],
    params: WebhookParamsSchema,
    query: DeliveryLogQuerySchema,
    status: 200,
    response: DeliveryLogSchema,
  },
  channelDeliveries: {
    method: 'GET',
    path: '/v1/channels/:channelId/deliveries',
    summary:
      "A generic channel's reply deliveries to its reply URL, newest first, like a webhook's log. 404 not_found when the tenant has no such generic channel and no deliveries of it.",
    roles: ['lead', 'admin'],
    params: ChannelParamsSchema,
    query: DeliveryLogQuerySchema,
    status: 200,
    response: DeliveryLogSchema,
  },
  redeliverWebhook: {
    method: 'POST',
    path: '/v1/webhook-deliveries/:deliveryId/redeliver',
    summary:
      'Send a delivery again now, with the same event id (a delivered one too): pending and due at once, with a new retry window; audited. 404 not_found when the tenant has no such delivery.',
    roles: ['admin'],
    params: WebhookDeliveryParamsSchema,
    status: 200,
    response: WebhookDeliverySchema,
  },
  inboundMessage: {
    method: 'POST',
    path: '/v1/inbound/:tenantId/:channelId',
    summary:
      "A generic channel's customer message, posted by its adapter with no token but signed with the channel's secret (headers x-switchboard-signature `v1=hex(HMAC-SHA256(secret, timestamp.body))` and x-switchboard-timestamp, within 300 s). The conversation's first message opens a ticket, later ones are customer replies on its ticket; a message id posted before answers duplicate: true and adds nothing. 202; 401 bad_signature (with the reason: missing_timestamp, stale_timestamp, missing_signature, bad_signature, no_secret) and nothing stored; 404 not_found without such an enabled generic channel; 503 secret_key_missing without the queue's secret key.",
    roles: null,
    params: InboundParamsSchema,
    body: InboundChannelMessageSchema,
    unavailable: true,
    status: 202,
    response: InboundChannelResultSchema,
  },
  aiSpend: {
    method: 'GET',
    path: '/v1/ai/spend',
    summary:
      "The tenant's model use in a calendar month (UTC; `month` YYYY-MM, default the current one): the cost, tokens and number of the AI decisions the queue applied, in all and by route (builtin, model, person). Decisions recorded without a route (older autopilots) count in the totals only.",
    roles: ['lead', 'admin', 'autopilot'],
    query: AiSpendQuerySchema,
    status: 200,
    response: AiSpendSchema,
  },
  postAiHealth: {
    method: 'POST',
    path: '/v1/ai/health',
    summary:
      "What an AI health check found: integration drift (a tenant tool answered outside its declared schema), a shadow run (agreement and guard refusals against the tenant's tolerance) or the budget. The queue sets `alert` (drift and budget always; a shadow run outside its tolerance) and keeps the latest 1,000 events per tenant; drift of one tool operation reported again within the same UTC hour raises that event's `count` instead of storing another. 201 with the event as stored.",
    roles: ['autopilot', 'admin'],
    body: AiHealthEventSchema,
    status: 201,
    response: StoredAiHealthEventSchema,
  },
  aiHealth: {
    method: 'GET',
    path: '/v1/ai/health',
    summary:
      "The AI's health events, newest first (`since`: only later ones; `kind`; `limit` up to 200): integration drift, shadow runs and the month's budget warnings, which the queue itself writes when an applied decision takes the month's spend past the routing policy's warning level or budget (once per month and state). Autopilots read when the last shadow run was.",
    roles: ['lead', 'admin', 'autopilot'],
    query: AiHealthQuerySchema,
    status: 200,
    response: AiHealthEventsSchema,
  },
  whoami: {
    method: 'GET',
    path: '/v1/whoami',
    summary:
      'The tenant, role and name of the bearer token: a console shows the lead screens only to lead (and admin) tokens.',
    roles: ANY_ROLE,
    status: 200,
    response: WhoAmISchema,
  },
  listPeople: {
    method: 'GET',
    path: '/v1/people',
    summary:
      "The tenant's people as colleagues see them, for `@` mentions in internal notes: the enabled users' id, name and role (no email, nothing about signing in), by name. A note's mentions keep only these ids.",
    roles: PEOPLE,
    status: 200,
    response: PeopleSchema,
  },
  listUsers: {
    method: 'GET',
    path: '/v1/users',
    summary:
      "The tenant's people: name, email, role, the queues they work, language, whether disabled, whether a local password is set or the identity provider is bound, the last sign-in and the version an edit names (never a password hash).",
    roles: USER_LIST_ROLES,
    status: 200,
    response: UsersSchema,
  },
  createUser: {
    method: 'POST',
    path: '/v1/users',
    summary:
      'Add a person to the tenant (the password only for local accounts; stored as a scrypt hash). Audited. 409 email_taken when another user of the tenant has the email; 409 too_many_users past 10,000.',
    roles: ['admin'],
    body: NewUserSchema,
    conflicts: ['email_taken', 'too_many_users'],
    status: 201,
    response: UserSchema,
  },
  updateUser: {
    method: 'PATCH',
    path: '/v1/users/:id',
    summary:
      "Change a user against the version the edit started from: name, role, queues, language, a new local password (ends the user's other sessions) or disabled (ends every session and revokes every token bound to the user at once, on every queue process; enabling again brings none back). Admins change anything; a lead may only disable or enable an agent (a body with baseVersion and disabled alone), anything else a lead asks is refused 403 forbidden with a sentence saying so. Audited. 404 not_found; 409 version_conflict with the user as it is now (details.current); 409 cannot_disable_self (an admin does not disable their own account); 409 last_admin (the tenant's last enabled admin is neither disabled nor demoted).",
    roles: USER_LIST_ROLES,
    params: UserParamsSchema,
    body: UserPatchSchema,
    conflicts: ['version_conflict', 'cannot_disable_self', 'last_admin'],
    status: 200,
    response: UserSchema,
  },
  listApiTokens: {
    method: 'GET',
    path: '/v1/tokens',
    summary:
      "The tenant's API tokens, revoked ones included: id, name, scope (role), the user a token is bound to (null: a machine), created, last used (to the minute), expiry, rotation and revocation times; never a secret.",
    roles: ['admin'],
    status: 200,
    response: ApiTokensSchema,
  },
  createApiToken: {
    method: 'POST',
    path: '/v1/tokens',
    summary:
      "A machine's API token with a name, a scope (its role) and an expiry in days (null: none). The secret is answered this once (the queue keeps its hash). Audited. 409 too_many_tokens past 500 live tokens.",
    roles: ['admin'],
    body: NewApiTokenSchema,
    conflicts: ['too_many_tokens'],
    status: 201,
    response: IssuedApiTokenSchema,
  },
  rotateApiToken: {
    method: 'POST',
    path: '/v1/tokens/:id/rotate',
    summary:
      'A new secret for the same token (answered this once); the old secret is refused from the next request on, by every queue process sharing the database. Audited. 404 not_found when the tenant has no such live token.',
    roles: ['admin'],
    params: ApiTokenParamsSchema,
    status: 200,
    response: IssuedApiTokenSchema,
  },
  revokeApiToken: {
    method: 'DELETE',
    path: '/v1/tokens/:id',
    summary:
      'Revoke a token: refused (401, reason token_revoked) from the next request on by every queue process sharing the database, and its open event streams end within 2 s. Audited. 404 not_found when the tenant has no such live token.',
    roles: ['admin'],
    params: ApiTokenParamsSchema,
    status: 200,
    response: ApiTokenSchema,
  },
  openapi: { method: 'GET', path: '/v1/openapi.json', summary: 'This document.', roles: null, status: 200 },
  healthz: {
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness, with a round trip to the store.',
    roles: null,
    status: 200,
  },
  metrics: {
    method: 'GET',
    path: '/metrics',
    summary:
      "Prometheus metrics of every tenant, for the queue's operator: needs the metrics token the queue was started with (404 metrics_disabled without one).",
    roles: null,
    metricsToken: true,
    status: 200,
    contentType: 'text/plain',
  },
  ...WIDGET_ENDPOINTS,
  ...AUTH_ENDPOINTS,
} as const satisfies Record<string, Endpoint>;
