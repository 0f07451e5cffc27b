/**
 * An OpenAI-compatible server on 127.0.0.1 that answers from a script: each POST /v1/chat/completions takes the next
 * step (a tool call, a final answer, an HTTP error, a hang; shared/evals/model-replay.ts) and records the request body.
 * Tests drive the real `openai` SDK with it and check exactly what left the machine
 * (test/helpers/scripted-openai-server.ts); `npm run eval -- suite --provider routed` replays the models' recorded
 * answers of its cases through it. A request with no step left answers 500 (`script_exhausted`), which is also how a
 * case's `outage` is served. POST /v1/embeddings answers deterministic vectors (lib/hashed-embedding.ts) unless a test
 * turns embeddings off (then 404, like a server without them).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ScriptStep } from '../shared/evals/model-replay.js';
import { hashedEmbedding } from './hashed-embedding.js';

export type { ScriptStep } from '../shared/evals/model-replay.js';

export interface RecordedRequest {
  at: number;
  body: {
    model: string;
    messages: Array<{ role: string; content?: string | null; tool_call_id?: string; tool_calls?: unknown[] }>;
    tools?: unknown[];
    response_format?: unknown;
  };
  raw: string;
  authorization: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}

export interface ScriptedOpenAiServer {
  /** Base URL for the SDK, ending in /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  script(...steps: ScriptStep[]): void;
  /** Steps for requests that `routeOf` assigns to `route` (e.g. a simulated customer next to the agent). */
  scriptFor(route: string, ...steps: ScriptStep[]): void;
  remaining(): number;
  /** Requests answered `script_exhausted` since the last reset. */
  exhausted(): number;
  /** `off`: POST /v1/embeddings answers 404 (a server without embeddings) until the next reset; `hashed` again. */
  embeddings(mode: EmbeddingsMode): void;
  /** Every text POST /v1/embeddings was asked to embed since the last reset, in order. */
  embeddedTexts: string[];
  reset(): void;
  close(): Promise<void>;
}

const PROMPT_TOKENS_PER_CHAR = 0.25;
export const COMPLETION_TOKENS = 25;
/** A request body larger than this is refused (413): the server is for tests and replays, not for uploads. */
const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

export type EmbeddingsMode = 'hashed' | 'off';
/** Texts a single embeddings request may carry. */
const MAX_EMBEDDING_INPUTS = 2_048;

export interface ScriptedServerOptions {
  /** Names the script a request takes its step from; null or an unscripted route uses the main script. */
  routeOf?: (body: RecordedRequest['body']) => string | null;
  /**
   * Answers a request from what it carries (e.g. the article passages the engine retrieved, cited by their ids) before
   * any script; null leaves it to the script.
   */
  answer?: (body: RecordedRequest['body']) => ScriptStep | null;
}

export async function startScriptedOpenAiServer(options: ScriptedServerOptions = {}): Promise<ScriptedOpenAiServer> {
  let steps: ScriptStep[] = [];
  const routed = new Map<string, ScriptStep[]>();
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let n = 0;
  let exhausted = 0;
  let embeddingsMode: EmbeddingsMode = 'hashed';
  const embeddedTexts: string[] = [];

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.writableEnded || res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

  const completion = (raw: string, message: Record<string, unknown>, finish: string) => ({
    id: `chatcmpl-${++n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'scripted',
    choices: [
      { index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: finish, logprobs: null },
    ],
    usage: {
      prompt_tokens: Math.ceil(raw.length * PROMPT_TOKENS_PER_CHAR),
      completion_tokens: COMPLETION_TOKENS,
      total_tokens: Math.ceil(raw.length * PROMPT_TOKENS_PER_CHAR) + COMPLETION_TOKENS,
    },
  });

  const embeddings = (res: ServerResponse, raw: string) => {
    if (embeddingsMode === 'off') return send(res, 404, { error: { message: 'not found' } });
    let input: unknown;
    let model: unknown;
    try {
      ({ input, model } = JSON.parse(raw) as { input?: unknown; model?: unknown });
    } catch {
      return send(res, 400, { error: { message: 'The request body is not JSON.', type: 'invalid_request_error' } });
    }
    const texts = typeof input === 'string' ? [input] : input;
    if (!Array.isArray(texts) || texts.length > MAX_EMBEDDING_INPUTS || !texts.every((t) => typeof t === 'string'))
      return send(res, 400, { error: { message: '`input` is a string or strings.', type: 'invalid_request_error' } });
    embeddedTexts.push(...texts);
    const tokens = Math.ceil(texts.join('').length * PROMPT_TOKENS_PER_CHAR);
    return send(res, 200, {
      object: 'list',
      model: typeof model === 'string' ? model : 'scripted',
      data: texts.map((text, index) => ({ object: 'embedding', index, embedding: hashedEmbedding(text) })),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  };

  const handle = (req: IncomingMessage, res: ServerResponse, raw: string) => {
    if (req.method === 'POST' && req.url === '/v1/embeddings') return embeddings(res, raw);
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions')
      return send(res, 404, { error: { message: 'not found' } });
    let body: RecordedRequest['body'];
    try {
      body = JSON.parse(raw) as RecordedRequest['body'];
    } catch {
      return send(res, 400, { error: { message: 'The request body is not JSON.', type: 'invalid_request_error' } });
    }
    requests.push({ at: performance.now(), body, raw, authorization: req.headers.authorization, headers: req.headers });
    const route = options.routeOf?.(body) ?? null;
    const step =
      options.answer?.(body) ?? (route !== null && routed.has(route) ? routed.get(route)!.shift() : steps.shift());
    if (!step) {
      exhausted++;
      return send(res, 500, {
        error: { message: 'The test script has no step left for this request.', type: 'script_exhausted' },
      });
    }
    if ('hangMs' in step) {
      const t = setTimeout(() => {
        timers.delete(t);
        send(res, 500, { error: { message: 'hung request answered late' } });
      }, step.hangMs);
      timers.add(t);
      return;
    }
    if ('status' in step)
      return send(
        res,
        step.status,
        step.body ?? { error: { message: `scripted ${step.status}`, type: 'scripted' } },
        step.headers,
      );
    if ('tool' in step) {
      const args = typeof step.arguments === 'string' ? step.arguments : JSON.stringify(step.arguments);
      return send(
        res,
        200,
        completion(
          raw,
          {
            content: null,
            tool_calls: [
              { id: step.id ?? `call_${n + 1}`, type: 'function', function: { name: step.tool, arguments: args } },
            ],
          },
          'tool_calls',
        ),
      );
    }
    const content = typeof step.final === 'string' ? step.final : JSON.stringify(step.final);
    return send(res, 200, completion(raw, { content }, 'stop'));
  };

  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(c);
    });
    req.on('end', () =>
      size > MAX_REQUEST_BYTES
        ? send(res, 413, { error: { message: 'The request body is too large.' } })
        : handle(req, res, Buffer.concat(chunks).toString('utf8')),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...s) => steps.push(...s),
    scriptFor: (route, ...s) => {
      if (!routed.has(route)) routed.set(route, []);
      routed.get(route)!.push(...s);
    },
    remaining: () => steps.length + [...routed.values()].reduce((sum, r) => sum + r.length, 0),
    exhausted: () => exhausted,
    embeddings: (mode) => {
      embeddingsMode = mode;
    },
    embeddedTexts,
    reset: () => {
      embeddingsMode = 'hashed';
      embeddedTexts.length = 0;
      steps = [];
      routed.clear();
      requests.length = 0;
      exhausted = 0;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const r of open) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
