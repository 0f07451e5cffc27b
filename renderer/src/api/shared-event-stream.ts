import { ConsoleEventSchema, type ConsoleEvent } from '../../../shared/api/console-contract.js';

/** Until a stream the host refused (or that could not be made) is tried again. */
const EVENTS_RETRY_MS = 3000;
/** EventSource.CLOSED (the global is not there outside a browser, where tests build the stream). */
const CLOSED = 2;

export type ConsoleEventListener = (event: ConsoleEvent) => void;

export interface SharedEventStreamOptions {
  url: string;
  /** Builds the EventSource (injectable for tests). */
  create: (url: string) => EventSource;
  retryMs?: number;
}

/**
 * The host's console events over ONE EventSource however many parts of the page listen: opened with the first
 * listener, closed after the last. A browser keeps at most six HTTP/1.1 connections to a host; a stream per listener
 * (six with the AI health screen open) took all of them, and every console call after that waited forever: the
 * screen kept the settings it first read. A listener joining an open stream is handed the last status at once, as
 * the host hands a new stream first.
 * Returns `subscribe`: adds a listener and gives back how to remove it.
 */
export function sharedEventStream(options: SharedEventStreamOptions): (listener: ConsoleEventListener) => () => void {
  const retryMs = options.retryMs ?? EVENTS_RETRY_MS;
  const listeners = new Set<ConsoleEventListener>();
  let source: EventSource | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let lastStatus: ConsoleEvent | null = null;

  const deliver = (event: ConsoleEvent): void => {
    if (event.type === 'status_changed') lastStatus = event;
    for (const listener of [...listeners]) {
      try {
        listener(event);
      } catch (error) {
        // One listener's failure must not keep the event from the others; it is still reported as uncaught.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };

  const open = (): void => {
    retry = null;
    try {
      source = options.create(options.url);
    } catch {
      retry = setTimeout(open, retryMs);
      return;
    }
    source.onmessage = (message: MessageEvent) => {
      let data: unknown;
      try {
        data = JSON.parse(String(message.data));
      } catch {
        return;
      }
      const parsed = ConsoleEventSchema.safeParse(data);
      if (parsed.success) deliver(parsed.data);
    };
    source.onerror = () => {
      // EventSource reconnects by itself unless the host refused the stream; then try again later.
      if (source && source.readyState === CLOSED) {
        source.close();
        source = null;
        retry = setTimeout(open, retryMs);
      }
    };
  };

  const close = (): void => {
    if (retry) clearTimeout(retry);
    retry = null;
    source?.close();
    source = null;
    lastStatus = null;
  };

  return (listener) => {
    listeners.add(listener);
    if (source === null && retry === null) open();
    else if (lastStatus) {
      const status = lastStatus;
      queueMicrotask(() => {
        if (listeners.has(listener)) listener(status);
      });
    }
    return () => {
      if (listeners.delete(listener) && listeners.size === 0) close();
    };
  };
}
