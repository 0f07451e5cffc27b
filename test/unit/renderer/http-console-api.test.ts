import { describe, expect, it, vi } from 'vitest';
import type { ConsoleEvent } from '../../../shared/api/console-contract.js';
import { createHttpConsoleApi } from '../../../renderer/src/api/http-console-api.js';
import { guardConsoleApi } from '../../../renderer/src/api/guarded-console-api.js';
import { takeTokenFromLocation } from '../../../renderer/src/api/token.js';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

describe('HTTP console API', () => {
  it('posts the input to /api/call/<method> with the bearer token and returns the Result', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: [] }));
    const api = createHttpConsoleApi({ token: 'abc', fetch: fetchMock as unknown as typeof fetch });
    const result = await api.listInbox({});
    expect(result).toEqual({ ok: true, value: [] });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/call/listInbox');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer abc');
    expect(init.body).toBe('{}');
  });

  it('passes error results through, whatever the HTTP status', async () => {
    const error = { code: 'unauthorized', message: 'Bad token.' };
    const api = createHttpConsoleApi({
      token: 'x',
      fetch: (async () => jsonResponse({ ok: false, error }, 401)) as typeof fetch,
    });
    expect(await api.getStatus({})).toEqual({ ok: false, error });
  });

  it('reports an unreachable host instead of throwing', async () => {
    const api = createHttpConsoleApi({
      token: 'x',
      fetch: (async () => {
        throw new TypeError('Failed to fetch');
      }) as typeof fetch,
    });
    const result = await api.getTicket({ ticketId: 't1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('host_unreachable');
  });

  it('reports unreadable bodies as bad responses', async () => {
    const api = createHttpConsoleApi({
      token: 'x',
      fetch: (async () => new Response('<html>', { status: 502 })) as typeof fetch,
    });
    const result = await api.getStatus({});
    expect(result.ok === false && result.error.code).toBe('bad_response');
  });
});

/** The page's side of a host event stream: what the host sends arrives as `message` events; the host may refuse it. */
class HostStream {
  readyState = 1;
  onmessage: ((message: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {}
  send(event: ConsoleEvent): void {
    this.onmessage?.(new MessageEvent('message', { data: JSON.stringify(event) }));
  }
  refuse(): void {
    this.readyState = 2;
    this.onerror?.();
  }
  close(): void {
    this.readyState = 2;
  }
}

describe('console events in browser mode', () => {
  const status: ConsoleEvent = {
    type: 'status_changed',
    status: { online: true, unsentChanges: 0, lastSyncAt: null, lastError: null, agentName: 'Ana', tenantName: 'Acme' },
  };

  it('every subscriber shares one stream (a browser keeps six connections to a host): opened with the first, closed after the last', async () => {
    const streams: HostStream[] = [];
    const api = createHttpConsoleApi({
      token: 't 1',
      createEventSource: (url) => {
        const stream = new HostStream(url);
        streams.push(stream);
        return stream as unknown as EventSource;
      },
    });
    const seen: string[][] = [[], [], [], [], [], [], []];
    const stops = seen.map((events) => api.subscribe((event) => events.push(event.type)));
    expect(streams.map((stream) => stream.url)).toEqual(['/api/events?token=t%201']);
    const [stream] = streams;
    if (!stream) throw new Error('No stream was opened.');
    stream.send(status);
    stream.send({ type: 'settings_changed' });
    expect(seen).toEqual(seen.map(() => ['status_changed', 'settings_changed']));

    // A late subscriber gets the status the stream last told (as the host tells a new stream first), then the rest.
    const late: ConsoleEvent[] = [];
    const stopLate = api.subscribe((event) => late.push(event));
    await Promise.resolve();
    expect(late).toEqual([status]);
    stream.send({ type: 'tickets_changed' });
    expect(late.map((event) => event.type)).toEqual(['status_changed', 'tickets_changed']);

    for (const stop of stops) stop();
    expect(stream.readyState).toBe(1);
    stopLate();
    expect(stream.readyState).toBe(2);
    expect(streams).toHaveLength(1);
  });

  it('a stream the host refused is opened again later, for the subscribers still there; a throwing listener spoils no other', async () => {
    vi.useFakeTimers();
    try {
      const streams: HostStream[] = [];
      const api = createHttpConsoleApi({
        token: null,
        createEventSource: (url) => {
          const stream = new HostStream(url);
          streams.push(stream);
          return stream as unknown as EventSource;
        },
      });
      const seen: string[] = [];
      api.subscribe(() => {
        throw new Error('a broken screen');
      });
      api.subscribe((event) => seen.push(event.type));
      streams[0]?.refuse();
      expect(streams).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(3_000);
      expect(streams).toHaveLength(2);
      const thrown = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
      streams[1]?.send({ type: 'settings_changed' });
      expect(seen).toEqual(['settings_changed']);
      expect(await thrown).toMatchObject({ message: 'a broken screen' });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('guarded API', () => {
  it('turns a rejecting bridge into an error result and tracks reachability', async () => {
    const seen: boolean[] = [];
    const bridge = createHttpConsoleApi({
      token: null,
      fetch: (async () => jsonResponse({ ok: true, value: [] })) as typeof fetch,
    });
    const broken = { ...bridge, listInbox: () => Promise.reject(new Error('ipc gone')) };
    const api = guardConsoleApi(broken, (r) => seen.push(r));
    const result = await api.listInbox({});
    expect(result.ok === false && result.error.code).toBe('host_unreachable');
    await api.listAiResolved({});
    expect(seen).toEqual([false, true]);
  });
});

describe('token from the address bar', () => {
  it('keeps the token in session storage and removes it from the URL', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as unknown as Storage;
    const replaceState = vi.fn();
    const history = { state: null, replaceState } as unknown as History;
    const token = takeTokenFromLocation(
      { href: 'http://127.0.0.1:4000/?token=XYZ&x=1#a' } as Location,
      history,
      storage,
    );
    expect(token).toBe('XYZ');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/?x=1#a');
    expect(takeTokenFromLocation({ href: 'http://127.0.0.1:4000/' } as Location, history, storage)).toBe('XYZ');
  });
});
