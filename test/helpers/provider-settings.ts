import type { ProviderSettings } from '../../shared/api/provider-settings-contract.js';

/** What a console's provider settings say while no provider is set: nothing saved, the default 30 s timeout. */
export function noProviderSettings(keyStorage: ProviderSettings['keyStorage']): ProviderSettings {
  return {
    source: 'none',
    baseURL: null,
    model: null,
    embeddingsModel: null,
    timeoutSeconds: 30,
    hasApiKey: false,
    keyStorage,
  };
}
