import { z } from 'zod';
import { isPlainWebUrl } from '../web-url.js';

/**
 * The console's AI provider (any OpenAI-compatible endpoint: OpenAI, Azure, Ollama, vLLM, llama.cpp),
 * set in the Settings dialog. Per console, so any role may change it. The API key is write-only: no
 * answer ever carries it, only whether one is set.
 */

export const MAX_BASE_URL_LENGTH = 2048;
export const MAX_MODEL_LENGTH = 200;
export const MAX_API_KEY_LENGTH = 4096;
export const MIN_TIMEOUT_SECONDS = 1;
export const MAX_TIMEOUT_SECONDS = 600;
export const DEFAULT_TIMEOUT_SECONDS = 30;

export const ProviderBaseUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the base URL of an OpenAI-compatible endpoint, like https://api.openai.com/v1.')
  .max(MAX_BASE_URL_LENGTH, `The base URL may have at most ${MAX_BASE_URL_LENGTH} characters.`)
  .refine(
    isPlainWebUrl,
    'The base URL must be an http:// or https:// address without a user name or password, like http://127.0.0.1:11434/v1.',
  );

/** A model name as the endpoint knows it: one line of at most MAX_MODEL_LENGTH characters. */
function modelNameSchema(name: string, whenEmpty: string) {
  return z
    .string()
    .trim()
    .min(1, whenEmpty)
    .max(MAX_MODEL_LENGTH, `The ${name} may have at most ${MAX_MODEL_LENGTH} characters.`)
    .regex(/^[^\u0000-\u001f\u007f]+$/, `The ${name} cannot contain line breaks or control characters.`);
}

export const ProviderModelSchema = modelNameSchema(
  'model name',
  'Enter the model name, like gpt-4o-mini or qwen2.5:7b-instruct.',
);

/**
 * The endpoint's embeddings model (e.g. text-embedding-3-small, nomic-embed-text), optional: with it the autopilot
 * ranks the tenant's articles by meaning too, besides full text.
 */
export const ProviderEmbeddingsModelSchema = modelNameSchema(
  'embeddings model name',
  'The embeddings model name is empty; leave it out to rank articles by full text only.',
);

/** `--openai-embeddings-model M` as the command lines take it: the name, trimmed, or an Error saying what is wrong. */
export function parseEmbeddingsModelFlag(text: string): string | Error {
  const parsed = ProviderEmbeddingsModelSchema.safeParse(text);
  return parsed.success
    ? parsed.data
    : new Error(`--openai-embeddings-model: ${parsed.error.issues[0]?.message ?? 'not a model name'}`);
}

export const ProviderTimeoutSchema = z
  .number()
  .int('The timeout is a whole number of seconds.')
  .min(MIN_TIMEOUT_SECONDS, `The timeout is at least ${MIN_TIMEOUT_SECONDS} second.`)
  .max(MAX_TIMEOUT_SECONDS, `The timeout is at most ${MAX_TIMEOUT_SECONDS} seconds.`);

/** A key as typed: printable characters without spaces (it goes into an HTTP header). */
export const ProviderApiKeySchema = z
  .string()
  .trim()
  .min(1, 'The API key is empty; leave the field out to keep the stored key, or remove the key.')
  .max(MAX_API_KEY_LENGTH, `The API key may have at most ${MAX_API_KEY_LENGTH} characters.`)
  .regex(/^[\x21-\x7e]+$/, 'The API key may only hold printable characters without spaces.');

/** What the dialog saves or tests. `apiKey`: a new key; null removes the key (local servers need none); absent keeps the key in use. */
export const ProviderSettingsInputSchema = z.strictObject({
  baseURL: ProviderBaseUrlSchema,
  model: ProviderModelSchema,
  timeoutSeconds: ProviderTimeoutSchema.default(DEFAULT_TIMEOUT_SECONDS),
  apiKey: ProviderApiKeySchema.nullable().optional(),
  /** Absent: none (retrieval by full text only). */
  embeddingsModel: ProviderEmbeddingsModelSchema.optional(),
});
export type ProviderSettingsInput = z.input<typeof ProviderSettingsInputSchema>;
export type ParsedProviderSettingsInput = z.output<typeof ProviderSettingsInputSchema>;

/**
 * none: no provider (translation off); saved: set in Settings and kept in the data folder;
 * startup: given on the command line / environment for this run (they win over the saved settings at start).
 */
export const ProviderSourceSchema = z.enum(['none', 'saved', 'startup']);
export type ProviderSource = z.infer<typeof ProviderSourceSchema>;

/** Where a saved key is kept: the OS keychain through Electron's safeStorage, or a file in the data folder (browser mode, plain text, 0600). */
export const ProviderKeyStorageSchema = z.enum(['system_keychain', 'data_dir_file']);
export type ProviderKeyStorage = z.infer<typeof ProviderKeyStorageSchema>;

/** The provider in use. Never holds the key. */
export const ProviderSettingsSchema = z.strictObject({
  source: ProviderSourceSchema,
  baseURL: z.string().nullable(),
  model: z.string().nullable(),
  embeddingsModel: z.string().nullable(),
  timeoutSeconds: z.number().int(),
  /** Whether a key is in use (stored, or given at start-up); the key itself never leaves the host. */
  hasApiKey: z.boolean(),
  keyStorage: ProviderKeyStorageSchema,
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

/** One request to the endpoint answered as translations need it. */
export const ProviderConnectionTestSchema = z.strictObject({
  model: z.string(),
  latencyMs: z.number().nonnegative(),
});
export type ProviderConnectionTest = z.infer<typeof ProviderConnectionTestSchema>;

/** Codes of a failed connection test (the message says what the endpoint answered). */
export const PROVIDER_TEST_FAILURES = [
  'provider_unreachable',
  'provider_timeout',
  'provider_unauthorized',
  'provider_model_unknown',
  'provider_not_found',
  'provider_rate_limited',
  'provider_refused',
  'provider_server_error',
  'provider_bad_answer',
] as const;
export type ProviderTestFailure = (typeof PROVIDER_TEST_FAILURES)[number];

export const providerConsoleMethods = {
  /**
   * The AI provider in use on this console (without the key).
   * Required: a console started without a key store (no AI provider settings) answers not_supported.
   */
  getProviderSettings: { input: z.strictObject({}), output: ProviderSettingsSchema },
  /**
   * Saves the provider (key in the OS keychain or the data folder) and uses it at once, no restart.
   * Required: a console started without a key store (no AI provider settings) answers not_supported.
   */
  setProviderSettings: { input: ProviderSettingsInputSchema, output: ProviderSettingsSchema },
  /**
   * Forgets the provider and its key: translation is off until one is set again.
   * Required: a console started without a key store (no AI provider settings) answers not_supported.
   */
  clearProviderSettings: { input: z.strictObject({}), output: ProviderSettingsSchema },
  /**
   * One small real request with the given settings (unsaved); fails with a PROVIDER_TEST_FAILURES code.
   * Required: a console started without a key store (no AI provider settings) answers not_supported.
   */
  testProviderConnection: { input: ProviderSettingsInputSchema, output: ProviderConnectionTestSchema },
} as const;
