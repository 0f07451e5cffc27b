import {
  ConsoleEventSchema,
  type ConsoleApi,
  type ConsoleEvent,
  type ConsoleInput,
  type ConsoleMethodName,
  type ConsoleOutput,
} from '../../../shared/api/console-contract.js';
import { mapConsoleMethods } from '../../../shared/api/map-console-methods.js';
import type { Result } from '../../../shared/result.js';
import { BAD_RESPONSE, HOST_UNREACHABLE, describeThrown, failure, isResult } from './errors.js';

export interface HttpApiOptions {
  token: string | null;
  fetch?: typeof fetch;
  /** Builds the event stream; injectable for tests. */
  createEventSource?: (url: string) => EventSource;
  /** Prefix of the host's routes, '' when the page is served by the host itself. */
  baseUrl?: string;
}

const EVENTS_RETRY_MS = 3000;

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
    subscribe(listener: (event: ConsoleEvent) => void): () => void {
      const create = options.createEventSource ?? ((url: string) => new EventSource(url));
      const url = `${base}/api/events?token=${encodeURIComponent(options.token ?? '')}`;
      let source: EventSource | null = null;
      let retry: ReturnType<typeof setTimeout> | null = null;
      let stopped = false;

      const open = () => {
        if (stopped) return;
        try {
          source = create(url);
        } catch {
          retry = setTimeout(open, EVENTS_RETRY_MS);
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
          if (parsed.success) listener(parsed.data);
        };
        source.onerror = () => {
          // EventSource reconnects by itself unless the host refused the stream; then try again later.
          if (source && source.readyState === 2 && !stopped) {
            source.close();
            source = null;
            retry = setTimeout(open, EVENTS_RETRY_MS);
          }
        };
      };
      open();
      return () => {
        stopped = true;
        if (retry) clearTimeout(retry);
        source?.close();
      };
    },
  };
}
