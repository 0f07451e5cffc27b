/**
 * The retail demo shop's own API (issue 17): a tenant's system that Switchboard's AI calls as tools. It serves the
 * operations of resources/tenants/retail/openapi.json (the document is the route table: method, path and operationId)
 * over the τ-bench data in memory, on 127.0.0.1 only. Arguments are the path and query parameters and the JSON body's
 * properties; answers are JSON; a refusal is 4xx `{ "error": "..." }`.
 *
 * `drift: true` answers order totals as text ("188.67" for 188.67): the API changed a field's type, which Switchboard
 * must catch as integration drift.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { RetailApiError, runRetailAction } from './retail-actions.js';
import { RetailStore, type RetailData } from './retail-store.js';

export const RETAIL_TENANT_DIR = join(import.meta.dirname, '..', '..', 'resources', 'tenants', 'retail');
/** The demo tenant whose shop this is (its seed folder's name). */
export const RETAIL_TENANT_ID = basename(RETAIL_TENANT_DIR);
export const RETAIL_OPENAPI_FILE = join(RETAIL_TENANT_DIR, 'openapi.json');
/** Where `npm run retail-api` (and the retail seed's tool_api item) expects it. */
export const RETAIL_API_DEFAULT_PORT = 4791;
const MAX_BODY_BYTES = 64_000;

export interface RetailApiOptions {
  /** Holds users.json, orders.json and products.json; default: the retail seed folder. */
  dataDir?: string;
  /** 0 (default): any free port. */
  port?: number;
  drift?: boolean;
}

export interface RetailApi {
  baseUrl: string;
  /** The data it serves now (changed by its write operations). */
  readonly store: RetailStore;
  /** Starts again from a fresh copy of the loaded data (or of `data`). */
  reset(data?: RetailData): void;
  close(): Promise<void>;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  operationId: string;
}

/** The document's operations as routes. */
export function retailRoutes(openapiFile = RETAIL_OPENAPI_FILE): Route[] {
  const doc = JSON.parse(readFileSync(openapiFile, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).flatMap(([method, op]) => {
      const operationId = (op as { operationId?: unknown }).operationId;
      if (typeof operationId !== 'string') return [];
      const names = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)');
      return [{ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, operationId }];
    }),
  );
}

/** Starts the API on 127.0.0.1. */
export async function startRetailApi(options: RetailApiOptions = {}): Promise<RetailApi> {
  const pristine = RetailStore.load(options.dataDir ?? RETAIL_TENANT_DIR);
  let store = pristine.clone();
  const routes = retailRoutes();
  const server = createServer((request, response) => {
    void handle(request, response).catch((e: unknown) =>
      send(response, 500, { error: `The shop failed: ${e instanceof Error ? e.message : String(e)}` }),
    );
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const found = routes
      .map((route) => ({ route, match: route.method === request.method ? route.pattern.exec(url.pathname) : null }))
      .find((r) => r.match);
    if (!found) return send(response, 404, { error: `No operation at ${request.method} ${url.pathname}.` });
    const body = await readBody(request);
    if (body === null) return send(response, 400, { error: 'The body must be a JSON object of at most 64 KB.' });
    const args: Record<string, unknown> = { ...Object.fromEntries(url.searchParams), ...body };
    found.route.names.forEach((name, i) => (args[name] = decodeURIComponent(found.match![i + 1]!)));
    try {
      const answer = runRetailAction(store, found.route.operationId, args);
      send(response, 200, options.drift ? drifted(answer) : answer);
    } catch (e) {
      if (!(e instanceof RetailApiError)) throw e;
      send(response, e.status, { error: e.message });
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    get store() {
      return store;
    },
    reset: (data) => {
      store = data ? new RetailStore(structuredClone(data)) : pristine.clone();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

async function readBody(request: IncomingMessage): Promise<Record<string, unknown> | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** The drift switch: an order's total answered as text. */
function drifted(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null || !('paid_total' in answer)) return answer;
  return { ...answer, paid_total: String((answer as { paid_total: unknown }).paid_total) };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}
