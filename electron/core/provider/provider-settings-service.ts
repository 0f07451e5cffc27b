import {
  ProviderSettingsInputSchema,
  type ParsedProviderSettingsInput,
  type ProviderConnectionTest,
  type ProviderSettings,
  type ProviderSettingsInput,
  type ProviderSource,
  DEFAULT_TIMEOUT_SECONDS,
} from '../../../shared/api/provider-settings-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { CachedTranslator } from '../cached-translator.js';
import { testOpenAiConnection, type ConnectionTestTarget } from '../../../engine/openai/connection-test.js';
import type { ProviderKeyStore } from './provider-key-store.js';
import type { ProviderSettingsStore } from './provider-settings-store.js';

/** The SDK wants some key; local servers (Ollama, vLLM, llama.cpp) ignore it. */
export const NO_KEY_PLACEHOLDER = 'local';

/** What the command line or environment gave for this run (serve --openai-base-url/--openai-model, SWITCHBOARD_OPENAI_*). */
export interface StartupProvider {
  baseURL: string;
  model: string;
  /** serve --openai-embeddings-model: the endpoint's embeddings model, for the autopilot's article retrieval. */
  embeddingsModel?: string;
  apiKey?: string;
  defaultHeaders?: Record<string, string>;
  timeoutSeconds?: number;
}

/** Everything a translator needs to reach the endpoint. */
export interface ProviderEndpoint extends ConnectionTestTarget {
  timeoutMs: number;
  /** Not used by translation: the autopilot ranks the tenant's articles with it too (absent: full text only). */
  embeddingsModel?: string;
}

interface ActiveProvider {
  source: Exclude<ProviderSource, 'none'>;
  baseURL: string;
  model: string;
  embeddingsModel?: string;
  timeoutSeconds: number;
  apiKey: string | undefined;
  defaultHeaders?: Record<string, string>;
}

export interface ProviderSettingsServiceOptions {
  store: ProviderSettingsStore;
  keys: ProviderKeyStore;
  /** Wins over the saved settings at start (not stored); a save in Settings replaces it for the rest of the run. */
  startup?: StartupProvider | null;
  /** A translator for the endpoint, in front of the console's translation cache. */
  createTranslator: (endpoint: ProviderEndpoint) => CachedTranslator;
  testConnection?: (target: ConnectionTestTarget) => Promise<Result<ProviderConnectionTest>>;
  /** Told the endpoint in use at start and again whenever it changes (a save or a removal in Settings); null: none. */
  onEndpoint?: (endpoint: ProviderEndpoint | null) => void;
}

/**
 * The console's AI provider: which endpoint translates tickets. Saving swaps the translator at once
 * (no restart); the translation cache is keyed by source text and target language, not by model, so
 * what the previous model translated keeps showing. Bad input is refused before anything is written.
 */
export class ProviderSettingsService {
  private active: ActiveProvider | null = null;
  private current: CachedTranslator | null = null;

  constructor(private readonly options: ProviderSettingsServiceOptions) {
    this.use(this.initial());
  }

  /** The translator in use now, or undefined without a provider. */
  translator(): CachedTranslator | undefined {
    return this.current ?? undefined;
  }

  get(): ProviderSettings {
    const active = this.active;
    return {
      source: active?.source ?? 'none',
      baseURL: active?.baseURL ?? null,
      model: active?.model ?? null,
      embeddingsModel: active?.embeddingsModel ?? null,
      timeoutSeconds: active?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
      hasApiKey: active ? active.apiKey !== undefined : this.options.keys.get() !== undefined,
      keyStorage: this.options.keys.storage,
    };
  }

  set(input: ProviderSettingsInput): Result<ProviderSettings> {
    const parsed = ProviderSettingsInputSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error.issues);
    const settings = parsed.data;
    // The key first: when it cannot be kept (no keyring), nothing else changes either.
    let apiKey: string | undefined;
    if (settings.apiKey === undefined) {
      const kept = this.keptKeyFor(settings.baseURL);
      if (kept.withheldFrom !== null) {
        return fail(
          'key_for_other_endpoint',
          `The stored API key was saved for ${kept.withheldFrom} and is only sent there. Type the key again to use it with ${originOf(settings.baseURL)}, or remove the stored key.`,
        );
      }
      apiKey = kept.apiKey;
    } else if (settings.apiKey === null) {
      const removed = this.options.keys.delete();
      if (!removed.ok) return removed;
      apiKey = undefined;
    } else {
      const stored = this.options.keys.set(settings.apiKey);
      if (!stored.ok) return stored;
      apiKey = settings.apiKey;
    }
    const stored = {
      baseURL: settings.baseURL,
      model: settings.model,
      timeoutSeconds: settings.timeoutSeconds,
      ...(settings.embeddingsModel ? { embeddingsModel: settings.embeddingsModel } : {}),
    };
    this.options.store.write(stored);
    this.use({ source: 'saved', ...stored, apiKey });
    return ok(this.get());
  }

  clear(): Result<ProviderSettings> {
    const removed = this.options.keys.delete();
    if (!removed.ok) return removed;
    this.options.store.clear();
    this.use(null);
    return ok(this.get());
  }

  /** One real request with the typed (unsaved) settings; an absent key means the key in use now. */
  async test(input: ProviderSettingsInput): Promise<Result<ProviderConnectionTest>> {
    const parsed = ProviderSettingsInputSchema.safeParse(input);
    if (!parsed.success) return invalid(parsed.error.issues);
    const settings: ParsedProviderSettingsInput = parsed.data;
    const kept =
      settings.apiKey === undefined
        ? this.keptKeyFor(settings.baseURL)
        : { apiKey: settings.apiKey ?? undefined, withheldFrom: null };
    const apiKey = kept.apiKey;
    const sameEndpoint = this.active?.baseURL === settings.baseURL;
    const target: ProviderEndpoint = endpointOf({
      source: 'saved',
      baseURL: settings.baseURL,
      model: settings.model,
      timeoutSeconds: settings.timeoutSeconds,
      apiKey,
      ...(sameEndpoint && this.active?.defaultHeaders ? { defaultHeaders: this.active.defaultHeaders } : {}),
    });
    const tested = await (this.options.testConnection ?? testOpenAiConnection)(target);
    if (!tested.ok && tested.error.code === 'provider_unauthorized' && kept.withheldFrom !== null) {
      return fail(
        tested.error.code,
        `${tested.error.message} The stored key was not sent: it is only sent to ${kept.withheldFrom}, where it was saved. Type it to test it with this server.`,
      );
    }
    return tested;
  }

  /**
   * The key in use, for a request to `baseURL`: only to the origin it was saved (or started) with, so
   * whoever can change the address cannot have the stored key sent to a server of their choice.
   */
  private keptKeyFor(baseURL: string): { apiKey: string | undefined; withheldFrom: string | null } {
    const key = this.keyInUse();
    if (key === undefined) return { apiKey: undefined, withheldFrom: null };
    const keyEndpoint = this.active?.baseURL ?? this.options.store.read()?.baseURL;
    // A key with no endpoint yet (the desktop app's SWITCHBOARD_OPENAI_API_KEY before any base URL) goes to the first one set.
    if (keyEndpoint === undefined || originOf(keyEndpoint) === originOf(baseURL))
      return { apiKey: key, withheldFrom: null };
    return { apiKey: undefined, withheldFrom: originOf(keyEndpoint) };
  }

  private keyInUse(): string | undefined {
    return this.active ? this.active.apiKey : this.options.keys.get();
  }

  private use(active: ActiveProvider | null): void {
    this.active = active;
    const endpoint = active ? endpointOf(active) : null;
    this.current = endpoint ? this.options.createTranslator(endpoint) : null;
    this.options.onEndpoint?.(endpoint);
  }

  private initial(): ActiveProvider | null {
    const { startup, store, keys } = this.options;
    if (startup) {
      return {
        source: 'startup',
        baseURL: startup.baseURL,
        model: startup.model,
        ...(startup.embeddingsModel ? { embeddingsModel: startup.embeddingsModel } : {}),
        timeoutSeconds: startup.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        apiKey: startup.apiKey?.trim() || undefined,
        ...(startup.defaultHeaders ? { defaultHeaders: startup.defaultHeaders } : {}),
      };
    }
    const saved = store.read();
    return saved ? { source: 'saved', ...saved, apiKey: keys.get() } : null;
  }
}

/** scheme://host:port of an address (the address itself when it does not parse). */
function originOf(address: string): string {
  try {
    return new URL(address).origin;
  } catch {
    return address;
  }
}

function endpointOf(active: ActiveProvider): ProviderEndpoint {
  return {
    baseURL: active.baseURL,
    model: active.model,
    apiKey: active.apiKey ?? NO_KEY_PLACEHOLDER,
    timeoutMs: active.timeoutSeconds * 1000,
    ...(active.defaultHeaders ? { defaultHeaders: active.defaultHeaders } : {}),
    ...(active.embeddingsModel ? { embeddingsModel: active.embeddingsModel } : {}),
  };
}

function invalid<T>(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Result<T> {
  const first = issues[0];
  return fail(
    'validation_failed',
    first ? `${first.path.map(String).join('.') || 'input'}: ${first.message}` : 'The provider settings are invalid.',
    issues.map((issue) => ({ path: issue.path.map(String), message: issue.message })),
  );
}
