import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatchConsoleCall } from '../../../shared/api/console-dispatch.js';
import { ProviderSettingsSchema, type ProviderSettingsInput } from '../../../shared/api/provider-settings-contract.js';
import { fail, ok } from '../../../shared/result.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { PROVIDER_KEY_FILE } from '../../../electron/core/console-runtime.js';
import { providerKeyFile } from '../../../electron/core/provider/provider-key-file.js';
import type { ProviderKeyStore } from '../../../electron/core/provider/provider-key-store.js';
import { PROVIDER_SETTINGS_KEY } from '../../../electron/core/provider/provider-settings-store.js';
import type { StartupProvider } from '../../../electron/core/provider/provider-settings-service.js';
import { freePort } from '../../helpers/child-process.js';
import { noProviderSettings } from '../../helpers/provider-settings.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';
import { msg, retailTicket } from '../openai/fixtures.js';

/**
 * The AI provider settings of a console: saved in its real SQLite file and a real key file in a temp
 * folder, used at once by translateTicket through the real `openai` SDK against a scripted endpoint.
 */
const server = scriptedOpenAiServerPerFile();
const file = consoleFilePerTest();
const keyFile = () => join(file.dir, PROVIDER_KEY_FILE);

/** A console over the SQLite file (its queue is never contacted: nothing here syncs). */
const consoleWith = (options: { keys?: ProviderKeyStore; startup?: StartupProvider } = {}): ConsoleCore =>
  file.console({
    provider: { keys: options.keys ?? providerKeyFile(keyFile()), startup: options.startup ?? null },
  });

const GERMAN = 'Wo bleibt meine Rückerstattung?';

function germanTicket(core: ConsoleCore): void {
  core.cache.putTicket(retailTicket({ id: 't-de', status: 'escalated', language: 'de', aiDraft: null }));
  core.cache.putMessage({ ...msg('customer', GERMAN), ticketId: 't-de' });
}

const settingsOf = async (core: ConsoleCore) => {
  const answer = await core.service.getProviderSettings({});
  if (!answer.ok) throw new Error(answer.error.message);
  return ProviderSettingsSchema.parse(answer.value);
};

const storedMeta = () =>
  file.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(PROVIDER_SETTINGS_KEY)
    ?.value ?? null;

describe('AI provider settings of a console', () => {
  it('starts without a provider: translation says not_configured and the setup says unavailable', async () => {
    const core = consoleWith();
    expect(await settingsOf(core)).toEqual(noProviderSettings('data_dir_file'));
    germanTicket(core);
    const translated = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(translated).toMatchObject({
      ok: false,
      error: { code: 'not_configured', message: expect.stringContaining('Settings') },
    });
    const setup = await core.service.getConsoleSetup({});
    expect(setup.ok && setup.value.translationAvailable).toBe(false);
  });

  it('saves base URL, model and key (key in a 0600 file, never in an answer) and translates at once with them', async () => {
    const core = consoleWith();
    germanTicket(core);
    const saved = await dispatchConsoleCall(core.service, 'setProviderSettings', {
      baseURL: ` ${server().baseURL} `,
      model: 'gpt-4o-mini',
      embeddingsModel: ' text-embedding-3-small ',
      timeoutSeconds: 5,
      apiKey: 'sk-first-secret',
    });
    expect(saved).toEqual({
      ok: true,
      value: {
        source: 'saved',
        baseURL: server().baseURL,
        model: 'gpt-4o-mini',
        embeddingsModel: 'text-embedding-3-small',
        timeoutSeconds: 5,
        hasApiKey: true,
        keyStorage: 'data_dir_file',
      },
    });
    expect(JSON.stringify(saved)).not.toContain('sk-first-secret');
    expect(JSON.stringify(await core.service.getProviderSettings({}))).not.toContain('sk-first-secret');

    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(keyFile(), 'utf8'))).toEqual({ apiKey: 'sk-first-secret' });
    // The SQLite settings hold the endpoint, not the key.
    expect(JSON.parse(storedMeta() ?? 'null')).toEqual({
      baseURL: server().baseURL,
      model: 'gpt-4o-mini',
      timeoutSeconds: 5,
      embeddingsModel: 'text-embedding-3-small',
    });

    const setup = await core.service.getConsoleSetup({});
    expect(setup.ok && setup.value.translationAvailable).toBe(true);
    server().script({ final: { translations: ['Where is my refund?'] } });
    const translated = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(translated.ok && translated.value.messages[0]?.text).toBe('Where is my refund?');
    expect(server().requests).toHaveLength(1);
    expect(server().requests[0]!.body.model).toBe('gpt-4o-mini');
    expect(server().requests[0]!.authorization).toBe('Bearer sk-first-secret');
  });

  it('refuses bad input with a clear error and keeps what was stored', async () => {
    const core = consoleWith();
    const first = await core.service.setProviderSettings({
      baseURL: server().baseURL,
      model: 'gpt-4o-mini',
      apiKey: 'sk-kept',
    });
    expect(first.ok).toBe(true);
    const before = { settings: await settingsOf(core), meta: storedMeta(), key: readFileSync(keyFile(), 'utf8') };

    const bad: Array<[ProviderSettingsInput, RegExp]> = [
      [
        { baseURL: 'ftp://example.com/v1', model: 'm', apiKey: 'sk-new' },
        /baseURL: The base URL must be an http:\/\/ or https:\/\/ address/,
      ],
      [{ baseURL: 'not a url', model: 'm' }, /baseURL: The base URL must be an http/],
      [{ baseURL: 'https://user:pw@example.com/v1', model: 'm' }, /without a user name or password/],
      [{ baseURL: '', model: 'm' }, /baseURL: Enter the base URL/],
      [{ baseURL: `https://example.com/${'a'.repeat(2100)}`, model: 'm' }, /at most 2048 characters/],
      [{ baseURL: server().baseURL, model: '   ' }, /model: Enter the model name/],
      [{ baseURL: server().baseURL, model: 'x'.repeat(201) }, /model: The model name may have at most 200 characters/],
      [{ baseURL: server().baseURL, model: 'gpt\n4' }, /model: The model name cannot contain line breaks/],
      [
        { baseURL: server().baseURL, model: 'm', timeoutSeconds: 0 },
        /timeoutSeconds: The timeout is at least 1 second/,
      ],
      [
        { baseURL: server().baseURL, model: 'm', timeoutSeconds: 601 },
        /timeoutSeconds: The timeout is at most 600 seconds/,
      ],
      [
        { baseURL: server().baseURL, model: 'm', apiKey: 'sk with space' },
        /apiKey: The API key may only hold printable characters/,
      ],
      [
        { baseURL: server().baseURL, model: 'm', apiKey: 'k'.repeat(4097) },
        /apiKey: The API key may have at most 4096 characters/,
      ],
    ];
    for (const [input, message] of bad) {
      // Through the contract (as IPC and HTTP call it) and straight into the service.
      const viaContract = await dispatchConsoleCall(core.service, 'setProviderSettings', input);
      expect(viaContract, JSON.stringify(input).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed', message: expect.stringMatching(message) },
      });
      const direct = core.service.setProviderSettings(input);
      expect(await direct).toMatchObject({
        ok: false,
        error: { code: 'validation_failed', message: expect.stringMatching(message) },
      });
      const tested = await core.service.testProviderConnection(input);
      expect(tested).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      // A refused key is not echoed back in the error either.
      if (typeof input.apiKey === 'string') expect(JSON.stringify([viaContract, tested])).not.toContain(input.apiKey);
    }
    expect({ settings: await settingsOf(core), meta: storedMeta(), key: readFileSync(keyFile(), 'utf8') }).toEqual(
      before,
    );
    expect(server().requests).toHaveLength(0);
  });

  it('swaps the model without a restart: the cached translations still show, new texts go to the new model with the kept key', async () => {
    const core = consoleWith();
    germanTicket(core);
    await core.service.setProviderSettings({ baseURL: server().baseURL, model: 'old-model', apiKey: 'sk-kept' });
    server().script({ final: { translations: ['Where is my refund?'] } });
    expect((await core.service.translateTicket({ ticketId: 't-de', language: 'en' })).ok).toBe(true);

    // No apiKey field: the stored key stays.
    const swapped = await core.service.setProviderSettings({ baseURL: server().baseURL, model: 'new-model' });
    expect(swapped).toMatchObject({ ok: true, value: { model: 'new-model', hasApiKey: true } });
    const cached = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(cached).toMatchObject({ ok: true, value: { fromCache: 1, messages: [{ text: 'Where is my refund?' }] } });
    expect(server().requests).toHaveLength(1);

    core.cache.putMessage({ ...msg('customer', 'Und wann kommt das Geld?'), ticketId: 't-de' });
    server().script({ final: { translations: ['And when does the money come?'] } });
    const fresh = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(fresh).toMatchObject({
      ok: true,
      value: { fromCache: 1, messages: [{ text: 'Where is my refund?' }, { text: 'And when does the money come?' }] },
    });
    expect(server().requests).toHaveLength(2);
    expect(server().requests[1]!.body.model).toBe('new-model');
    expect(server().requests[1]!.authorization).toBe('Bearer sk-kept');
  });

  it('keeps the settings across a restart, lets start-up flags win for a run, and removes the key or the provider on request', async () => {
    await consoleWith().service.setProviderSettings({
      baseURL: server().baseURL,
      model: 'saved-model',
      embeddingsModel: 'saved-embeddings',
      apiKey: 'sk-saved',
    });

    // Restart: the same SQLite file and key file.
    const restarted = consoleWith();
    expect(await settingsOf(restarted)).toMatchObject({
      source: 'saved',
      baseURL: server().baseURL,
      model: 'saved-model',
      embeddingsModel: 'saved-embeddings',
      hasApiKey: true,
    });

    // Start-up flags win for that run and are not stored.
    const flagged = consoleWith({
      startup: { baseURL: 'http://127.0.0.1:11434/v1', model: 'flag-model', embeddingsModel: 'nomic-embed-text' },
    });
    expect(await settingsOf(flagged)).toMatchObject({
      source: 'startup',
      baseURL: 'http://127.0.0.1:11434/v1',
      model: 'flag-model',
      embeddingsModel: 'nomic-embed-text',
      hasApiKey: false,
    });
    expect(JSON.parse(storedMeta() ?? 'null')).toMatchObject({ model: 'saved-model' });
    // A save then replaces them at once (without an embeddings model: none).
    expect(
      await flagged.service.setProviderSettings({ baseURL: server().baseURL, model: 'after-flags' }),
    ).toMatchObject({
      ok: true,
      value: { source: 'saved', model: 'after-flags', embeddingsModel: null },
    });

    // apiKey null: a local server without a key; the file goes, the SDK sends a placeholder.
    const keyless = await restarted.service.setProviderSettings({
      baseURL: server().baseURL,
      model: 'llama',
      apiKey: null,
    });
    expect(keyless).toMatchObject({ ok: true, value: { hasApiKey: false } });
    expect(existsSync(keyFile())).toBe(false);
    germanTicket(restarted);
    server().script({ final: { translations: ['Where is my refund?'] } });
    expect((await restarted.service.translateTicket({ ticketId: 't-de', language: 'en' })).ok).toBe(true);
    expect(server().requests.at(-1)!.authorization).toBe('Bearer local');

    const cleared = await restarted.service.clearProviderSettings({});
    expect(cleared).toEqual({ ok: true, value: noProviderSettings('data_dir_file') });
    const setup = await restarted.service.getConsoleSetup({});
    expect(setup.ok && setup.value.translationAvailable).toBe(false);
    expect(await settingsOf(consoleWith())).toMatchObject({ source: 'none' });
  });

  it('sends the stored key only to the server it was saved for: another address needs the key typed again', async () => {
    const core = consoleWith();
    await core.service.setProviderSettings({ baseURL: server().baseURL, model: 'gpt-4o-mini', apiKey: 'sk-bound' });
    const before = { settings: await settingsOf(core), meta: storedMeta() };
    // The same server under another name is another origin: whoever can change the address must also know the key.
    const elsewhere = server().baseURL.replace('127.0.0.1', 'localhost');
    const moved = await core.service.setProviderSettings({ baseURL: elsewhere, model: 'gpt-4o-mini' });
    expect(moved).toMatchObject({
      ok: false,
      error: {
        code: 'key_for_other_endpoint',
        message: expect.stringContaining(`saved for ${new URL(server().baseURL).origin} and is only sent there`),
      },
    });
    expect({ settings: await settingsOf(core), meta: storedMeta() }).toEqual(before);

    // Test connection to the other address goes without the key, and says so when the server wants one.
    server().script({ status: 401, body: { error: { message: 'Missing API key.' } } });
    const tested = await core.service.testProviderConnection({ baseURL: elsewhere, model: 'gpt-4o-mini' });
    expect(tested).toMatchObject({
      ok: false,
      error: { code: 'provider_unauthorized', message: expect.stringContaining('The stored key was not sent') },
    });
    expect(server().requests.at(-1)!.authorization).toBe('Bearer local');

    // Typed again, it goes there and is kept for that address.
    expect(
      await core.service.setProviderSettings({ baseURL: elsewhere, model: 'gpt-4o-mini', apiKey: 'sk-bound' }),
    ).toMatchObject({ ok: true, value: { baseURL: elsewhere, hasApiKey: true } });
    server().script({ final: { translations: ['Danke.'] } });
    expect((await core.service.testProviderConnection({ baseURL: elsewhere, model: 'gpt-4o-mini' })).ok).toBe(true);
    expect(server().requests.at(-1)!.authorization).toBe('Bearer sk-bound');
  });

  it('keeps everything as it was when the key store refuses the key (no keyring)', async () => {
    const refusing: ProviderKeyStore = {
      storage: 'system_keychain',
      get: () => undefined,
      set: () => fail('insecure_storage', 'No system keyring is available, so Switchboard will not store secrets.'),
      delete: () => ok(undefined),
    };
    const core = consoleWith({ keys: refusing });
    await core.service.setProviderSettings({ baseURL: server().baseURL, model: 'first', apiKey: null });
    const before = storedMeta();
    const refused = await core.service.setProviderSettings({
      baseURL: server().baseURL,
      model: 'second',
      apiKey: 'sk-nowhere',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'insecure_storage', message: expect.stringContaining('keyring') },
    });
    expect(storedMeta()).toBe(before);
    expect(await settingsOf(core)).toMatchObject({ model: 'first', hasApiKey: false, keyStorage: 'system_keychain' });
  });
});

describe('Test connection', () => {
  it('succeeds with one structured request, using the typed key (or the kept one) and the typed model', async () => {
    const core = consoleWith();
    server().script({ final: { translations: ['Danke.'] } });
    const tested = await core.service.testProviderConnection({
      baseURL: server().baseURL,
      model: 'gpt-4o-mini',
      apiKey: 'sk-typed',
    });
    expect(tested).toMatchObject({ ok: true, value: { model: expect.any(String) } });
    expect(tested.ok && tested.value.latencyMs).toBeGreaterThanOrEqual(0);
    expect(server().requests).toHaveLength(1);
    expect(server().requests[0]!.authorization).toBe('Bearer sk-typed');
    expect(server().requests[0]!.body.model).toBe('gpt-4o-mini');
    expect(server().requests[0]!.body.response_format).toMatchObject({ type: 'json_schema' });
    // Testing stores nothing.
    expect(await settingsOf(core)).toMatchObject({ source: 'none' });
    expect(existsSync(keyFile())).toBe(false);

    await core.service.setProviderSettings({ baseURL: server().baseURL, model: 'gpt-4o-mini', apiKey: 'sk-kept' });
    server().script({ final: { translations: ['Danke.'] } });
    expect((await core.service.testProviderConnection({ baseURL: server().baseURL, model: 'other' })).ok).toBe(true);
    expect(server().requests[1]!.authorization).toBe('Bearer sk-kept');
  });

  it('names what failed: key refused, unknown model, wrong path, unreachable, timeout, no JSON, server error', async () => {
    const core = consoleWith();
    const target = { baseURL: server().baseURL, model: 'gpt-4o-mini', apiKey: 'sk-wrong' };

    server().script({
      status: 401,
      body: {
        error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' },
      },
    });
    expect(await core.service.testProviderConnection(target)).toMatchObject({
      ok: false,
      error: { code: 'provider_unauthorized', message: expect.stringContaining('refused the API key (HTTP 401') },
    });

    server().script({
      status: 404,
      body: {
        error: { message: 'The model `gpt-9` does not exist.', type: 'invalid_request_error', code: 'model_not_found' },
      },
    });
    expect(await core.service.testProviderConnection({ ...target, model: 'gpt-9' })).toMatchObject({
      ok: false,
      error: { code: 'provider_model_unknown', message: expect.stringContaining('does not know the model "gpt-9"') },
    });

    // The base URL without /v1: the scripted server answers 404 on any other path.
    const withoutV1 = server().baseURL.replace(/\/v1$/, '');
    expect(await core.service.testProviderConnection({ ...target, baseURL: withoutV1 })).toMatchObject({
      ok: false,
      error: { code: 'provider_not_found', message: expect.stringContaining('/v1') },
    });

    const closed = await freePort();
    expect(
      await core.service.testProviderConnection({ ...target, baseURL: `http://127.0.0.1:${closed}/v1` }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'provider_unreachable',
        message: expect.stringMatching(
          new RegExp(`Could not connect to http://127.0.0.1:${closed}/v1 \\(ECONNREFUSED\\)`),
        ),
      },
    });

    server().script({ hangMs: 5_000 });
    expect(await core.service.testProviderConnection({ ...target, timeoutSeconds: 1 })).toMatchObject({
      ok: false,
      error: { code: 'provider_timeout', message: expect.stringContaining('within 1 s') },
    });

    server().script({ final: 'Sure! Here you go: Danke.' });
    expect(await core.service.testProviderConnection(target)).toMatchObject({
      ok: false,
      error: { code: 'provider_bad_answer', message: expect.stringContaining('structured output') },
    });

    server().script({ status: 503 });
    expect(await core.service.testProviderConnection(target)).toMatchObject({
      ok: false,
      error: { code: 'provider_server_error', message: expect.stringContaining('HTTP 503') },
    });
    // One request per test, no retries (the path without /v1 and the closed port never reach the script).
    expect(server().requests).toHaveLength(5);
  });
});
