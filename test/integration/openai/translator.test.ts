import { describe, expect, it } from 'vitest';
import { TicketTranslationSchema } from '../../../shared/api/translation-contract.js';
import { OpenAiTranslator, type TranslatorOptions } from '../../../engine/openai/translator.js';
import type { ConsoleCore } from '../../../electron/core/console-core.js';
import { scriptedOpenAiServerPerFile } from '../../helpers/scripted-openai-server.js';
import { consoleFilePerTest } from '../../helpers/test-consoles.js';
import { msg, retailTicket } from './fixtures.js';

/** The translator through the real `openai` SDK against a scripted endpoint on 127.0.0.1, and a console's real SQLite cache. */
const server = scriptedOpenAiServerPerFile();
const file = consoleFilePerTest();

const translator = (over: Partial<TranslatorOptions> = {}) =>
  new OpenAiTranslator({
    baseURL: server().baseURL,
    apiKey: 'sk-test',
    model: 'gpt-4o-mini',
    // Generous: a loaded CI machine (unit and browser tests side by side on 2 cores) once took over 2 s to answer the
    // first scripted request. The timeout itself is tested below with its own 200 ms.
    timeoutMs: 15_000,
    retry: { maxRetries: 2, baseDelayMs: 10, maxDelayMs: 40, maxRetryAfterMs: 5_000 },
    ...over,
  });

/** A console over the SQLite file (its queue is never contacted: nothing here syncs). */
const consoleWith = (options: { translator?: OpenAiTranslator } = {}): ConsoleCore => file.console(options);

const EMAIL = 'dana.fischer@example.de';
const CARD = '4111 1111 1111 1111';
const GERMAN = `Meine Karte ${CARD} wurde doppelt belastet. Bitte schreiben Sie an ${EMAIL}.`;
const DRAFT = 'Es tut uns leid. Wir erstatten den doppelten Betrag innerhalb von drei Tagen.';

function germanTicket(core: ConsoleCore) {
  const ticket = retailTicket({ id: 't-de', status: 'escalated', language: 'de', aiDraft: DRAFT });
  core.cache.putTicket(ticket);
  const customer = { ...msg('customer', GERMAN), ticketId: 't-de' };
  const note = { ...msg('agent', 'Interne Notiz', 'note'), ticketId: 't-de' };
  core.cache.putMessage(customer);
  core.cache.putMessage(note);
  return { ticket, customer };
}

describe('translator through the real SDK', () => {
  it('sends placeholders instead of personal data, asks for structured JSON and restores the data locally', async () => {
    server().script({
      final: { translations: ['My card [CARD_1] was charged twice. Please write to [EMAIL_1].', 'Thank you.'] },
    });
    const result = await translator().translate([GERMAN, 'Danke.'], 'en');

    expect(result).toEqual({
      ok: true,
      value: [`My card ${CARD} was charged twice. Please write to ${EMAIL}.`, 'Thank you.'],
    });
    expect(server().requests).toHaveLength(1);
    const raw = server().requests[0]!.raw;
    expect(raw).not.toContain(EMAIL);
    expect(raw).not.toContain('4111');
    expect(raw).toContain('[CARD_1]');
    expect(raw).toContain('[EMAIL_1]');
    expect(server().requests[0]!.body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'translations', strict: true },
    });
    expect(server().requests[0]!.authorization).toBe('Bearer sk-test');
  });

  it('gives a typed error for a malformed answer and for a wrong number of translations', async () => {
    server().script({ final: 'Here is your translation: My card was charged twice.' });
    expect(await translator().translate([GERMAN], 'en')).toMatchObject({
      ok: false,
      error: { code: 'translation_malformed', message: expect.stringContaining('valid JSON') },
    });

    server().script({ final: { translations: ['one', 'two'] } });
    expect(await translator().translate([GERMAN], 'en')).toMatchObject({
      ok: false,
      error: {
        code: 'translation_malformed',
        message: 'The translation model returned 2 translation(s) for 1 text(s).',
      },
    });

    server().script({ final: { result: 'no list' } });
    expect(await translator().translate([GERMAN], 'en')).toMatchObject({
      ok: false,
      error: { code: 'translation_malformed' },
    });
  });

  it('retries a 500 and a 429, then reports a clear error without throwing', async () => {
    server().script(
      { status: 500 },
      { status: 429, headers: { 'retry-after-ms': '5' } },
      { final: { translations: ['Hello.'] } },
    );
    expect(await translator().translate(['Hallo.'], 'en')).toEqual({ ok: true, value: ['Hello.'] });
    expect(server().requests).toHaveLength(3);

    server().reset();
    server().script({ status: 500 }, { status: 500 }, { status: 500 });
    const failed = await translator().translate(['Hallo.'], 'en');
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'translation_failed', message: expect.stringMatching(/failed after 3 attempts: HTTP 500/) },
    });
    expect(server().requests).toHaveLength(3);
  });

  it('times out a hung endpoint into an error', async () => {
    server().script({ hangMs: 3_000 });
    const result = await translator({ timeoutMs: 200, retry: { maxRetries: 0 } }).translate(['Hallo.'], 'en');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'translation_failed', message: expect.stringContaining('timed out') },
    });
  });
});

describe('translateTicket on a console with its SQLite cache', () => {
  it('translates customer messages and the draft, then answers from the cache without a request (also after reopening the file)', async () => {
    const core = consoleWith({ translator: translator() });
    const { customer } = germanTicket(core);
    const setup = await core.service.getConsoleSetup({});
    expect(setup.ok && setup.value.translationAvailable).toBe(true);

    server().script({
      final: {
        translations: [
          'My card [CARD_1] was charged twice. Please write to [EMAIL_1].',
          'We are sorry. We refund the double amount within three days.',
        ],
      },
    });
    const first = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(TicketTranslationSchema.parse(first.value)).toEqual({
      ticketId: 't-de',
      language: 'en',
      sourceLanguage: 'de',
      messages: [{ messageId: customer.id, text: `My card ${CARD} was charged twice. Please write to ${EMAIL}.` }],
      draft: 'We are sorry. We refund the double amount within three days.',
      fromCache: 0,
      failure: null,
    });
    // The internal note was not sent; the customer's data was not either.
    expect(server().requests).toHaveLength(1);
    expect(server().requests[0]!.raw).not.toContain('Interne Notiz');
    expect(server().requests[0]!.raw).not.toContain(EMAIL);

    const again = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(again).toEqual({ ok: true, value: { ...first.value, fromCache: 2 } });
    expect(server().requests).toHaveLength(1);

    // A restart: the same file, a new console, the endpoint now failing every call. Still shown, no request.
    file.reopen();
    server().script({ status: 500 });
    const reopened = await consoleWith({ translator: translator() }).service.translateTicket({
      ticketId: 't-de',
      language: 'en',
    });
    expect(reopened).toEqual({ ok: true, value: { ...first.value, fromCache: 2 } });
    expect(server().requests).toHaveLength(1);

    // Offline with a new customer message: the cached translations still show, the new one is null with the reason.
    const reopenedCore = consoleWith({ translator: translator({ retry: { maxRetries: 0 } }) });
    const later = { ...msg('customer', 'Haben Sie meine Nachricht erhalten?'), ticketId: 't-de' };
    reopenedCore.cache.putMessage(later);
    const partial = await reopenedCore.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(partial).toMatchObject({
      ok: true,
      value: {
        messages: [
          { messageId: customer.id, text: first.value.messages[0]!.text },
          { messageId: later.id, text: null },
        ],
        draft: first.value.draft,
        fromCache: 2,
        failure: { code: 'translation_failed', message: expect.stringContaining('HTTP 500') },
      },
    });
    expect(server().requests).toHaveLength(2);
  });

  it('needs no translation into the customer language, and says not_configured without a translator', async () => {
    const core = consoleWith({ translator: translator() });
    const { customer } = germanTicket(core);
    expect(await core.service.translateTicket({ ticketId: 't-de', language: 'de' })).toEqual({
      ok: true,
      value: {
        ticketId: 't-de',
        language: 'de',
        sourceLanguage: 'de',
        messages: [{ messageId: customer.id, text: null }],
        draft: null,
        fromCache: 0,
        failure: null,
      },
    });
    expect(server().requests).toHaveLength(0);
    // A ticket whose language is not known is shown as written, as the ticket view does: no model call.
    core.cache.putTicket({ ...core.cache.getTicket('t-de')!, id: 't-unknown', language: null });
    core.cache.putMessage({ ...customer, id: 'm-unknown', ticketId: 't-unknown' });
    expect(await core.service.translateTicket({ ticketId: 't-unknown', language: 'en' })).toMatchObject({
      ok: true,
      value: { sourceLanguage: null, messages: [{ messageId: 'm-unknown', text: null }], draft: null },
    });
    expect(server().requests).toHaveLength(0);
    expect(await core.service.translateTicket({ ticketId: 'missing', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const plain = consoleWith();
    const setup = await plain.service.getConsoleSetup({});
    expect(setup.ok && setup.value.translationAvailable).toBe(false);
    expect(await plain.service.translateTicket({ ticketId: 't-de', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'not_configured', message: expect.stringContaining('--openai-base-url') },
    });
  });

  it('keeps nothing from a failed call, so the next try asks again', async () => {
    const core = consoleWith({ translator: translator({ retry: { maxRetries: 0 } }) });
    germanTicket(core);
    server().script({ final: { translations: ['only one'] } });
    expect(await core.service.translateTicket({ ticketId: 't-de', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'translation_malformed' },
    });
    server().script({ final: { translations: ['Card charged twice.', 'Sorry.'] } });
    const retried = await core.service.translateTicket({ ticketId: 't-de', language: 'en' });
    expect(retried.ok && retried.value.draft).toBe('Sorry.');
    expect(server().requests).toHaveLength(2);
  });
});
