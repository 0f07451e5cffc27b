import http from 'node:http';
import type { FuzzRequest } from './request-generator.js';

export interface RawAnswer {
  /** null when no HTTP answer came (reset, timeout). */
  status: number | null;
  contentType: string;
  /** The start of the answer body (at most KEEP_BYTES); an event stream is cut after its headers. */
  text: string;
  error: string | null;
}

const KEEP_BYTES = 512 * 1024;

/**
 * Sends the request byte for byte (Node's http client, not fetch: fetch would normalise the path and refuse
 * some of what the fuzzer sends) and reads the answer. An event stream (and a HEAD answer) is closed once its
 * status is known.
 * Each request has a connection of its own (no agent): one the queue closes after a refused request must
 * not take the next request down with it.
 */
export function sendRaw(base: URL, request: FuzzRequest, timeoutMs: number): Promise<RawAnswer> {
  return new Promise((resolve) => {
    let settled = false;
    let outgoing: http.ClientRequest | null = null;
    const timer = setTimeout(() => {
      settle({ status: null, contentType: '', text: '', error: `no answer within ${timeoutMs} ms` });
      outgoing?.destroy();
    }, timeoutMs);
    const settle = (answer: RawAnswer): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
    };
    const headers = {
      ...request.headers,
      ...(request.body === null ? {} : { 'content-length': String(request.body.length) }),
    };
    try {
      outgoing = http.request({
        host: base.hostname,
        port: base.port,
        method: request.method,
        path: request.path,
        headers,
        agent: false,
      });
    } catch (error) {
      // Node refused to send it (a path or header it considers invalid): the generator's fault, reported as such.
      settle({
        status: null,
        contentType: '',
        text: '',
        error: `not sendable: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    outgoing.on('error', (error) => settle({ status: null, contentType: '', text: '', error: error.message }));
    outgoing.on('response', (response) => {
      const status = response.statusCode ?? null;
      const contentType = String(response.headers['content-type'] ?? '');
      // A HEAD answer is whole with its headers (bytes after them are not part of it); an event stream never ends.
      if (request.method === 'HEAD' || contentType.startsWith('text/event-stream')) {
        settle({ status, contentType, text: '', error: null });
        response.destroy();
        outgoing?.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let kept = 0;
      response.on('data', (chunk: Buffer) => {
        if (kept < KEEP_BYTES) chunks.push(chunk);
        kept += chunk.length;
      });
      response.on('end', () =>
        settle({ status, contentType, text: Buffer.concat(chunks).toString('utf8'), error: null }),
      );
      response.on('error', (error) =>
        settle({ status, contentType, text: Buffer.concat(chunks).toString('utf8'), error: error.message }),
      );
      response.on('close', () => {
        if (!response.complete)
          settle({
            status,
            contentType,
            text: Buffer.concat(chunks).toString('utf8'),
            error: 'the answer was cut off',
          });
      });
    });
    outgoing.end(request.body ?? undefined);
  });
}
