import type { FastifyInstance } from 'fastify';
import { EventStreams } from '../routes/event-stream.js';
import type { RouteDeps } from '../routes/route-deps.js';
import type { ChatChangeNotifier } from './chat-notifier.js';
import { corsHeaders } from './widget-cors.js';
import { WIDGET_ENDPOINTS } from './widget-endpoints.js';
import type { WidgetGate } from './widget-gate.js';

/**
 * `GET /v1/widget/events`: server-sent events for one visitor: `event: conversation` with the conversation's cursor
 * on connect and whenever one of the visitor's chat tickets changes (ChatChangeNotifier); `: ping` keeps it open.
 */
export function registerWidgetEventRoute(
  app: FastifyInstance,
  deps: RouteDeps,
  options: { gate: WidgetGate; notifier: ChatChangeNotifier; pingIntervalMs: number },
): void {
  const streams = new EventStreams(app, options.pingIntervalMs);

  // No automatic HEAD route: the stream is written to the socket by hand, and a HEAD answer would never end.
  app.get(WIDGET_ENDPOINTS.widgetEvents.path, { exposeHeadRoute: false }, async (request, reply) => {
    const visit = await options.gate.bySession(request, reply);
    const { tenantId, customerId } = visit.visitor;
    // The gate admitted the page's origin.
    const stream = streams.start(request, reply, corsHeaders(request.headers.origin as string));
    const sendCursor = (cursor: number): void => stream.send('conversation', { cursor });
    stream.onEnd(await options.notifier.subscribe(tenantId, customerId, sendCursor));
    const { ticket } = await deps.store.chat.chatConversation(visit.visitor);
    sendCursor(ticket?.seq ?? 0);
  });
}
