import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AutopilotProvider } from '../../../autopilot/queue-line.js';
import { dispatchConsoleCall } from '../../../shared/api/console-dispatch.js';
import { MAX_MESSAGE_LENGTH } from '../../../shared/domain/ticket.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { PROVIDER_KEY_FILE } from '../../../electron/core/console-runtime.js';
import { autopilotProviderOf } from '../../../electron/core/provider/autopilot-provider.js';
import { providerKeyFile } from '../../../electron/core/provider/provider-key-file.js';
import type { StartupProvider } from '../../../electron/core/provider/provider-settings-service.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';
import { msg, retailTicket } from '../openai/fixtures.js';

/**
 * Two-way translation of an agent's reply (translateReply) and the provider a console hands its autopilot, on a real
 * SQLite console file, through the real `openai` SDK against a scripted endpoint.
 */
const server = scriptedOpenAiServerPerFile();
const file = consoleFilePerTest();

/** The console, with what it told its autopilot about the provider (the runtime's onEndpoint) recorded. */
function consoleWith(startup: StartupProvider | null, told: Array<AutopilotProvider | null> = []): ConsoleCore {
  return file.console({
    provider: {
      keys: providerKeyFile(join(file.dir, PROVIDER_KEY_FILE)),
      startup,
      onEndpoint: (endpoint) => told.push(autopilotProviderOf(endpoint)),
    },
  });
}

function ticketIn(core: ConsoleCore, id: string, language: string | null): void {
  core.cache.putTicket(retailTicket({ id, status: 'escalated', language, aiDraft: null }));
  core.cache.putMessage({ ...msg('customer', 'Hallo'), ticketId: id });
}

const REPLY = 'Your refund of 20 EUR reaches your card within 5 days. Write to me at ana@example.com.';

describe("translating an agent's reply", () => {
  it("gives the reply in the customer's language and back in the agent's; personal data stays on this machine", async () => {
    const core = consoleWith({ baseURL: server().baseURL, model: 'gpt-4o-mini' });
    ticketIn(core, 't-de', 'de-DE');
    server().script(
      {
        final: {
          translations: ['Ihre Erstattung von 20 EUR ist in 5 Tagen auf Ihrer Karte. Schreiben Sie an [EMAIL_1].'],
        },
      },
      { final: { translations: ['Your refund of 20 EUR is on your card in 5 days. Write to [EMAIL_1].'] } },
    );
    const answer = await dispatchConsoleCall(core.service, 'translateReply', {
      ticketId: 't-de',
      text: `  ${REPLY}  `,
      language: 'en-US',
    });
    expect(answer).toEqual({
      ok: true,
      value: {
        ticketId: 't-de',
        language: 'de',
        agentLanguage: 'en',
        text: REPLY,
        translated: 'Ihre Erstattung von 20 EUR ist in 5 Tagen auf Ihrer Karte. Schreiben Sie an ana@example.com.',
        backTranslation: 'Your refund of 20 EUR is on your card in 5 days. Write to ana@example.com.',
      },
    });
    expect(server().requests).toHaveLength(2);
    expect(
      server()
        .requests.map((request) => request.raw)
        .join(''),
    ).not.toContain('ana@example.com');
    expect(server().requests[0]!.body.messages[0]!.content).toContain('"de"');
    expect(server().requests[1]!.body.messages[0]!.content).toContain('"en"');

    // The same reply again comes from the console's translation cache: no model call.
    const again = await core.service.translateReply({ ticketId: 't-de', text: REPLY, language: 'en' });
    expect(again.ok && again.value.translated).toContain('ana@example.com');
    expect(server().requests).toHaveLength(2);
  });

  it('refuses without a provider, for an unknown or the same language, an unknown ticket and a reply too long', async () => {
    const none = consoleWith(null);
    ticketIn(none, 't-de', 'de');
    expect(await none.service.translateReply({ ticketId: 't-de', text: REPLY, language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'not_configured' },
    });

    const core = consoleWith({ baseURL: server().baseURL, model: 'gpt-4o-mini' });
    ticketIn(core, 't-unknown', null);
    ticketIn(core, 't-en', 'en');
    const refusals = await Promise.all([
      core.service.translateReply({ ticketId: 't-unknown', text: REPLY, language: 'en' }),
      core.service.translateReply({ ticketId: 't-en', text: REPLY, language: 'en-GB' }),
      core.service.translateReply({ ticketId: 't-missing', text: REPLY, language: 'en' }),
      dispatchConsoleCall(core.service, 'translateReply', {
        ticketId: 't-en',
        text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1),
        language: 'de',
      }),
      dispatchConsoleCall(core.service, 'translateReply', { ticketId: 't-en', text: REPLY, language: 'not a code' }),
    ]);
    expect(refusals.map((answer) => (answer.ok ? 'ok' : answer.error.code))).toEqual([
      'language_unknown',
      'same_language',
      'not_found',
      'validation_failed',
      'validation_failed',
    ]);
    expect(server().requests).toHaveLength(0);
  });

  it('says why when the endpoint fails, and gives no half: a failed back-translation fails the whole', async () => {
    const core = consoleWith({ baseURL: server().baseURL, model: 'gpt-4o-mini' });
    ticketIn(core, 't-de', 'de');
    server().script({ final: { translations: ['Hallo zurück.'] } }, { status: 400 });
    const answer = await core.service.translateReply({ ticketId: 't-de', text: 'Hello back.', language: 'en' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'translation_failed', message: expect.stringContaining('refused the request') },
    });
  });
});

describe("the provider a console hands its autopilot (console-runtime's onEndpoint)", () => {
  it('is told at start and on every save or removal: endpoint, models, timeout and key, no placeholder key', async () => {
    const told: Array<AutopilotProvider | null> = [];
    const core = consoleWith({ baseURL: server().baseURL, model: 'local-model' }, told);
    expect(told).toEqual([{ baseURL: server().baseURL, model: 'local-model', timeoutSeconds: 30 }]);
    const saved = await core.service.setProviderSettings({
      baseURL: server().baseURL,
      model: 'gpt-4o-mini',
      embeddingsModel: 'text-embedding-3-small',
      timeoutSeconds: 12,
      apiKey: 'sk-for-the-autopilot',
    });
    expect(saved.ok).toBe(true);
    expect((await core.service.clearProviderSettings({})).ok).toBe(true);
    expect(told.slice(1)).toEqual([
      {
        baseURL: server().baseURL,
        model: 'gpt-4o-mini',
        embeddingsModel: 'text-embedding-3-small',
        timeoutSeconds: 12,
        apiKey: 'sk-for-the-autopilot',
      },
      null,
    ]);
  });
});
