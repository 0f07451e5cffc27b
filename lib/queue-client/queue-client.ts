import { MergeRecordSchema, type MergeRecord } from '../../shared/api/merge-contract.js';
import { z } from 'zod';
import { MAX_JSON_DEPTH } from '../../shared/api/input-limits.js';
import {
  ChangesResponseSchema,
  ClaimResponseSchema,
  ErrorBodySchema,
  QUEUE_API_PREFIX,
  RatedTicketSchema,
  RenewClaimResponseSchema,
  TicketBatchResponseSchema,
  TicketWithMessagesSchema,
  type TicketBatchIntake,
  type ChangesResponse,
  type ClaimResponse,
  type CustomerRating,
  type TicketIntake,
  type TicketWithMessages,
} from '../../shared/api/queue-contract.js';
import { PushResponseSchema, type PushRequest, type PushResponse } from '../../shared/api/mutations.js';
import { MessageSchema, TicketSchema, type Ticket, type TicketStatus } from '../../shared/domain/ticket.js';
import { nestsDeeperThan } from '../../shared/json-depth.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { SignOutReason } from '../../shared/api/identity-contract.js';
import { TicketHistorySchema, type TicketHistory } from '../../shared/api/ticket-history.js';
import type { EscalationRule } from '../../shared/domain/tenant.js';
import { StoredRuleSetSchema, type StoredRuleSet } from '../../shared/rules/rule-set.js';
import { WhoAmISchema, type WhoAmI } from '../../shared/api/whoami.js';
import {
  PRESENCE_CONSOLE_HEADER,
  PresenceAnswerSchema,
  type PresenceAnswer,
  type PresenceUpdate,
} from '../../shared/api/presence-contract.js';
import { PeopleSchema, type People } from '../../shared/api/people-contract.js';
import type { SettingKind } from '../../shared/settings/setting-kinds.js';
import {
  SettingsPageSchema,
  StoredSettingSchema,
  type SettingsPage,
  type StoredSetting,
} from '../../shared/settings/stored-setting.js';
import {
  ChannelStatusListSchema,
  ChannelTestResultSchema,
  type ChannelTestResult,
} from '../../shared/api/channel-contract.js';
import type { EmailCredentials } from '../../shared/channels/email-config.js';
import {
  DeliveryLogSchema,
  SecretStatusListSchema,
  SigningSecretSchema,
  WebhookDeliverySchema,
  type DeliveryLog,
  type SecretStatusList,
  type SigningSecret,
  type WebhookDelivery,
} from '../../shared/api/webhook-contract.js';
import type { SecretOwnerKind } from '../../shared/channels/request-signature.js';
import {
  AiHealthEventsSchema,
  AiSpendSchema,
  StoredAiHealthEventSchema,
  type AiHealthEvent,
  type AiHealthEvents,
  type AiHealthQuery,
  type AiSpend,
  type StoredAiHealthEvent,
} from '../../shared/api/ai-health-contract.js';
import { readRecords, type UnreadableRecord } from './feed-records.js';
import { authorizationOf, credentialOf, signOutReasonOfBody, type QueueCredential } from './queue-credential.js';
import { parseFromNewerQueue } from './parse-from-newer-queue.js';

/** A page of the feed, with the fields of a newer queue this program left out (names without list positions). */
export interface FeedPage extends ChangesResponse {
  droppedFields: string[];
  /** Records of the page this console could not read whole: skipped, or kept without a few fields. */
  unreadable: UnreadableRecord[];
}

/** The feed page around its records, which are read one by one (readRecords). */
const FeedEnvelopeSchema = ChangesResponseSchema.extend({
  tickets: z.array(z.unknown()),
  messages: z.array(z.unknown()),
});

/**
 * Ticket fields a ticket is still shown rightly without (figures and what the AI looked up): one the
 * console cannot read is left out and the ticket kept, rather than the ticket missing from the inbox.
 */
const SPARE_TICKET_FIELDS: readonly (keyof Ticket)[] = ['modelCostUsd', 'handleSeconds', 'aiToolResults', 'aiAssist'];

export interface QueueClientOptions {
  baseUrl: string;
  /** A fixed API token, or a credential that changes (a signed-in person's session: queue-credential.ts). */
  token: string | QueueCredential;
  timeoutMs?: number;
  /** Told once per answer kind when a newer queue sent fields this program does not know (they are dropped). */
  onUnknownFields?: (what: string, fields: string[]) => void;
}

/** How long a download of a ticket's attachment may take, body included. */
const ATTACHMENT_TIMEOUT_MS = 120_000;

/** Typed HTTP client of the central queue's `/v1` API. Never throws: network trouble is `queue_unreachable`. */
export class QueueClient {
  private readonly baseUrl: string;
  private readonly reportedUnknownFields = new Set<string>();
  readonly credential: QueueCredential;

  constructor(private readonly options: QueueClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.credential = credentialOf(options.token);
  }

  get url(): string {
    return this.baseUrl;
  }

  /** The bearer secret sent now ('' while the credential has none). */
  get token(): string {
    return this.credential.current() ?? '';
  }

  /**
   * One page of the feed. Each ticket and message is read on its own: one this console cannot read is
   * skipped (listed in `unreadable`) and the rest of the page, its cursor included, is used as ever.
   */
  async pull(since: number, clientId: string, limit = 1000): Promise<Result<FeedPage>> {
    const path = `/changes?${new URLSearchParams({ since: String(since), limit: String(limit), clientId })}`;
    const payload = await this.fetchAnswer('GET', path, undefined);
    if (!payload.ok) return payload;
    const envelope = this.parse('GET', path, FeedEnvelopeSchema, payload.value);
    if (!envelope.ok) return envelope;
    const { tickets, messages, ...position } = envelope.value.data;
    const readTickets = readRecords('tickets', TicketSchema, tickets, SPARE_TICKET_FIELDS);
    const readMessages = readRecords('messages', MessageSchema, messages);
    const droppedFields = this.reportDropped('GET', path, [
      ...envelope.value.droppedFields,
      ...readTickets.droppedFields,
      ...readMessages.droppedFields,
    ]);
    return ok({
      ...position,
      tickets: readTickets.records,
      messages: readMessages.records,
      droppedFields,
      unreadable: [...readTickets.unreadable, ...readMessages.unreadable],
    });
  }

  push(request: PushRequest): Promise<Result<PushResponse>> {
    return this.request('POST', '/mutations', request, PushResponseSchema);
  }

  claim(workerId: string, limit: number, leaseMs: number): Promise<Result<ClaimResponse>> {
    return this.request('POST', '/claims', { workerId, limit, leaseMs }, ClaimResponseSchema);
  }

  /** Extends a lease this worker still holds; `queue_rejected` (status 409, code lease_lost) when it does not. */
  renewClaim(ticketId: string, workerId: string, leaseMs: number): Promise<Result<{ leaseUntil: string }>> {
    return this.request(
      'POST',
      `/claims/${encodeURIComponent(ticketId)}/renew`,
      { workerId, leaseMs },
      RenewClaimResponseSchema,
    );
  }

  createTicket(intake: TicketIntake, idempotencyKey?: string): Promise<Result<TicketWithMessages>> {
    const headers = idempotencyKey ? { 'idempotency-key': idempotencyKey } : undefined;
    return this.request('POST', '/tickets', intake, TicketWithMessagesSchema, headers);
  }

  /** Many tickets in one request (at most MAX_TICKETS_PER_BATCH); answers per ticket, in order, whether it was new. */
  createTickets(tickets: TicketBatchIntake['tickets']): Promise<Result<z.output<typeof TicketBatchResponseSchema>>> {
    return this.request('POST', '/tickets/batch', { tickets }, TicketBatchResponseSchema);
  }

  postCustomerReply(ticketId: string, text: string): Promise<Result<TicketWithMessages>> {
    return this.request(
      'POST',
      `/tickets/${encodeURIComponent(ticketId)}/messages`,
      { text },
      TicketWithMessagesSchema,
    );
  }

  /** A customer's satisfaction rating of a closed ticket (channel/admin token). */
  rateTicket(ticketId: string, rating: CustomerRating): Promise<Result<{ ticket: Ticket }>> {
    return this.request('POST', `/tickets/${encodeURIComponent(ticketId)}/rating`, rating, RatedTicketSchema);
  }

  getTicket(ticketId: string): Promise<Result<TicketWithMessages>> {
    return this.request('GET', `/tickets/${encodeURIComponent(ticketId)}`, undefined, TicketWithMessagesSchema);
  }

  /** The tenant's tickets (of one status, when given), latest change first; at most `limit` (1..1000, default 100). */
  listTickets(query: { status?: TicketStatus; limit?: number } = {}): Promise<Result<{ tickets: Ticket[] }>> {
    return this.request('GET', withQuery('/tickets', query), undefined, TicketListSchema);
  }

  /** The tenant's model use in a calendar month (UTC; `YYYY-MM`, default the current one), by route. */
  aiSpend(month?: string): Promise<Result<AiSpend>> {
    return this.request('GET', withQuery('/ai/spend', { month }), undefined, AiSpendSchema);
  }

  /** Reports what an AI health check found (drift, a shadow run); the event as the queue stored it, with its alert. */
  postAiHealth(event: AiHealthEvent): Promise<Result<StoredAiHealthEvent>> {
    return this.request('POST', '/ai/health', event, StoredAiHealthEventSchema);
  }

  /** The tenant's AI health events, newest first. */
  aiHealth(query: AiHealthQuery = {}): Promise<Result<AiHealthEvents>> {
    return this.request('GET', withQuery('/ai/health', query), undefined, AiHealthEventsSchema);
  }

  /** The ticket's audit trail (intake, AI decisions, human actions, ratings), oldest first. */
  getTicketHistory(ticketId: string): Promise<Result<TicketHistory>> {
    return this.request('GET', `/tickets/${encodeURIComponent(ticketId)}/history`, undefined, TicketHistorySchema);
  }

  /** The tenant, role and name this client's token is bound to. */
  whoami(): Promise<Result<WhoAmI>> {
    return this.request('GET', '/whoami', undefined, WhoAmISchema);
  }

  /** This console's person views a ticket, types on it, or left it (issue 19); `consoleId` ties it to its event stream. */
  setPresence(update: PresenceUpdate, consoleId: string): Promise<Result<PresenceAnswer>> {
    return this.request('POST', '/presence', update, PresenceAnswerSchema, { [PRESENCE_CONSOLE_HEADER]: consoleId });
  }

  /** The tenant's enabled people (id, name, role): whom a note may mention (issue 19). */
  listPeople(): Promise<Result<People>> {
    return this.request('GET', '/people', undefined, PeopleSchema);
  }

  /** Merges ticket `ticketId` into `into` (POST /v1/tickets/:id/merge); refusals as the queue's errors. */
  mergeTickets(ticketId: string, into: string): Promise<Result<MergeRecord>> {
    return this.request('POST', `/tickets/${encodeURIComponent(ticketId)}/merge`, { into }, MergeRecordSchema);
  }

  /** Undoes a merge within its window (POST /v1/merges/:id/undo). */
  undoMerge(mergeId: string): Promise<Result<MergeRecord>> {
    return this.request('POST', `/merges/${encodeURIComponent(mergeId)}/undo`, undefined, MergeRecordSchema);
  }

  /** The tenant's escalation rules in force (version 0, rules null: none saved, use the shipped ones). */
  getRules(): Promise<Result<StoredRuleSet>> {
    return this.request('GET', '/rules', undefined, StoredRuleSetSchema);
  }

  /** Saves a new version; refused (`queue_rejected`, status 409 in details) when `baseVersion` is stale. */
  saveRules(rules: readonly EscalationRule[], baseVersion: number): Promise<Result<StoredRuleSet>> {
    return this.request('PUT', '/rules', { rules, baseVersion }, StoredRuleSetSchema);
  }

  /** The latest version of every setting changed after seq `after` (tombstones too); ask again after `cursor` while hasMore. */
  listSettings(after: number, limit?: number): Promise<Result<SettingsPage>> {
    const query = new URLSearchParams({
      after: String(after),
      ...(limit === undefined ? {} : { limit: String(limit) }),
    });
    return this.request('GET', `/settings?${query}`, undefined, SettingsPageSchema);
  }

  /**
   * Saves a new version of one setting edited from `baseVersion` (0: new). Refused like saveRules:
   * `queue_rejected` with details.status 400 and details.error.details.issues (settings_invalid), or 409 and
   * details.error.details.current (settings_conflict).
   */
  saveSetting(kind: SettingKind, id: string, baseVersion: number, value: unknown): Promise<Result<StoredSetting>> {
    return this.request('PUT', settingPath(kind, id), { baseVersion, value }, StoredSettingSchema);
  }

  /** Deletes one setting edited from `baseVersion` (answers its tombstone version); refused like saveSetting. */
  deleteSetting(kind: SettingKind, id: string, baseVersion: number): Promise<Result<StoredSetting>> {
    const query = new URLSearchParams({ baseVersion: String(baseVersion) });
    return this.request('DELETE', `${settingPath(kind, id)}?${query}`, undefined, StoredSettingSchema);
  }

  /** The tenant's channels as this queue runs them (GET /v1/channels/status). */
  channelStatuses(): Promise<Result<ChannelStatusList>> {
    return this.request('GET', '/channels/status', undefined, ChannelStatusListSchema);
  }

  /** Stores a mailbox's passwords (encrypted on the queue; never answered back). */
  putChannelCredentials(channelId: string, credentials: EmailCredentials): Promise<Result<null>> {
    return this.request('PUT', `/channels/${encodeURIComponent(channelId)}/credentials`, credentials, z.null());
  }

  /** Connects to both servers of a channel and says what worked. */
  testChannelConnections(channelId: string): Promise<Result<ChannelTestResult>> {
    return this.request('POST', `/channels/${encodeURIComponent(channelId)}/test`, {}, ChannelTestResultSchema);
  }

  /** A failed reply back to the outbox: the ticket and its messages; `queue_rejected` 409 not_failed when it is not failed. */
  requeueDelivery(ticketId: string, messageId: string): Promise<Result<TicketWithMessages>> {
    const path = `/tickets/${encodeURIComponent(ticketId)}/messages/${encodeURIComponent(messageId)}/retry-delivery`;
    return this.request('POST', path, {}, TicketWithMessagesSchema);
  }

  /** Makes a new signing secret for a webhook, generic channel or widget; the answer is the only time it is seen. */
  createSigningSecret(kind: SecretOwnerKind, id: string): Promise<Result<SigningSecret>> {
    return this.request(
      'POST',
      `/secrets/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`,
      {},
      SigningSecretSchema,
    );
  }

  /** Which settings have a signing secret, and since when. */
  signingSecretStatuses(): Promise<Result<SecretStatusList>> {
    return this.request('GET', '/secrets', undefined, SecretStatusListSchema);
  }

  /** A page of the delivery log of a webhook (GET /v1/webhooks/:id/deliveries) or a generic channel's replies. */
  deliveryLog(
    owner: { webhookId: string } | { channelId: string },
    page: { limit?: number; before?: string } = {},
  ): Promise<Result<DeliveryLog>> {
    const path =
      'webhookId' in owner
        ? `/webhooks/${encodeURIComponent(owner.webhookId)}/deliveries`
        : `/channels/${encodeURIComponent(owner.channelId)}/deliveries`;
    const query = new URLSearchParams({
      ...(page.limit === undefined ? {} : { limit: String(page.limit) }),
      ...(page.before === undefined ? {} : { before: page.before }),
    });
    return this.request('GET', query.size > 0 ? `${path}?${query}` : path, undefined, DeliveryLogSchema);
  }

  /** Sends a webhook delivery (or a generic channel's reply) again now: the delivery with its new attempt. */
  redeliver(deliveryId: string): Promise<Result<WebhookDelivery>> {
    return this.request(
      'POST',
      `/webhook-deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
      {},
      WebhookDeliverySchema,
    );
  }

  /**
   * A stored attachment's bytes, content type and file name; refused (`queue_bad_response`) when the queue sends
   * more than `maxBytes`, which is never read past.
   */
  async fetchAttachment(
    ticketId: string,
    attachmentId: string,
    maxBytes: number,
  ): Promise<Result<{ bytes: Uint8Array; contentType: string; filename: string | null }>> {
    const path = `/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(attachmentId)}`;
    // The whole body must arrive within the timeout: an attachment of up to maxBytes gets 2 minutes, not the
    // 10 s of a JSON answer (10 MB needs about 85 KB/s).
    const response = await this.send('GET', path, undefined, undefined, ATTACHMENT_TIMEOUT_MS);
    if (!response.ok) return response;
    let bytes: Uint8Array | null;
    try {
      bytes = await readAtMost(response.value, maxBytes);
    } catch (error) {
      // Cut off or timed out while the body came: said like any queue that cannot be reached.
      return fail(
        'queue_unreachable',
        `The download from the central queue at ${this.baseUrl} stopped (${describe(error)}).`,
      );
    }
    if (bytes === null)
      return fail('queue_bad_response', `The queue answered GET ${path} with more than ${maxBytes} bytes.`);
    return ok({
      bytes,
      contentType: response.value.headers.get('content-type') ?? 'application/octet-stream',
      filename: filenameOf(response.value.headers.get('content-disposition')),
    });
  }

  /** A request the queue answers without a credential (the sign-in endpoints): none is sent, a 401 renews nothing. */
  protected anonymousRequest<S extends z.ZodType>(
    method: Method,
    path: string,
    body: unknown,
    schema: S,
  ): Promise<Result<z.output<S>>> {
    return this.request(method, path, body, schema, undefined, 'anonymous');
  }

  protected async request<S extends z.ZodType>(
    method: Method,
    path: string,
    body: unknown,
    schema: S,
    extraHeaders?: Record<string, string>,
    sender: Sender = 'credential',
  ): Promise<Result<z.output<S>>> {
    const payload = await this.fetchAnswer(method, path, body, extraHeaders, sender);
    if (!payload.ok) return payload;
    // Checked before anything recursive (zod, a copy) touches it: a deeper answer would overflow the stack.
    if (nestsDeeperThan(payload.value, MAX_JSON_DEPTH)) {
      return fail(
        'queue_bad_response',
        `The queue answered ${method} ${path} with data nested deeper than ${MAX_JSON_DEPTH} levels, which this console does not read.`,
      );
    }
    const parsed = this.parse(method, path, schema, payload.value);
    if (!parsed.ok) return parsed;
    this.reportDropped(method, path, parsed.value.droppedFields);
    return ok(parsed.value.data);
  }

  /** The answer's JSON, or why there is none: the queue unreachable, or an HTTP error with the queue's own message. */
  private async fetchAnswer(
    method: Method,
    path: string,
    body: unknown,
    extraHeaders?: Record<string, string>,
    sender: Sender = 'credential',
  ): Promise<Result<unknown>> {
    const response = await this.send(method, path, body, extraHeaders, undefined, sender);
    if (!response.ok) return response;
    return ok(await response.value.json().catch(() => null));
  }

  /**
   * The queue's answer when it is a success; the queue unreachable, or an HTTP error with the queue's own message.
   * A 401 `access_expired` asks the credential to renew once and sends the request again; a 401 with any other reason
   * tells the credential it stopped working (the failure's details carry the reason: signOutReasonOf).
   */
  private async send(
    method: Method,
    path: string,
    body: unknown,
    extraHeaders?: Record<string, string>,
    timeoutMs = this.options.timeoutMs ?? 10_000,
    sender: Sender = 'credential',
  ): Promise<Result<Response>> {
    const first = await this.sendOnce(method, path, body, extraHeaders, timeoutMs, sender);
    if (first.ok || sender === 'anonymous') return first.response;
    const reason = first.reason;
    if (reason === 'access_expired' && (await this.credential.renew?.())) {
      const again = await this.sendOnce(method, path, body, extraHeaders, timeoutMs, sender);
      if (!again.ok && again.reason !== null && again.reason !== 'access_expired')
        this.credential.refused?.(again.reason);
      return again.response;
    }
    if (reason !== null && reason !== 'access_expired') this.credential.refused?.(reason);
    return first.response;
  }

  private async sendOnce(
    method: Method,
    path: string,
    body: unknown,
    extraHeaders: Record<string, string> | undefined,
    timeoutMs: number,
    sender: Sender,
  ): Promise<
    { ok: true; response: Result<Response> } | { ok: false; response: Result<Response>; reason: SignOutReason | null }
  > {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${QUEUE_API_PREFIX}${path}`, {
        method,
        headers: {
          ...(sender === 'credential' ? authorizationOf(this.credential) : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...extraHeaders,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const unreachable = `The central queue at ${this.baseUrl} cannot be reached (${describe(error)}).`;
      return { ok: false, response: fail('queue_unreachable', unreachable), reason: null };
    }
    if (response.ok) return { ok: true, response: ok(response) };
    const payload: unknown = await response.json().catch(() => null);
    const parsed = ErrorBodySchema.safeParse(payload);
    const code =
      response.status === 401 || response.status === 403
        ? 'queue_refused'
        : response.status >= 500
          ? 'queue_error'
          : 'queue_rejected';
    const message = parsed.success ? parsed.data.error.message : `The queue answered HTTP ${response.status}.`;
    return {
      ok: false,
      response: fail(code, message, { status: response.status, error: parsed.success ? parsed.data.error : payload }),
      reason: response.status === 401 ? signOutReasonOfBody(payload) : null,
    };
  }

  /** Reads an answer with `schema`, leaving out the fields of a newer queue (their paths are returned). */
  private parse<S extends z.ZodType>(
    method: Method,
    path: string,
    schema: S,
    payload: unknown,
  ): Result<{ data: z.output<S>; droppedFields: string[] }> {
    const { result: parsed, droppedFields } = parseFromNewerQueue(schema, payload);
    if (!parsed.success)
      return fail(
        'queue_bad_response',
        `The queue answered ${method} ${path} with data this console does not understand.`,
        parsed.error.issues,
      );
    return ok({ data: parsed.data, droppedFields });
  }

  /** Names of the fields a newer queue sent and this program left out, without list positions ("tickets.priority", not one entry per ticket); told once per answer kind. */
  private reportDropped(method: Method, path: string, droppedFields: readonly string[]): string[] {
    if (droppedFields.length === 0) return [];
    const names = [...new Set(droppedFields.map((field) => field.replace(/\.\d+(?=\.|$)/g, '')))];
    this.reportUnknownFields(`${method} ${path.split('?')[0]}`, names);
    return names;
  }

  private reportUnknownFields(what: string, names: string[]): void {
    if (this.reportedUnknownFields.has(what)) return;
    this.reportedUnknownFields.add(what);
    this.options.onUnknownFields?.(what, names);
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
/** Who sends a request: the client's credential, or nobody (the sign-in endpoints). */
type Sender = 'credential' | 'anonymous';
type ChannelStatusList = z.output<typeof ChannelStatusListSchema>;

const TicketListSchema = z.strictObject({ tickets: z.array(TicketSchema) });

/** `path?a=1&b=2` of the query's given fields (none: the path alone). */
function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const given = Object.entries(query).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]]));
  return given.length > 0 ? `${path}?${new URLSearchParams(given)}` : path;
}

function settingPath(kind: SettingKind, id: string): string {
  return `/settings/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`;
}

/** The body of a response, or null as soon as it is longer than `maxBytes` (the rest is not read). */
async function readAtMost(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/** The file name of a content-disposition header (RFC 6266: filename* in UTF-8 first, then filename). */
function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // Not percent-encoded rightly: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() ?? null;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause;
    return cause?.code ?? error.name ?? error.message;
  }
  return String(error);
}
