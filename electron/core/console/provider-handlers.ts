import { fail, ok, type Result } from '../../../shared/result.js';
import type { ProviderSettingsService } from '../provider/provider-settings-service.js';
import type { HandlerGroup } from './handler-table.js';

const NO_PROVIDER = 'This console has no AI provider settings.';

/**
 * The AI provider set in Settings. Saving or clearing it tells every window to read the setup again (translation
 * may have come or gone); without the provider settings each method is not_supported.
 */
export function providerHandlers(provider: ProviderSettingsService | undefined, setupChanged: () => void) {
  const announced = <T>(result: Result<T>): Result<T> => {
    if (result.ok) setupChanged();
    return result;
  };
  return {
    async getProviderSettings() {
      return provider ? ok(provider.get()) : fail('not_supported', NO_PROVIDER);
    },

    async setProviderSettings(input) {
      if (!provider) return fail('not_supported', NO_PROVIDER);
      return announced(await provider.set(input));
    },

    async clearProviderSettings() {
      if (!provider) return fail('not_supported', NO_PROVIDER);
      return announced(await provider.clear());
    },

    async testProviderConnection(input) {
      return provider?.test(input) ?? fail('not_supported', NO_PROVIDER);
    },
  } satisfies HandlerGroup;
}
