import { z } from 'zod';
import {
  DEFAULT_TIMEOUT_SECONDS,
  ProviderBaseUrlSchema,
  ProviderEmbeddingsModelSchema,
  ProviderModelSchema,
  ProviderTimeoutSchema,
} from '../../../shared/api/provider-settings-contract.js';
import type { MetaStore } from '../store/meta-store.js';

/** The meta key holding the saved provider (one JSON value, so it is written in one statement). */
export const PROVIDER_SETTINGS_KEY = 'aiProvider';

const StoredProviderSchema = z.strictObject({
  baseURL: ProviderBaseUrlSchema,
  model: ProviderModelSchema,
  timeoutSeconds: ProviderTimeoutSchema.default(DEFAULT_TIMEOUT_SECONDS),
  embeddingsModel: ProviderEmbeddingsModelSchema.optional(),
});
export type StoredProvider = z.infer<typeof StoredProviderSchema>;

/**
 * The saved provider (base URL, model, timeout, embeddings model; never the key) in the console's SQLite meta table,
 * where its other settings (cache retention) live too.
 */
export class ProviderSettingsStore {
  constructor(private readonly meta: MetaStore) {}

  /** The saved provider, or null when none is saved (or what is stored no longer validates). */
  read(): StoredProvider | null {
    const raw = this.meta.get(PROVIDER_SETTINGS_KEY);
    if (raw === null || raw === '') return null;
    try {
      const parsed = StoredProviderSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  write(settings: StoredProvider): void {
    this.meta.set(PROVIDER_SETTINGS_KEY, JSON.stringify(StoredProviderSchema.parse(settings)));
  }

  clear(): void {
    this.meta.set(PROVIDER_SETTINGS_KEY, '');
  }
}
