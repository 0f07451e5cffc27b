/**
 * One call of a tenant API operation over HTTP: the path, query and JSON body built from the arguments, the setting's
 * timeout, no redirects, the answer read up to MAX_ANSWER_BYTES, JSON only, and checked against the operation's
 * declared 2xx schema. A 4xx/5xx is `failed` with the API's own message (bounded); an answer outside the schema is
 * `drift`.
 */
import { MAX_TOOL_JSON_DEPTH, type JsonValue } from '../../shared/domain/ai-tool-results.js';
import { nestsDeeperThan } from '../../shared/json-depth.js';
import { schemaMismatch } from '../../shared/tools/json-schema-subset.js';
import type { ToolOperation } from '../../shared/tools/openapi-operations.js';

export const MAX_ANSWER_BYTES = 256_000;
export const MAX_API_MESSAGE_LENGTH = 300;

export interface HttpCall {
  baseUrl: string;
  operation: ToolOperation;
  args: Record<string, unknown>;
  timeoutMs: number;
  fetch: typeof fetch;
}

export type HttpAnswer =
  { kind: 'ok'; body: JsonValue } | { kind: 'failed'; reason: string } | { kind: 'drift'; problem: string };

const scalar = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

export function operationUrl(baseUrl: string, operation: ToolOperation, args: Record<string, unknown>): URL {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(scalar(args[name])));
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const p of operation.parameters) {
    const v = args[p.name];
    if (p.in !== 'query' || v === undefined || v === null) continue;
    for (const entry of Array.isArray(v) ? v : [v]) url.searchParams.append(p.name, scalar(entry));
  }
  return url;
}

export async function callOperation({ baseUrl, operation, args, timeoutMs, fetch }: HttpCall): Promise<HttpAnswer> {
  const bodyArgs = operation.parameters.filter((p) => p.in === 'body' && args[p.name] !== undefined);
  const hasBody = operation.parameters.some((p) => p.in === 'body');
  const name = operation.operationId;
  let response: Response;
  let text: string | null;
  try {
    response = await fetch(operationUrl(baseUrl, operation, args), {
      method: operation.method.toUpperCase(),
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { accept: 'application/json', ...(hasBody ? { 'content-type': 'application/json' } : {}) },
      ...(hasBody ? { body: JSON.stringify(Object.fromEntries(bodyArgs.map((p) => [p.name, args[p.name]]))) } : {}),
    });
    text = await readCapped(response);
  } catch (e) {
    const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
    return {
      kind: 'failed',
      reason: timedOut
        ? `${name} did not answer within ${timeoutMs / 1000} s.`
        : `${name} could not be reached: ${e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`,
    };
  }
  if (response.status >= 300 && response.status < 400)
    return {
      kind: 'failed',
      reason: `${name} answered a redirect (HTTP ${response.status}); redirects are not followed.`,
    };
  if (text === null) return { kind: 'failed', reason: `${name} answered more than ${MAX_ANSWER_BYTES / 1000} KB.` };
  if (!response.ok) return { kind: 'failed', reason: `${name} refused (HTTP ${response.status}): ${apiMessage(text)}` };
  if (operation.responseSchema === null) return { kind: 'ok', body: null };
  const type = response.headers.get('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
    return { kind: 'drift', problem: `$: the answer is ${type || 'untyped'}, not JSON` };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'drift', problem: '$: the answer is not valid JSON' };
  }
  if (nestsDeeperThan(body, MAX_TOOL_JSON_DEPTH))
    return { kind: 'drift', problem: `$: the answer nests deeper than ${MAX_TOOL_JSON_DEPTH} levels` };
  const problem = schemaMismatch(operation.responseSchema, body);
  return problem ? { kind: 'drift', problem } : { kind: 'ok', body: body as JsonValue };
}

/** The answer's text, or null past MAX_ANSWER_BYTES (read no further). */
async function readCapped(response: Response): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** What an error answer says: its JSON `error`, `message`, `detail` or `title`, else its text; bounded. */
function apiMessage(text: string): string {
  let said = text.trim();
  try {
    const json: unknown = JSON.parse(text);
    if (typeof json === 'object' && json !== null) {
      const record = json as Record<string, unknown>;
      const found = [record.error, record.message, record.detail, record.title].find((v) => typeof v === 'string');
      if (typeof found === 'string') said = found;
    }
  } catch {
    // not JSON: its text
  }
  const flat = said.replace(/\s+/g, ' ').trim();
  return (flat || 'no message').slice(0, MAX_API_MESSAGE_LENGTH);
}
