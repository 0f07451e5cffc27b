import {
  PRESENCE_CONSOLE_HEADER,
  PRESENCE_EVENT,
  PresenceEntrySchema,
  type PresenceEntry,
  type PresenceUpdate,
} from '../../shared/api/presence-contract.js';
import { SseReader } from './sse-reader.js';

/** A console's event stream as a test reads it: its presence events, and a way to close it. */
export interface PresenceStream {
  /** The next `presence` event (change events skipped); throws when none comes in time. */
  next(timeoutMs?: number): Promise<PresenceEntry>;
  close(): void;
}

/** Opens `/v1/events` on the queue at `url` as `token`, naming the console `consoleId` when given. */
export async function openPresenceStream(url: string, token: string, consoleId?: string): Promise<PresenceStream> {
  const abort = new AbortController();
  const response = await fetch(`${url}/v1/events`, {
    headers: { authorization: `Bearer ${token}`, ...(consoleId ? { [PRESENCE_CONSOLE_HEADER]: consoleId } : {}) },
    signal: abort.signal,
  });
  if (response.status !== 200 || !response.body) throw new Error(`the event stream answered ${response.status}`);
  const sse = new SseReader(response.body.getReader());
  // The live presences come first on connect, then the cursor: once it is read, the stream follows the tenant.
  const onConnect: PresenceEntry[] = [];
  for (let first = await sse.nextEvent(); first.event !== 'change'; first = await sse.nextEvent()) {
    if (first.event === PRESENCE_EVENT) onConnect.push(PresenceEntrySchema.parse(first.data));
  }
  return {
    async next(timeoutMs = 3_000) {
      const told = onConnect.shift();
      if (told) return told;
      for (;;) {
        const { event, data } = await sse.nextEvent(timeoutMs);
        if (event === PRESENCE_EVENT) return PresenceEntrySchema.parse(data);
      }
    },
    close: () => abort.abort(),
  };
}

/** POST /v1/presence as `token` (from console `consoleId` when given); answers the status and body. */
export async function sayPresence(
  url: string,
  token: string,
  update: PresenceUpdate,
  consoleId?: string,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/v1/presence`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(consoleId ? { [PRESENCE_CONSOLE_HEADER]: consoleId } : {}),
    },
    body: JSON.stringify(update),
  });
  return { status: response.status, body: await response.json() };
}
