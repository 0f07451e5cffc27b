import OpenAI from 'openai';

export interface OpenAiEndpoint {
  /** Any OpenAI-compatible endpoint (OpenAI, Azure /openai/v1, Ollama, vLLM, llama.cpp). */
  baseURL: string;
  apiKey: string;
  /** Extra headers on every request, e.g. { 'api-key': KEY } for Azure OpenAI keys. */
  defaultHeaders?: Record<string, string>;
  /** Per request. Default 30 s. */
  timeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * The SDK client for an endpoint, with the SDK's own retries off: callers retry themselves (retry.ts), to
 * honour and cap retry-after and to record every attempt.
 */
export function createOpenAiClient(endpoint: OpenAiEndpoint): OpenAI {
  return new OpenAI({
    baseURL: endpoint.baseURL,
    apiKey: endpoint.apiKey,
    maxRetries: 0,
    timeout: endpoint.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    ...(endpoint.defaultHeaders ? { defaultHeaders: endpoint.defaultHeaders } : {}),
  });
}
