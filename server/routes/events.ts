import type { FastifyInstance } from 'fastify';
import { SIGNED_OUT_EVENT } from '../../shared/api/identity-contract.js';
import { PRESENCE_EVENT, type PresenceEntry } from '../../shared/api/presence-contract.js';
import { ENDPOINTS } from '../api-spec.js';
import { callerOf, guard, type Caller } from '../auth/authenticate.js';
import { consoleIdOf } from '../presence/console-header.js';
import { CredentialWatch } from './credential-watch.js';
import { EventStreams, type EventStream } from './event-stream.js';
import type { RouteDeps } from './route-deps.js';

export interface EventStreamOptions {
  pingIntervalMs: number;
  /** How often the open streams' credentials are checked (STREAM_CREDENTIAL_CHECK_MS unless a test needs another). */
  credentialCheckMs?: number;
}

/**
 * `GET /v1/events`: server-sent events. Sends the tenant's current cursor on connect and again
 * whenever its feed moves; a `: ping` comment keeps proxies from closing an idle stream. People's streams (not an
 * autopilot's) are told the tenant's live presences on connect and every presence change after (`presence` events);
 * when a stream opened with a console id (PRESENCE_CONSOLE_HEADER) closes, that console's presences end. A stream whose credential
 * stops working (revoked, its user disabled, its session ended: CredentialWatch) gets a last `signed_out` event with
 * the reason and ends.
 */
export function registerEventRoutes(app: FastifyInstance, deps: RouteDeps, options: EventStreamOptions): void {
  const streams = new EventStreams(app, options.pingIntervalMs);
  const credentials = new CredentialWatch(deps.store, deps.now, options.credentialCheckMs);
  app.addHook('onClose', async () => credentials.stop());

  // No automatic HEAD route: the stream is written to the socket by hand, and a HEAD answer would never end.
  app.get(
    ENDPOINTS.events.path,
    { exposeHeadRoute: false, ...guard(deps.store, ENDPOINTS.events) },
    async (request, reply) => {
      const caller = callerOf(request);
      const { tenantId, credential } = caller;
      const consoleId = consoleIdOf(request);
      const stream = streams.start(request, reply);
      stream.onEnd(
        credentials.watch(credential, (reason) => {
          stream.send(SIGNED_OUT_EVENT, { reason });
          stream.end();
        }),
      );
      const sendCursor = (cursor: number): void => stream.send('change', { cursor });
      stream.onEnd(deps.events.subscribe(tenantId, sendCursor));
      if (ENDPOINTS.presence.roles.includes(caller.role)) followPresence(deps, caller, consoleId, stream);
      sendCursor(await deps.store.currentCursor(tenantId));
    },
  );
}

/** The tenant's live presences now and every change after; the console's own presences end with its stream. */
function followPresence(deps: RouteDeps, caller: Caller, consoleId: string | null, stream: EventStream): void {
  const { tenantId, principal } = caller;
  const sendPresence = (entry: PresenceEntry): void => stream.send(PRESENCE_EVENT, entry);
  stream.onEnd(deps.presence.subscribe(tenantId, sendPresence));
  if (consoleId !== null) stream.onEnd(() => deps.presence.consoleClosed(tenantId, principal, consoleId));
  for (const entry of deps.presence.live(tenantId)) sendPresence(entry);
}
