import { describe, expect, it, vi } from 'vitest';
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
