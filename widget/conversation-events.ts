import { retryDelay } from './retry-delay.js';
import { SseParser } from './sse-parser.js';

export interface ConversationEventsHandlers {
  /** The stream is open (again): re-read the conversation, something may have changed meanwhile. */
  connected(): void;
  /** The stream dropped; it reconnects by itself. */
  disconnected(): void;
  /** The conversation moved to `cursor`. */
  changed(cursor: number): void;
  /** The queue no longer knows the session (401): the stream stops. */
  unauthorized(): void;
}

/** No byte for this long (the queue pings well within it) means a dead connection. */
const SILENCE_LIMIT_MS = 75_000;

/**
 * The queue's events for one session, read with fetch so the token goes in a header (EventSource cannot): `event:
 * conversation` with `{"cursor":N}`. A connection that ends, fails or stays silent is opened again after a back-off.
 */
export class ConversationEvents {
  private stopped = false;
  private connection: AbortController | null = null;
  private wait: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly open: (signal: AbortSignal) => Promise<Response>,
    private readonly handlers: ConversationEventsHandlers,
  ) {}

  start(): void {
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.connection?.abort();
    if (this.wait) clearTimeout(this.wait);
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      const outcome = await this.readOnce();
      if (outcome === 'unauthorized') {
        this.handlers.unauthorized();
        return;
      }
      if (this.stopped) return;
      failures = outcome === 'was_open' ? 1 : failures + 1;
      this.handlers.disconnected();
      await new Promise<void>((resolve) => {
        this.wait = setTimeout(resolve, retryDelay(failures));
      });
    }
  }

  /** One connection, read until it ends. */
  private async readOnce(): Promise<'was_open' | 'failed' | 'unauthorized'> {
    const connection = new AbortController();
    this.connection = connection;
    let silence: ReturnType<typeof setTimeout> | undefined;
    const heard = () => {
      clearTimeout(silence);
      silence = setTimeout(() => connection.abort(), SILENCE_LIMIT_MS);
    };
    let opened = false;
    try {
      heard();
      const response = await this.open(connection.signal);
      if (response.status === 401) return 'unauthorized';
      if (!response.ok || !response.body) return 'failed';
      opened = true;
      this.handlers.connected();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = new SseParser();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        heard();
        for (const event of parser.push(value)) if (event.event === 'conversation') this.changed(event.data);
      }
    } catch {
      // A dropped or aborted connection: reconnected by run().
    } finally {
      clearTimeout(silence);
      connection.abort();
    }
    return opened ? 'was_open' : 'failed';
  }

  private changed(data: string): void {
    try {
      const cursor: unknown = (JSON.parse(data) as { cursor?: unknown }).cursor;
      if (typeof cursor === 'number') this.handlers.changed(cursor);
    } catch {
      // Not JSON: not an event this widget knows.
    }
  }
}
