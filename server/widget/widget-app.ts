import type { FastifyInstance } from 'fastify';
import { WIDGET_SCRIPT_FILE } from '../../lib/paths.js';
import type { RouteDeps } from '../routes/route-deps.js';
import type { QueueSecrets } from '../secrets/queue-secrets.js';
import { HttpError } from '../http-errors.js';
import { requireSecretKey } from '../routes/secrets.js';
import { SecretRefused } from '../secrets/secret-box.js';
import { openSigningSecret } from '../secrets/signing-secrets.js';
import { ChatChangeNotifier } from './chat-notifier.js';
import { registerWidgetEventRoute } from './widget-events.js';
import { WidgetGate } from './widget-gate.js';
import { IdentityCheck } from './widget-identity.js';
import { DEFAULT_WIDGET_RATE_LIMITS, WidgetLimiter, type WidgetRateLimits } from './widget-limits.js';
import { registerWidgetRoutes } from './widget-routes.js';
import { registerWidgetScriptRoute } from './widget-script.js';

export interface WidgetAppOptions {
  secrets: QueueSecrets;
  pingIntervalMs: number;
  /** DEFAULT_WIDGET_RATE_LIMITS for any not given (a load test on loopback raises sessionsPerAddress). */
  rateLimits?: Partial<WidgetRateLimits>;
  /** The built script (WIDGET_SCRIPT_FILE unless a test serves another). */
  scriptFile?: string;
}

/** The queue's side of the chat widget: its script, its JSON endpoints and its event stream. */
export function registerWidget(app: FastifyInstance, deps: RouteDeps, options: WidgetAppOptions): void {
  const limiter = new WidgetLimiter({ ...DEFAULT_WIDGET_RATE_LIMITS, ...options.rateLimits });
  const gate = new WidgetGate(deps.store, limiter, deps.now);
  const identity = new IdentityCheck(async (widget) => {
    requireSecretKey(options.secrets);
    try {
      return await openSigningSecret(deps.store, options.secrets, {
        tenantId: widget.tenantId,
        kind: 'widget',
        id: widget.widgetId,
      });
    } catch (error) {
      if (!(error instanceof SecretRefused)) throw error;
      throw new HttpError(
        503,
        'identity_secret_unreadable',
        "The widget's identity secret does not open with this queue's secret key: an admin makes a new one.",
      );
    }
  });
  const notifier = new ChatChangeNotifier(deps.events, deps.store, (error) =>
    app.log.error({ err: error }, 'chat change notification failed'),
  );
  registerWidgetScriptRoute(app, options.scriptFile ?? WIDGET_SCRIPT_FILE);
  registerWidgetRoutes(app, deps, { gate, limiter, identity });
  registerWidgetEventRoute(app, deps, { gate, notifier, pingIntervalMs: options.pingIntervalMs });
}
