import { QueueEventSchema } from '../../shared/api/queue-contract.js';

/** One server-sent event: its name and its data parsed as JSON. */
export interface SseEvent {
  event: string;
  data: unknown;
}

/** Reads a server-sent event stream frame by frame. */
export class SseReader {
  private buffer = '';
  private readonly decoder = new TextDecoder();
  constructor(private readonly reader: ReadableStreamDefaultReader<Uint8Array>) {}

  /** The next frame (a `: ping` comment too); throws when none comes within `timeoutMs` or the stream ends. */
  async next(timeoutMs = 3_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const frame = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        return frame;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('no event in time');
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no event in time')), remaining);
      });
      const chunk = await Promise.race([this.reader.read(), timeout]).finally(() => clearTimeout(timer));
      if (chunk.done) throw new Error('stream ended');
      this.buffer += this.decoder.decode(chunk.value, { stream: true });
    }
  }

  /** The next event, comments skipped. */
  async nextEvent(timeoutMs = 3_000): Promise<SseEvent> {
    for (;;) {
      const frame = await this.next(timeoutMs);
      if (frame.startsWith(':')) continue;
      const lines = frame.split('\n');
      const event = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
      const data = lines.find((line) => line.startsWith('data: '))?.slice('data: '.length) ?? 'null';
      return { event, data: JSON.parse(data) };
    }
  }

  /** The cursor of the next event, which must be a `change`. */
  async nextChange(): Promise<number> {
    const { event, data } = await this.nextEvent();
    if (event !== 'change') throw new Error(`expected a change event, got ${event}`);
    return QueueEventSchema.parse(data).cursor;
  }

  /** Whether the stream ends (the server closed it) within `timeoutMs`, reading what is left. */
  async ends(timeoutMs = 3_000): Promise<boolean> {
    try {
      for (;;) await this.next(timeoutMs);
    } catch (error) {
      return error instanceof Error && error.message === 'stream ended';
    }
  }
}
