import type {
  ConsoleApi,
  ConsoleEvent,
  ConsoleInput,
  ConsoleOutput,
  ConsoleStatus,
  TicketDetail,
} from '../../shared/api/console-contract.js';
import {
  AI_RESOLVED_LIST_LIMIT,
  CacheSettingsSchema,
  ReviewQuerySchema,
  type AutopilotStage,
  type CacheSettings,
} from '../../shared/api/console-contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import type { ConsoleTicketHistory } from '../../shared/api/console-contract.js';
import type { TicketHistory } from '../../shared/api/ticket-history.js';
import type { TenantConfig } from '../../shared/domain/tenant.js';
import type { InboxQueries } from './store/inbox-queries.js';
import type { MetaStore } from './store/meta-store.js';
import type { Outbox } from './store/outbox.js';
import type { TicketCache } from './store/ticket-cache.js';
import type { SyncEngine } from './sync/sync-engine.js';
import type { Role } from '../../shared/api/queue-contract.js';
import type { EvalCaseWriter } from './lead/eval-case-writer.js';
import type { LeadService } from './lead/lead-service.js';
import type { RulesService } from './rules/rules-service.js';
import type { EvalService } from '../../evals/eval-service.js';
import type { CachedTranslator } from './cached-translator.js';
import { translateTicketTexts } from './ticket-translation.js';
import { createTicketActions, type TicketActions } from './console/ticket-actions.js';
import { ticketDetail } from './console/ticket-detail.js';
import type { ProviderSettingsService } from './provider/provider-settings-service.js';

export interface ConsoleServiceOptions {
  cache: TicketCache;
  outbox: Outbox;
  sync: SyncEngine;
  agentName: string;
  tenantName: string;
  now?: () => Date;
  /** Where settings live (retention); without it settings are not kept. */
  meta?: MetaStore;
  /** Set when the cache file was damaged at start and rebuilt from the queue. */
  cacheRebuilt?: { at: string; movedTo: string; reason: string } | null;
  /** The team lead's screens (dashboard, review sample); refused unless `role` is lead or admin. */
  lead?: LeadService;
  /** Where reviewed tickets become eval cases. */
  evalCases?: EvalCaseWriter;
  /** Role of this console's queue token, null while unknown. */
  role?: () => Role | null;
  /** The tenant's catch-all owner queue: where a reopened ticket with no queue of its own (AI-resolved) goes. */
  catchAllQueue?: string;
  /** Asks the queue for a ticket's audit trail; without it getTicketHistory is not offered. */
  fetchHistory?: (ticketId: string) => Promise<Result<TicketHistory>>;
  /** The windowed inbox; without it listInboxWindow is not offered. */
  inbox?: InboxQueries;
  /** The tenant's queues and macros, for the console's menus. */
  tenant?: Pick<TenantConfig, 'queues' | 'macros'>;
  /** Machine translation (the OpenAI provider) in front of the local cache; without it translateTicket says not_configured. */
  translator?: CachedTranslator;
  /** The AI provider set in Settings (swaps the translator at once); when given it decides the translator, not `translator`. */
  provider?: ProviderSettingsService;
  /** Where this console's own autopilot is; without it the console runs none. */
  autopilotStage?: () => AutopilotStage;
  /** The escalation rules editor (read, preview on the cache, save to the queue). */
  rules?: RulesService;
  /** The Evals screen: suites run in a child process, baselines promoted (leads only). */
  evals?: EvalService;
}

export const RETENTION_DAYS_KEY = 'retentionDays';
/** How many ticket histories a console keeps in memory for offline reading. */
const HISTORY_COPIES = 50;

/** The retention setting as stored (absent: keep everything). */
export function readRetentionDays(meta: MetaStore): number | null {
  const value = meta.get(RETENTION_DAYS_KEY);
  return value === null || value === '' ? null : Number(value);
}

/**
 * The console's API for the renderer: reads come from the local cache, actions go to the outbox and
 * show at once, then sync pushes them. Works the same with the queue up or down.
 */
export class ConsoleService implements ConsoleApi {
  private readonly listeners = new Set<(event: ConsoleEvent) => void>();
  /** Bumped with every tickets_changed event (reported in the status). */
  private cacheChanges = 0;
  /** Ticket histories fetched on this run, newest last, for when the queue cannot be reached. */
  private readonly histories = new Map<string, ConsoleTicketHistory>();
  private readonly now: () => Date;

  private readonly ticketActions: TicketActions;

  constructor(private readonly options: ConsoleServiceOptions) {
    this.now = options.now ?? (() => new Date());
    this.ticketActions = createTicketActions({
      ...options,
      now: this.now,
      ticketsChanged: () => this.notifyTicketsChanged(),
    });
  }

  async getStatus(_input: ConsoleInput<'getStatus'> = {}): Promise<Result<ConsoleStatus>> {
    return ok(this.status());
  }

  async listInbox(_input: ConsoleInput<'listInbox'> = {}): Promise<Result<ConsoleOutput<'listInbox'>>> {
    return ok(this.options.cache.listByStatus('escalated'));
  }

  async listAiResolved(_input: ConsoleInput<'listAiResolved'> = {}): Promise<Result<ConsoleOutput<'listAiResolved'>>> {
    return ok(this.options.cache.listNewestByStatus('ai_resolved', AI_RESOLVED_LIST_LIMIT));
  }

  async getTicket(input: ConsoleInput<'getTicket'>): Promise<Result<TicketDetail>> {
    return ticketDetail(this.options.cache, input.ticketId);
  }

  sendReply = (input: ConsoleInput<'sendReply'>) => this.ticketActions.sendReply(input);
  addNote = (input: ConsoleInput<'addNote'>) => this.ticketActions.addNote(input);
  reassign = (input: ConsoleInput<'reassign'>) => this.ticketActions.reassign(input);
  assignToMe = (input: ConsoleInput<'assignToMe'>) => this.ticketActions.assignToMe(input);
  snooze = (input: ConsoleInput<'snooze'>) => this.ticketActions.snooze(input);
  handback = (input: ConsoleInput<'handback'>) => this.ticketActions.handback(input);
  reviewTicket = (input: ConsoleInput<'reviewTicket'>) => this.ticketActions.reviewTicket(input);
  reopenTicket = (input: ConsoleInput<'reopenTicket'>) => this.ticketActions.reopenTicket(input);
  recordHandleTime = (input: ConsoleInput<'recordHandleTime'>) => this.ticketActions.recordHandleTime(input);

  async searchTickets(input: ConsoleInput<'searchTickets'>): Promise<Result<ConsoleOutput<'searchTickets'>>> {
    const query = ReviewQuerySchema.parse(input);
    const { cache } = this.options;
    return ok({ hits: cache.search(query), ...cache.facets(), cachedTickets: cache.countTickets() });
  }

  async dismissUnsent(input: ConsoleInput<'dismissUnsent'>): Promise<Result<ConsoleOutput<'dismissUnsent'>>> {
    const dismissed = this.options.cache.dismissUnsent(input.id);
    if (dismissed) this.notifyTicketsChanged();
    return ok({ dismissed });
  }

  async getCacheSettings(_input: ConsoleInput<'getCacheSettings'> = {}): Promise<Result<CacheSettings>> {
    const meta = this.options.meta;
    return ok({ retentionDays: meta ? readRetentionDays(meta) : null });
  }

  async setCacheSettings(input: ConsoleInput<'setCacheSettings'>): Promise<Result<ConsoleOutput<'setCacheSettings'>>> {
    const settings = CacheSettingsSchema.parse(input);
    const meta = this.options.meta;
    if (!meta) return fail('not_supported', 'This console keeps no settings.');
    meta.set(RETENTION_DAYS_KEY, settings.retentionDays === null ? '' : String(settings.retentionDays));
    const removedTickets = this.options.sync.applyRetention();
    if (removedTickets > 0) this.notifyTicketsChanged();
    return ok({ settings, removedTickets });
  }

  async listInboxWindow(input: ConsoleInput<'listInboxWindow'>): Promise<Result<ConsoleOutput<'listInboxWindow'>>> {
    const inbox = this.options.inbox;
    if (!inbox) return fail('not_supported', 'This console has no windowed inbox.');
    return ok(inbox.window(input, this.now()));
  }

  async getConsoleSetup(
    _input: ConsoleInput<'getConsoleSetup'> = {},
  ): Promise<Result<ConsoleOutput<'getConsoleSetup'>>> {
    const tenant = this.options.tenant;
    return ok({
      agentName: this.options.agentName,
      queues: tenant?.queues ?? [],
      macros: tenant?.macros ?? [],
      ...(this.options.inbox?.facets() ?? this.options.cache.facets()),
      translationAvailable: this.translator() !== undefined,
    });
  }

  async markRead(input: ConsoleInput<'markRead'>): Promise<Result<ConsoleOutput<'markRead'>>> {
    return ok({ read: this.options.inbox?.markRead(input.ticketId) ?? false });
  }

  async translateTicket(input: ConsoleInput<'translateTicket'>): Promise<Result<ConsoleOutput<'translateTicket'>>> {
    const translator = this.translator();
    if (!translator) {
      return fail(
        'not_configured',
        'Translation needs the OpenAI provider: set it under Settings, AI provider (or start the console with --openai-base-url and --openai-model).',
      );
    }
    const ticket = this.options.cache.getTicket(input.ticketId);
    if (!ticket) return fail('not_found', 'This ticket is not in the local cache; it may have been removed.');
    return translateTicketTexts(translator, ticket, this.options.cache.listMessages(input.ticketId), input.language);
  }

  /** The translator in use now: the provider's (it changes when Settings are saved), else the fixed one. */
  private translator(): CachedTranslator | undefined {
    return this.options.provider ? this.options.provider.translator() : this.options.translator;
  }

  async getProviderSettings(
    _input: ConsoleInput<'getProviderSettings'> = {},
  ): Promise<Result<ConsoleOutput<'getProviderSettings'>>> {
    return this.options.provider
      ? ok(this.options.provider.get())
      : fail('not_supported', 'This console has no AI provider settings.');
  }

  async setProviderSettings(
    input: ConsoleInput<'setProviderSettings'>,
  ): Promise<Result<ConsoleOutput<'setProviderSettings'>>> {
    if (!this.options.provider) return fail('not_supported', 'This console has no AI provider settings.');
    return this.setupChangedOnSuccess(await this.options.provider.set(input));
  }

  async clearProviderSettings(
    _input: ConsoleInput<'clearProviderSettings'> = {},
  ): Promise<Result<ConsoleOutput<'clearProviderSettings'>>> {
    if (!this.options.provider) return fail('not_supported', 'This console has no AI provider settings.');
    return this.setupChangedOnSuccess(await this.options.provider.clear());
  }

  async testProviderConnection(
    input: ConsoleInput<'testProviderConnection'>,
  ): Promise<Result<ConsoleOutput<'testProviderConnection'>>> {
    return this.options.provider?.test(input) ?? fail('not_supported', 'This console has no AI provider settings.');
  }

  async getTicketHistory(input: ConsoleInput<'getTicketHistory'>): Promise<Result<ConsoleTicketHistory>> {
    const fetchHistory = this.options.fetchHistory;
    if (!fetchHistory) return fail('not_supported', 'This console has no queue to ask for ticket history.');
    const answer = await fetchHistory(input.ticketId);
    if (answer.ok) {
      const fresh = { ...answer.value, fetchedAt: this.now().toISOString(), fromCache: false };
      this.histories.delete(input.ticketId);
      this.histories.set(input.ticketId, fresh);
      if (this.histories.size > HISTORY_COPIES) this.histories.delete(this.histories.keys().next().value ?? '');
      return ok(fresh);
    }
    const copy = this.histories.get(input.ticketId);
    if (answer.error.code === 'queue_unreachable') {
      if (copy) return ok({ ...copy, fromCache: true });
      return fail(
        'needs_network',
        'The ticket history is kept by the central queue, which cannot be reached now; it shows again once the console is online.',
      );
    }
    return answer;
  }

  async getDashboard(input: ConsoleInput<'getDashboard'>): Promise<Result<ConsoleOutput<'getDashboard'>>> {
    return this.options.lead?.getDashboard(input) ?? fail('not_supported', 'This console has no lead screens.');
  }

  async getReviewSample(input: ConsoleInput<'getReviewSample'>): Promise<Result<ConsoleOutput<'getReviewSample'>>> {
    return this.options.lead?.getReviewSample(input) ?? fail('not_supported', 'This console has no lead screens.');
  }

  async addEvalCase(input: ConsoleInput<'addEvalCase'>): Promise<Result<ConsoleOutput<'addEvalCase'>>> {
    const { lead, evalCases } = this.options;
    if (!lead || !evalCases) return fail('not_supported', 'This console cannot write eval cases.');
    return lead.refuseNonLead() ?? evalCases.add(input);
  }

  async getRules(_input: ConsoleInput<'getRules'> = {}): Promise<Result<ConsoleOutput<'getRules'>>> {
    return this.options.rules?.getRules() ?? fail('not_supported', 'This console has no rules editor.');
  }

  async previewRules(input: ConsoleInput<'previewRules'>): Promise<Result<ConsoleOutput<'previewRules'>>> {
    return this.options.rules?.previewRules(input) ?? fail('not_supported', 'This console has no rules editor.');
  }

  async saveRules(input: ConsoleInput<'saveRules'>): Promise<Result<ConsoleOutput<'saveRules'>>> {
    return this.options.rules?.saveRules(input) ?? fail('not_supported', 'This console has no rules editor.');
  }

  /** Ends an evaluation still running (the console is closing). */
  stopEvals(): void {
    this.options.evals?.stop();
  }

  async listEvalSuites(_input: ConsoleInput<'listEvalSuites'> = {}): Promise<Result<ConsoleOutput<'listEvalSuites'>>> {
    return this.options.evals?.listEvalSuites() ?? fail('not_supported', 'This console cannot run evaluations.');
  }

  async startEvalRun(input: ConsoleInput<'startEvalRun'>): Promise<Result<ConsoleOutput<'startEvalRun'>>> {
    return this.options.evals?.startEvalRun(input) ?? fail('not_supported', 'This console cannot run evaluations.');
  }

  async getEvalRun(input: ConsoleInput<'getEvalRun'>): Promise<Result<ConsoleOutput<'getEvalRun'>>> {
    return this.options.evals?.getEvalRun(input) ?? fail('not_supported', 'This console cannot run evaluations.');
  }

  async cancelEvalRun(input: ConsoleInput<'cancelEvalRun'>): Promise<Result<ConsoleOutput<'cancelEvalRun'>>> {
    return this.options.evals?.cancelEvalRun(input) ?? fail('not_supported', 'This console cannot run evaluations.');
  }

  async promoteEvalRun(input: ConsoleInput<'promoteEvalRun'>): Promise<Result<ConsoleOutput<'promoteEvalRun'>>> {
    return this.options.evals?.promoteEvalRun(input) ?? fail('not_supported', 'This console cannot run evaluations.');
  }

  subscribe(listener: (event: ConsoleEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called by the runtime when sync changed the cache or the connection. */
  notifyTicketsChanged(): void {
    this.cacheChanges++;
    this.options.inbox?.invalidate();
    this.emit({ type: 'tickets_changed' });
    this.emit({ type: 'status_changed', status: this.status() });
  }

  notifyStatusChanged(): void {
    this.emit({ type: 'status_changed', status: this.status() });
  }

  private status(): ConsoleStatus {
    const sync = this.options.sync.current;
    return {
      online: sync.online,
      unsentChanges: this.options.outbox.countAgentChanges(),
      lastSyncAt: sync.lastSyncAt,
      lastError: sync.lastError,
      agentName: this.options.agentName,
      tenantName: this.options.tenantName,
      cacheRebuilt: this.options.cacheRebuilt ?? null,
      unsentConflicts: this.options.cache.countUnsent(),
      role: this.options.role?.() ?? null,
      cacheChanges: this.cacheChanges,
      ai: {
        waitingTickets: this.options.cache.countByStatus('new'),
        autopilot: this.options.autopilotStage?.() ?? null,
      },
      skippedFeedRecords: sync.skippedRecords,
    };
  }

  /** Every window of this console (not just the one that saved) reads the setup again: translation may have come or gone. */
  private setupChangedOnSuccess<T>(result: Result<T>): Result<T> {
    if (result.ok) this.emit({ type: 'setup_changed' });
    return result;
  }

  private emit(event: ConsoleEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // One broken listener must not stop the others.
      }
    }
  }
}
