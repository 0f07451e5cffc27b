import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** An open server-sent events stream: `send` writes one event; `onEnd` runs once when it closes, whoever closes it. */
export interface EventStream {
  send(event: string, data: unknown): void;
  onEnd(cleanup: () => void): void;
  /** Ends the stream from the queue's side (after a last event). */
  end(): void;
  readonly ended: boolean;
}

/**
 * The event streams of one route group: each is written to the socket by hand (the reply is hijacked), sends
 * `: ping` every `pingIntervalMs` so proxies keep an idle stream open, and is ended when the app closes.
 */
export class EventStreams {
  private readonly open = new Set<() => void>();

  constructor(
    app: FastifyInstance,
    private readonly pingIntervalMs: number,
  ) {
    app.addHook('preClose', async () => {
      for (const end of [...this.open]) end();
    });
  }

  /** Answers the request with a 200 event stream (`headers` added to the stream's own). */
  start(request: FastifyRequest, reply: FastifyReply, headers: Record<string, string> = {}): EventStream {
    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...headers,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const write = (chunk: string): void => {
      if (!raw.destroyed && !raw.writableEnded) raw.write(chunk);
    };
    const cleanups: (() => void)[] = [];
    const ping = setInterval(() => write(': ping\n\n'), this.pingIntervalMs);
    const stream = {
      ended: false,
      send: (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`),
      onEnd: (cleanup: () => void) => {
        if (stream.ended) cleanup();
        else cleanups.push(cleanup);
      },
      end: () => end(),
    };
    const end = (): void => {
      if (stream.ended) return;
      stream.ended = true;
      clearInterval(ping);
      for (const cleanup of cleanups.splice(0)) cleanup();
      this.open.delete(end);
      if (!raw.writableEnded) raw.end();
    };
    this.open.add(end);
    request.raw.on('close', end);
    raw.on('close', end);
    return stream;
  }
}
