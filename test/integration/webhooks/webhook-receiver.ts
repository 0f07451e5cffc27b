import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../../shared/channels/request-signature.js';

/** One request the receiver got, and what it answered (null: it never answered). */
export interface ReceivedRequest {
  eventId: string;
  signature: string;
  timestamp: string;
  body: string;
  answered: number | null;
}

/** How the receiver answers the n-th request (0-based) of one event id: a status, or 'hang' (never answers). */
export type Answer = (attemptOfEvent: number) => number | 'hang';

/**
 * A webhook receiver on 127.0.0.1 for tests: records every request, answers each event's attempts as `answer` says.
 * A port can be taken before the receiver listens (`reserve`), so senders meet a refused connection first.
 */
export class WebhookReceiver {
  readonly received: ReceivedRequest[] = [];
  private server: Server | null = null;
  private readonly hanging = new Set<ServerResponse>();

  private constructor(
    readonly port: number,
    private readonly answer: Answer,
  ) {}

  /** A free port nobody listens on yet. */
  static async reserve(answer: Answer): Promise<WebhookReceiver> {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return new WebhookReceiver(port, answer);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async listen(): Promise<void> {
    const server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.server = server;
  }

  /** Requests of an event id answered 2xx. */
  acceptedCount(eventId: string): number {
    return this.received.filter((got) => got.eventId === eventId && got.answered !== null && got.answered < 300).length;
  }

  async close(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const eventId = String(request.headers[EVENT_ID_HEADER] ?? '');
    const answer = this.answer(this.received.filter((got) => got.eventId === eventId).length);
    const got: ReceivedRequest = {
      eventId,
      signature: String(request.headers[SIGNATURE_HEADER] ?? ''),
      timestamp: String(request.headers[TIMESTAMP_HEADER] ?? ''),
      body: Buffer.concat(chunks).toString('utf8'),
      answered: answer === 'hang' ? null : answer,
    };
    this.received.push(got);
    if (answer === 'hang') {
      this.hanging.add(response);
      return;
    }
    response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : `failure ${answer}`);
  }
}
