import {
  type ConsoleApi,
  type ConsoleInput,
  type ConsoleMethodName,
  type ConsoleOutput,
} from '../../../shared/api/console-contract.js';
import { mapConsoleMethods } from '../../../shared/api/map-console-methods.js';
import type { Result } from '../../../shared/result.js';
import { sharedEventStream } from './shared-event-stream.js';
import { BAD_RESPONSE, HOST_UNREACHABLE, describeThrown, failure, isResult } from './errors.js';

export interface HttpApiOptions {
  token: string | null;
  fetch?: typeof fetch;
  /** Builds the event stream (one, shared by every subscriber: shared-event-stream.ts); injectable for tests. */
  createEventSource?: (url: string) => EventSource;
  /** Prefix of the host's routes, '' when the page is served by the host itself. */
  baseUrl?: string;
}

/** Browser mode: the same ConsoleApi, spoken over HTTP to the console host. */
export function createHttpConsoleApi(options: HttpApiOptions): ConsoleApi {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const base = options.baseUrl ?? '';

  async function call<M extends ConsoleMethodName>(
    method: M,
    input: ConsoleInput<M>,
  ): Promise<Result<ConsoleOutput<M>>> {
    let response: Response;
    try {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (options.token) headers.Authorization = `Bearer ${options.token}`;
      response = await doFetch(`${base}/api/call/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
    } catch (err) {
      return failure(HOST_UNREACHABLE, `The console host is unreachable (${describeThrown(err)}).`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return failure(BAD_RESPONSE, `The console host answered ${response.status} without a readable result.`);
    }
    if (!isResult(body))
      return failure(BAD_RESPONSE, `The console host answered ${response.status} with an unexpected body.`);
    return body as Result<ConsoleOutput<M>>;
  }

  return {
    ...mapConsoleMethods((name) => (input) => call(name, input)),
    subscribe: sharedEventStream({
      url: `${base}/api/events?token=${encodeURIComponent(options.token ?? '')}`,
      create: options.createEventSource ?? ((url: string) => new EventSource(url)),
    }),
  };
}
