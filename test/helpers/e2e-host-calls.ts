/**
 * The browser-mode console's calls to its host (POST /api/call/<method>): made directly, held back, or counted
 * as the page makes them.
 */
import type { Page, Request, Route } from 'playwright-core';

const CALL_PATH = '/api/call/';

/** The console method a request of the page calls, or null for any other request. */
export function consoleMethodOf(url: string): string | null {
  return new RegExp(`${CALL_PATH}(\\w+)`).exec(url)?.[1] ?? null;
}

/** The host's answer to a console method, as the page's HTTP API gets it (the token is in the console's address). */
export async function callConsoleHost(consoleUrl: string, method: string, input: unknown = {}): Promise<unknown> {
  const url = new URL(consoleUrl);
  const response = await fetch(`${url.origin}${CALL_PATH}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${url.searchParams.get('token') ?? ''}` },
    body: JSON.stringify(input),
  });
  return response.json();
}

export interface HeldCall {
  /** Lets the held call go on to the host. */
  release(): void;
  /** Resolves once the page has the host's answer to the held call. */
  answered: Promise<void>;
  /** How many calls of `method` (any method) the page has made since the hold began. */
  made(method: string): number;
}

/**
 * Holds the page's calls of `method` back until `release` is called (every call until then, or only the first: the
 * calls after it go straight through) while `body` runs, and counts the page's console calls meanwhile.
 */
export async function whileHolding<T>(
  page: Page,
  method: string,
  body: (held: HeldCall) => Promise<T>,
  which: 'every' | 'first' = 'every',
): Promise<T> {
  const pattern = `**${CALL_PATH}${method}`;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let answer!: () => void;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  let held = false;
  await page.route(pattern, async (route: Route) => {
    if (held && which === 'first') return route.continue();
    held = true;
    await released;
    await route.fulfill({ response: await route.fetch() });
    answer();
  });
  const calls = new Map<string, number>();
  const count = (request: Request) => {
    const called = consoleMethodOf(request.url());
    if (called) calls.set(called, (calls.get(called) ?? 0) + 1);
  };
  page.on('request', count);
  try {
    return await body({ release, answered, made: (of) => calls.get(of) ?? 0 });
  } finally {
    page.off('request', count);
    await page.unroute(pattern);
  }
}
