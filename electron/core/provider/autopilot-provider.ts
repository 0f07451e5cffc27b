import type { AutopilotProvider } from '../../../autopilot/queue-line.js';
import { NO_KEY_PLACEHOLDER, type ProviderEndpoint } from './provider-settings-service.js';

/** The console's provider endpoint as its autopilot gets it on stdin (null: none, the built-in engine). */
export function autopilotProviderOf(endpoint: ProviderEndpoint | null): AutopilotProvider | null {
  if (!endpoint) return null;
  return {
    baseURL: endpoint.baseURL,
    model: endpoint.model,
    ...(endpoint.embeddingsModel ? { embeddingsModel: endpoint.embeddingsModel } : {}),
    timeoutSeconds: Math.round(endpoint.timeoutMs / 1000),
    ...(endpoint.apiKey !== NO_KEY_PLACEHOLDER ? { apiKey: endpoint.apiKey } : {}),
    ...(endpoint.defaultHeaders ? { defaultHeaders: endpoint.defaultHeaders } : {}),
  };
}
