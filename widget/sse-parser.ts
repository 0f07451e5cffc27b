/** One server-sent event: its type (`message` when the server named none) and its data lines joined by `\n`. */
export interface ServerSentEvent {
  readonly event: string;
  readonly data: string;
}

/**
 * Reads a text/event-stream as it arrives, in chunks cut anywhere (the WHATWG rules the widget needs): lines end
 * in CRLF, LF or CR; `:` starts a comment (the queue's pings); `event:` and `data:` fields, one space after the
 * colon dropped; a blank line dispatches the event, an event without data is dropped. `id` and `retry` are
 * ignored: the widget re-reads the whole conversation after every reconnect.
 */
export class SseParser {
  private pending = '';
  private event = '';
  private data: string[] = [];

  /** The last chunk ended in CR: an LF starting the next one is the rest of that CRLF. */
  private afterCr = false;

  /** The events completed by this chunk, in order. */
  push(chunk: string): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    this.pending += this.afterCr && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    this.afterCr = false;
    for (;;) {
      const end = this.pending.search(/\r\n|\r|\n/);
      if (end < 0) break;
      const crlf = this.pending.startsWith('\r\n', end);
      this.afterCr = !crlf && end === this.pending.length - 1 && this.pending.endsWith('\r');
      const line = this.pending.slice(0, end);
      this.pending = this.pending.slice(end + (crlf ? 2 : 1));
      const completed = this.readLine(line);
      if (completed) events.push(completed);
    }
    return events;
  }

  private readLine(line: string): ServerSentEvent | null {
    if (line === '') {
      const completed = this.data.length > 0 ? { event: this.event || 'message', data: this.data.join('\n') } : null;
      this.event = '';
      this.data = [];
      return completed;
    }
    if (line.startsWith(':')) return null;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + (line[colon + 1] === ' ' ? 2 : 1));
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    return null;
  }
}
