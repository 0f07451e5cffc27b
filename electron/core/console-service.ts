import type { ConsoleApi, ConsoleEvent, ConsoleMethods } from '../../shared/api/console-contract.js';
import { leadConsoleMethods } from '../../shared/api/lead-contract.js';
import type { TicketHistory } from '../../shared/api/ticket-history.js';
import { evalConsoleMethods } from '../../shared/evals/eval-console.js';
import type { Result } from '../../shared/result.js';
import { rulesConsoleMethods } from '../../shared/rules/rules-console.js';
import { settingsConsoleMethods } from '../../shared/settings/settings-console.js';
import type { EvalService } from '../../evals/eval-service.js';
import type { CachedTranslator } from './cached-translator.js';
import { cacheSettingsHandlers } from './console/cache-settings-handlers.js';
import { channelHandlers, type ChannelQueue } from './console/channel-handlers.js';
import { readConsoleStatus, type ConsoleStatusSources } from './console/console-status.js';
import { forwardTo, type ServiceOf } from './console/forward-to.js';
import { presenceConsoleMethods, type PresenceEntry } from '../../shared/api/presence-contract.js';
import { peopleConsoleMethods } from '../../shared/api/people-contract.js';
import { mergeConsoleMethods } from '../../shared/api/merge-contract.js';
import { customerHistoryConsoleMethods } from '../../shared/api/customer-history-console.js';
import { bulkConsoleMethods } from '../../shared/api/bulk-console.js';
import { handlerTable } from './console/handler-table.js';
import { historyHandlers } from './console/history-handlers.js';
import { inboxHandlers } from './console/inbox-handlers.js';
import { providerHandlers } from './console/provider-handlers.js';
import { setupHandlers } from './console/setup-handlers.js';
import { createTicketActions } from './console/ticket-actions.js';
import { ticketReadHandlers } from './console/ticket-read-handlers.js';
import { translationHandlers } from './console/translation-handlers.js';
import { webhookHandlers, type WebhookQueue } from './console/webhook-handlers.js';
import { routingConsoleMethods } from '../../shared/api/routing-console.js';
import { identityConsoleMethods } from '../../shared/api/identity-console.js';
import type { routingHandlers } from './routing/routing-handlers.js';
import type { LeadService } from './lead/lead-service.js';
import type { ProviderSettingsService } from './provider/provider-settings-service.js';
import type { RulesService } from './rules/rules-service.js';
import type { ConsoleMenus } from './settings/console-menus.js';
import type { ConsoleSettings } from './settings/console-settings.js';
import type { InboxQueries } from './store/inbox-queries.js';
import type { MetaStore } from './store/meta-store.js';
import type { OutboxAuthor } from './store/outbox.js';
import type { SyncEngine } from './sync/sync-engine.js';
import type { IdentityService } from './identity/identity-service.js';

export interface ConsoleServiceOptions extends ConsoleStatusSources {
  sync: SyncEngine;
  now?: () => Date;
  /** Where settings live (retention); without it settings are not kept. */
  meta?: MetaStore;
  /** The team lead's screens (dashboard, review sample, eval cases); they refuse unless the role is lead or admin. */
  lead: LeadService;
  /** The tenant's catch-all owner queue: where a reopened ticket with no queue of its own (AI-resolved) goes. */
  catchAllQueue?: () => string | undefined;
  /** Asks the queue for a ticket's audit trail; without it the history is not_supported. */
  fetchHistory?: (ticketId: string) => Promise<Result<TicketHistory>>;
  /** The windowed inbox; without it a window is not_supported. */
  inbox?: InboxQueries;
  /** The tenant's queues and macros as the settings hold them now, for the console's menus. */
  menus?: () => ConsoleMenus;
  /** Machine translation (the OpenAI provider) in front of the local cache; without it translation says not_configured. */
  translator?: CachedTranslator;
  /** The AI provider set in Settings (swaps the translator at once); when given it decides the translator, not `translator`. */
  provider?: ProviderSettingsService;
  /** The escalation rules editor (read, preview on the cache, save to the queue). */
  rules?: RulesService;
  /** The Evals screen: suites run in a child process, baselines promoted (leads only). */
  evals?: EvalService;
  /** The tenant's settings (admin screens, article search): the local copy, saves through the queue. */
  settings?: ConsoleSettings;
  /** The queue, for the email channel's methods (retry a delivery, attachments, the admin's mailboxes). */
  channelQueue?: ChannelQueue;
  /** The queue, for the widget, webhook and generic channel methods (secrets, delivery logs, its address). */
  webhookQueue?: WebhookQueue;
  /** The tenant of the console's token, null until known. */
  tenantId?: () => string | null;
  /** The routing policy's preview and the AI health screen's reads (routing/routing-handlers.ts). */
  routing?: ReturnType<typeof routingHandlers>;
  /** Sign-in, sign-out and the admin's users and API tokens (issue 18); without it they are not_supported. */
  identity?: IdentityService;
  /** Who writes the changes queued now (the outbox records it for the hold rule). */
  author?: () => OutboxAuthor | null;
  /** Issue 19, collaboration; each feature's service answers its group's methods (without one: not_supported). */
  presence?: ServiceOf<keyof typeof presenceConsoleMethods>;
  people?: ServiceOf<keyof typeof peopleConsoleMethods>;
  merge?: ServiceOf<keyof typeof mergeConsoleMethods>;
  customerHistory?: ServiceOf<keyof typeof customerHistoryConsoleMethods>;
  bulk?: ServiceOf<keyof typeof bulkConsoleMethods>;
}

/** The console's API for the renderer, and what the runtime tells it. */
export type ConsoleService = Omit<ConsoleApi, 'onMenuCommand'> & {
  /** Called by the runtime when sync changed the cache or the connection. */
  notifyTicketsChanged(): void;
  notifyStatusChanged(): void;
  /** Signed in or out, or the person changed: the windows read the session, the lists and the status again. */
  notifySessionChanged(): void;
  /** The tenant's settings changed: the views read them, the menus and the status again. */
  notifySettingsChanged(): void;
  /** Ends an evaluation still running (the console is closing). */
  stopEvals(): void;
  /** Another person's presence on a ticket changed (issue 19; the presence service calls it). */
  notifyPresenceChanged(entry: PresenceEntry): void;
  /** A note mentioning this console's person arrived (issue 19; sync calls it once per note). */
  notifyMentioned(mention: Omit<Extract<ConsoleEvent, { type: 'mentioned' }>, 'type'>): void;
};

/**
 * The console's API for the renderer: reads come from the local cache, actions go to the outbox and
 * show at once, then sync pushes them. Works the same with the queue up or down. Each feature group
 * handles its methods (electron/core/console/); the table proves every contract method is handled once.
 */
export function createConsoleService(options: ConsoleServiceOptions): ConsoleService {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<(event: ConsoleEvent) => void>();
  /** Bumped with every tickets_changed event (reported in the status). */
  let cacheChanges = 0;

  const emit = (event: ConsoleEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event);
      } catch {
        // One broken listener must not stop the others.
      }
    }
  };
  const status = () => readConsoleStatus(options, cacheChanges);
  const notifyStatusChanged = (): void => emit({ type: 'status_changed', status: status() });
  const notifyTicketsChanged = (): void => {
    cacheChanges++;
    options.inbox?.invalidate();
    emit({ type: 'tickets_changed' });
    notifyStatusChanged();
  };
  /** The translator in use now: the provider's (it changes when Settings are saved), else the fixed one. */
  const translator = () => (options.provider ? options.provider.translator() : options.translator);
  const { cache } = options;

  const methods: ConsoleMethods = handlerTable({
    setup: setupHandlers({ ...options, status, translator }),
    tickets: ticketReadHandlers({ cache, ticketsChanged: notifyTicketsChanged }),
    inbox: inboxHandlers(options.inbox, now),
    ticketActions: createTicketActions({ ...options, now, ticketsChanged: notifyTicketsChanged }),
    history: historyHandlers(options.fetchHistory, now),
    cacheSettings: cacheSettingsHandlers({ ...options, ticketsChanged: notifyTicketsChanged }),
    translation: translationHandlers(cache, translator),
    provider: providerHandlers(options.provider, () => emit({ type: 'setup_changed' })),
    lead: forwardTo(leadConsoleMethods, options.lead, 'This console has no lead screens.'),
    rules: forwardTo(rulesConsoleMethods, options.rules, 'This console has no rules editor.'),
    evals: forwardTo(evalConsoleMethods, options.evals, 'This console cannot run evaluations.'),
    settings: forwardTo(settingsConsoleMethods, options.settings, 'This console keeps no tenant settings.'),
    channels: channelHandlers({ queue: options.channelQueue, cache, ticketsChanged: notifyTicketsChanged }),
    webhooks: webhookHandlers({ queue: options.webhookQueue, tenantId: options.tenantId ?? (() => null) }),
    routing: forwardTo(routingConsoleMethods, options.routing, 'This console has no routing policy editor.'),
    identity: forwardTo(identityConsoleMethods, options.identity, 'This console has no sign-in.'),
    presence: forwardTo(presenceConsoleMethods, options.presence, 'This console shares no presence.'),
    people: forwardTo(peopleConsoleMethods, options.people, 'This console keeps no list of people.'),
    merge: forwardTo(mergeConsoleMethods, options.merge, 'This console cannot merge tickets.'),
    customerHistory: forwardTo(
      customerHistoryConsoleMethods,
      options.customerHistory,
      "This console keeps no customers' history.",
    ),
    bulk: forwardTo(bulkConsoleMethods, options.bulk, 'This console has no bulk actions.'),
  });

  return {
    ...methods,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notifyTicketsChanged,
    notifyStatusChanged,
    notifySessionChanged() {
      emit({ type: 'session_changed' });
      emit({ type: 'setup_changed' });
      notifyTicketsChanged();
    },
    notifySettingsChanged() {
      emit({ type: 'settings_changed' });
      emit({ type: 'setup_changed' });
      notifyStatusChanged();
    },
    stopEvals: () => options.evals?.stop(),
    notifyPresenceChanged: (entry) => emit({ type: 'presence_changed', entry }),
    notifyMentioned: (mention) => emit({ type: 'mentioned', ...mention }),
  };
}
