import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { ChangeBroadcaster } from './events.js';
import { answerClientErrorWithErrorBody, installErrorHandling, MAX_PATH_PARAMETER_LENGTH } from './http-errors.js';
import { parseJsonBody } from './json-body.js';
import { DEFAULT_REQUEST_TIMEOUT_MS, requestTimeoutOptions } from './http-timeouts.js';
import { QueueMetrics } from './metrics.js';
import { installBodylessMethodGuard } from './bodyless-methods.js';
import { DEFAULT_RATE_LIMITS, installRateLimits, type RateLimits } from './rate-limit.js';
import type { EmailChannelControl } from '../channels/email/email-control.js';
import { registerAiHealthRoutes } from './routes/ai-health.js';
import { registerAuthRoutes } from './routes/auth.js';
import { OidcClients } from './auth/sign-in/oidc-clients.js';
import { DEFAULT_SIGN_IN_LIMITS, SignInGuard, type SignInLimits } from './auth/sign-in/sign-in-limits.js';
import { registerChannelRoutes } from './routes/channels.js';
import { registerChangesRoutes } from './routes/changes.js';
import { ChannelSecrets } from './secrets/channel-secrets.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerEventRoutes } from './routes/events.js';
import { registerHistoryRoutes } from './routes/history.js';
import { registerMergeRoutes } from './routes/merges.js';
import { registerMutationRoutes } from './routes/mutations.js';
import { registerOperationsRoutes } from './routes/operations.js';
import { PresenceHub } from './presence/presence-hub.js';
import { registerPresenceRoutes } from './routes/presence.js';
import type { RouteDeps } from './routes/route-deps.js';
import { registerRuleRoutes } from './routes/rules.js';
import { registerInboundRoutes } from './routes/inbound.js';
import { registerSecretRoutes } from './routes/secrets.js';
import { registerWebhookRoutes, type DeliveryWake } from './routes/webhooks.js';
import { registerSettingRoutes } from './routes/settings.js';
import { registerStatsRoutes } from './routes/stats.js';
import { registerWhoAmIRoute } from './routes/whoami.js';
import { registerUserRoutes } from './routes/users.js';
import { registerPeopleRoutes } from './routes/people.js';
import { registerApiTokenRoutes } from './routes/api-tokens.js';
import { registerTicketRoutes } from './routes/tickets.js';
import type { QueueStore } from './storage/queue-store.js';
import { answerFrameworkError, installUrlGuard } from './url-guard.js';
import { registerWidget } from './widget/widget-app.js';
import type { WidgetRateLimits } from './widget/widget-limits.js';

export const MAX_BODY_BYTES = 1024 * 1024;
/** The longest lease a claim may hold unless the queue is started with another cap. */
export const DEFAULT_MAX_LEASE_MS = 600_000;

export interface QueueAppOptions {
  store: QueueStore;
  logger?: FastifyServerOptions['logger'];
  /** The queue's clock (leases, timestamps); tests pass their own. */
  now?: () => Date;
  /** How often the event stream sends `: ping`; 15 s unless a test needs it sooner. */
  pingIntervalMs?: number;
  /**
   * Fan-out of feed changes to event streams; pass one to watch it (tests) or to share it with the other queue
   * processes on PostgreSQL (change-sharing.ts), else the app makes its own (this process only).
   */
  events?: ChangeBroadcaster;
  /** Claims and renewals asking for a longer lease get this one (operators keep crashed workers' tickets from waiting long). */
  maxLeaseMs?: number;
  /** Requests a minute per token, tenant and address (DEFAULT_RATE_LIMITS for any not given; 0 turns one off). */
  rateLimits?: Partial<RateLimits>;
  /** A request's headers and body must arrive within this (DEFAULT_REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  /** The bearer token `GET /metrics` needs; without one the queue serves no metrics. */
  metricsToken?: string | null;
  /** Seals channel passwords (server/secrets); else the key named by SWITCHBOARD_SECRET_KEY_FILE or _KEY, if any. */
  secrets?: ChannelSecrets;
  /** The email channels this process runs (their health and test), when it runs any. */
  emailChannels?: EmailChannelControl;
  /** The webhook delivery worker this process runs (server/webhooks), woken when a change may have written deliveries. */
  webhookDeliveries?: DeliveryWake;
  /** The chat widget's rate limits a minute (DEFAULT_WIDGET_RATE_LIMITS for any not given; 0 turns one off). */
  widgetRateLimits?: Partial<WidgetRateLimits>;
  /** The widget script served at /widget.js (WIDGET_SCRIPT_FILE, built by `npm run build:widget`). */
  widgetScriptFile?: string;
  /** Sign-in tries per address and failed passwords per account (DEFAULT_SIGN_IN_LIMITS for any not given). */
  signInLimits?: Partial<SignInLimits>;
  /** Presence (issue 19): pass one to share it with the other queue processes (change-sharing.ts), else the app makes its own. */
  presence?: PresenceHub;
}

/** The central queue's HTTP app. The caller owns the store and closes it after the app. */
export function buildQueueApp(options: QueueAppOptions): FastifyInstance {
  const app: FastifyInstance = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    // No log line per request (the event stream and the consoles' polls would drown the log).
    logController: new LogController({ disableRequestLogging: true }),
    clientErrorHandler: answerClientErrorWithErrorBody,
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    frameworkErrors: answerFrameworkError,
    ...requestTimeoutOptions(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
  });
  const events = options.events ?? new ChangeBroadcaster();
  const metrics = new QueueMetrics(options.store);
  const now = options.now ?? (() => new Date());
  const presence = options.presence ?? new PresenceHub({ now });
  app.addHook('onClose', async () => presence.close());
  const deps: RouteDeps = {
    store: options.store,
    events,
    metrics,
    now,
    maxLeaseMs: options.maxLeaseMs ?? DEFAULT_MAX_LEASE_MS,
    notifyChange: async (tenantId) => {
      // A change that moved the feed may have written webhook deliveries (webhook-event-script.ts): send them now.
      options.webhookDeliveries?.wake();
      await events.announce(tenantId, () => options.store.currentCursor(tenantId));
    },
    presence,
  };

  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body: Buffer, done) => {
    try {
      done(null, parseJsonBody(body));
    } catch (error) {
      done(error instanceof Error ? error : new Error(String(error)), undefined);
    }
  });

  installErrorHandling(app);
  installRateLimits(app, { ...DEFAULT_RATE_LIMITS, ...options.rateLimits });
  installUrlGuard(app);
  installBodylessMethodGuard(app);
  registerOperationsRoutes(app, options.store, metrics, options.metricsToken ?? null);
  registerTicketRoutes(app, deps);
  registerHistoryRoutes(app, deps);
  registerMergeRoutes(app, deps);
  registerChangesRoutes(app, deps);
  registerMutationRoutes(app, deps);
  registerClaimRoutes(app, deps);
  registerStatsRoutes(app, deps);
  registerWhoAmIRoute(app, deps);
  registerUserRoutes(app, deps);
  registerPeopleRoutes(app, deps);
  registerApiTokenRoutes(app, deps);
  registerRuleRoutes(app, deps);
  registerSettingRoutes(app, deps);
  const secrets = options.secrets ?? ChannelSecrets.load({ env: process.env, sqliteFile: null, log: () => undefined });
  registerChannelRoutes(app, deps, { secrets, emailChannels: options.emailChannels ?? null });
  registerSecretRoutes(app, deps, secrets);
  registerWebhookRoutes(app, deps, options.webhookDeliveries ?? null);
  registerAiHealthRoutes(app, deps);
  registerAuthRoutes(app, {
    store: options.store,
    now: deps.now,
    guard: new SignInGuard({ ...DEFAULT_SIGN_IN_LIMITS, ...options.signInLimits }, deps.now),
    secrets,
    oidc: new OidcClients(() => deps.now().getTime()),
  });
  registerInboundRoutes(app, deps, secrets);
  const pingIntervalMs = options.pingIntervalMs ?? 15_000;
  registerEventRoutes(app, deps, { pingIntervalMs });
  registerPresenceRoutes(app, deps);
  registerWidget(app, deps, {
    secrets,
    pingIntervalMs,
    ...(options.widgetRateLimits ? { rateLimits: options.widgetRateLimits } : {}),
    ...(options.widgetScriptFile ? { scriptFile: options.widgetScriptFile } : {}),
  });
  return app;
}
