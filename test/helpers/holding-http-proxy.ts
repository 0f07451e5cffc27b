import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the proxy let through to the queue whose answer it keeps back until `release`. */
export interface HeldAnswer {
  /** Resolves once the request reached the queue and its answer is being kept back. */
  reached: Promise<void>;
  release(): void;
}

/**
 * An HTTP proxy on 127.0.0.1 in front of a queue that can keep an answer back, so a test can put a change exactly
 * between a console's request and its answer; event streams pass through as they come, their events counted once written.
 */
export interface HoldingHttpProxy {
  url: string;
  /** Keeps back the answer to the next request with this method whose path (without its query) is `path`. */
  holdNext(method: string, path: string): HeldAnswer;
  /** Resolves once `count` events of event streams (text/event-stream; pings not counted) reached the client in all. */
  streamedEvents(count: number): Promise<void>;
  close(): Promise<void>;
}

interface Hold {
  method: string;
  path: string;
  reached: () => void;
  released: Promise<void>;
}

export async function startHoldingHttpProxy(targetUrl: string): Promise<HoldingHttpProxy> {
  const target = new URL(targetUrl);
  const holds: Hold[] = [];
  let events = 0;
  const eventWaiters = new Set<() => void>();

  const passStream = (upstream: IncomingMessage, response: ServerResponse): void => {
    upstream.on('data', (chunk: Buffer) => {
      const written = chunk.toString('utf8').split('\ndata:').length - 1;
      response.write(chunk, () => {
        events += written;
        for (const waiter of eventWaiters) waiter();
      });
    });
    upstream.on('end', () => response.end());
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', target).pathname;
    const index = holds.findIndex((hold) => hold.method === request.method && hold.path === path);
    const hold = index >= 0 ? holds.splice(index, 1)[0] : undefined;
    const upstreamRequest = forward(
      {
        host: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (upstream) => {
        response.writeHead(upstream.statusCode ?? 502, upstream.headers);
        if (String(upstream.headers['content-type']).startsWith('text/event-stream')) {
          passStream(upstream, response);
          return;
        }
        if (!hold) {
          upstream.pipe(response);
          return;
        }
        const body: Buffer[] = [];
        upstream.on('data', (chunk: Buffer) => body.push(chunk));
        upstream.on('end', () => {
          hold.reached();
          void hold.released.then(() => response.end(Buffer.concat(body)));
        });
      },
    );
    upstreamRequest.on('error', () => response.destroy());
    response.on('close', () => upstreamRequest.destroy());
    request.pipe(upstreamRequest);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    holdNext(method, path) {
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let reached = (): void => undefined;
      const reachedPromise = new Promise<void>((resolve) => (reached = resolve));
      holds.push({ method, path, reached, released });
      return { reached: reachedPromise, release };
    },
    streamedEvents(count) {
      return new Promise((resolve) => {
        const check = (): void => {
          if (events < count) return;
          eventWaiters.delete(check);
          resolve();
        };
        eventWaiters.add(check);
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
