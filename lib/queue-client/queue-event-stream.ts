import { UnauthorizedDetailsSchema } from '../../shared/api/identity-contract.js';
import { PRESENCE_EVENT, PresenceEntrySchema, type PresenceEntry } from '../../shared/api/presence-contract.js';
import { QUEUE_API_PREFIX, QueueEventSchema } from '../../shared/api/queue-contract.js';
import { WakeableLoop, type RoundOutcome } from '../wakeable-loop.js';
import { authorizationOf, credentialOf, signOutReasonOfBody, type QueueCredential } from './queue-credential.js';

/** The queue's last event on a stream whose credential stopped working (`{"reason":…}`); the stream ends after it. */
const SIGNED_OUT_EVENT = 'signed_out';

export interface QueueEventStreamOptions {
  baseUrl: string;
  /** A fixed API token, or a credential that changes (a session): while it has no secret the stream waits. */
  token: string | QueueCredential;
  /** Called with the queue's feed cursor whenever it moves (and once on connect). */
  onChange: (cursor: number) => void;
  onConnectionChange?: (connected: boolean) => void;
  /** Another person's presence on a ticket (issue 19): the live ones on connect, then every change. */
  onPresence?: (entry: PresenceEntry) => void;
  /** Headers sent with the stream's request (a console's PRESENCE_CONSOLE_HEADER). */
  headers?: Record<string, string>;
}

/**
 * Listens to the queue's server-sent events so the console pulls promptly instead of polling.
 * Reconnects with backoff; a lost stream is not an error, only a slower console.
 */
export class QueueEventStream {
  private controller: AbortController | null = null;
  /** Each round is one connection; whenever it ends, the next comes after the back-off. */
  private readonly connections = new WakeableLoop({
    round: () => this.connectAndRead(),
    backoff: { baseMs: 500, maxMs: 15_000 },
  });

  private readonly credential: QueueCredential;

  constructor(private readonly options: QueueEventStreamOptions) {
    this.credential = credentialOf(options.token);
  }

  start(): void {
    this.connections.start();
  }

  /** Closes the stream; resolves once its connection has ended. */
  async stop(): Promise<void> {
    const stopped = this.connections.stop();
    this.controller?.abort();
    await stopped;
  }

  /** Ends the connection and opens a new one now, with the credential's secret as it is now (a new sign-in). */
  reconnect(): void {
    this.controller?.abort();
    this.connections.resetBackoff();
    this.connections.wake();
  }

  private async connectAndRead(): Promise<RoundOutcome> {
    // Signed out: no stream until a sign-in reconnects it.
    if (this.credential.current() === null) return 'rest';
    this.controller = new AbortController();
    try {
      const response = await fetch(`${this.options.baseUrl.replace(/\/+$/, '')}${QUEUE_API_PREFIX}/events`, {
        headers: { ...this.options.headers, ...authorizationOf(this.credential), accept: 'text/event-stream' },
        signal: this.controller.signal,
      });
      if (response.status === 401) return await this.refused(response);
      if (!response.ok || !response.body) throw new Error(`event stream answered HTTP ${response.status}`);
      this.connections.resetBackoff();
      this.options.onConnectionChange?.(true);
      await this.read(response.body);
    } catch {
      // Falls through to reconnect.
    }
    this.options.onConnectionChange?.(false);
    return 'retry';
  }

  /** A 401 at connect: an expired access token is renewed once and the stream opened again; else the credential is told. */
  private async refused(response: Response): Promise<RoundOutcome> {
    const reason = signOutReasonOfBody(await response.json().catch(() => null));
    if (reason === 'access_expired') return (await this.credential.renew?.()) ? 'again' : 'retry';
    if (reason !== null) this.credential.refused?.(reason);
    return 'retry';
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let boundary = buffer.indexOf('\n\n');
      while (boundary >= 0) {
        this.handleEvent(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
        boundary = buffer.indexOf('\n\n');
      }
    }
  }

  private handleEvent(block: string): void {
    const lines = block.split('\n');
    const event = lines
      .find((line) => line.startsWith('event:'))
      ?.slice(6)
      .trim();
    const data = lines
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trim())
      .join('\n');
    if (!data) return;
    try {
      if (event === SIGNED_OUT_EVENT) {
        const signedOut = UnauthorizedDetailsSchema.safeParse(JSON.parse(data));
        if (signedOut.success) this.credential.refused?.(signedOut.data.reason);
        return;
      }
      if (event === PRESENCE_EVENT) {
        const presence = PresenceEntrySchema.safeParse(JSON.parse(data));
        if (presence.success) this.options.onPresence?.(presence.data);
        return;
      }
      const parsed = QueueEventSchema.safeParse(JSON.parse(data));
      if (parsed.success) this.options.onChange(parsed.data.cursor);
    } catch {
      // A malformed event is ignored; the next pull catches up anyway.
    }
  }
}
