import { QUEUE_API_PREFIX, QueueEventSchema } from '../../shared/api/queue-contract.js';
import { WakeableLoop, type RoundOutcome } from '../wakeable-loop.js';

export interface QueueEventStreamOptions {
  baseUrl: string;
  token: string;
  /** Called with the queue's feed cursor whenever it moves (and once on connect). */
  onChange: (cursor: number) => void;
  onConnectionChange?: (connected: boolean) => void;
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

  constructor(private readonly options: QueueEventStreamOptions) {}

  start(): void {
    this.connections.start();
  }

  /** Closes the stream; resolves once its connection has ended. */
  async stop(): Promise<void> {
    const stopped = this.connections.stop();
    this.controller?.abort();
    await stopped;
  }

  private async connectAndRead(): Promise<RoundOutcome> {
    this.controller = new AbortController();
    try {
      const response = await fetch(`${this.options.baseUrl.replace(/\/+$/, '')}${QUEUE_API_PREFIX}/events`, {
        headers: { authorization: `Bearer ${this.options.token}`, accept: 'text/event-stream' },
        signal: this.controller.signal,
      });
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
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trim())
      .join('\n');
    if (!data) return;
    try {
      const parsed = QueueEventSchema.safeParse(JSON.parse(data));
      if (parsed.success) this.options.onChange(parsed.data.cursor);
    } catch {
      // A malformed event is ignored; the next pull catches up anyway.
    }
  }
}
