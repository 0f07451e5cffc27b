import type { FastifyInstance } from 'fastify';
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
  const openStreams = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(WIDGET_ENDPOINTS.widgetEvents.path, { exposeHeadRoute: false }, async (request, reply) => {
    const visit = await options.gate.bySession(request, reply);
    const { tenantId, customerId } = visit.visitor;
    const origin = request.headers.origin as string;
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...corsHeaders(origin),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const write = (chunk: string): void => {
      if (!raw.destroyed && !raw.writableEnded) raw.write(chunk);
    };
    const sendCursor = (cursor: number): void => write(`event: conversation\ndata: ${JSON.stringify({ cursor })}\n\n`);
    let unsubscribe = (): void => undefined;
    const ping = setInterval(() => write(': ping\n\n'), options.pingIntervalMs);
    let ended = false;
    const end = (): void => {
      ended = true;
      clearInterval(ping);
      unsubscribe();
      openStreams.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    openStreams.add(end);
    request.raw.on('close', end);
    raw.on('close', end);

    const stop = await options.notifier.subscribe(tenantId, customerId, sendCursor);
    if (ended) stop();
    else unsubscribe = stop;
    const { ticket } = await deps.store.chat.chatConversation(visit.visitor);
    sendCursor(ticket?.seq ?? 0);
  });
}
