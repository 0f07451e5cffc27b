import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One answer of a page server: its type, body and headers (a page's Content-Security-Policy). */
export interface ServedFile {
  contentType: string;
  body: string;
  headers?: Readonly<Record<string, string>>;
}

export interface PageServer {
  /** `http://127.0.0.1:PORT`, as a browser sends it in `Origin`. */
  origin: string;
  close(): Promise<void>;
}

/** Answered with every file: no sniffing, no caching (a page names a queue that may move between runs). */
const FILE_HEADERS = { 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

/**
 * A small HTTP server on 127.0.0.1 for a few fixed pages (a website that shows the chat widget): `fileAt` answers
 * a GET path with its file, or null for 404; any other method is 405. Port 0 picks a free one.
 */
export async function startPageServer(port: number, fileAt: (path: string) => ServedFile | null): Promise<PageServer> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...FILE_HEADERS, allow: 'GET, HEAD', 'content-type': 'text/plain' }).end();
      return;
    }
    const file = fileAt(new URL(request.url ?? '/', 'http://page').pathname);
    if (!file) {
      response.writeHead(404, { ...FILE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { ...FILE_HEADERS, ...file.headers, 'content-type': file.contentType });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
