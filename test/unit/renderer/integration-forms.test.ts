import { describe, expect, it } from 'vitest';
import { CHANNEL_FORM } from '../../../renderer/src/admin/channel-form.js';
import { fieldRuleKey } from '../../../renderer/src/admin/issue-texts.js';
import { placeIssues } from '../../../renderer/src/admin/issue-placement.js';
import { embedSnippet, inboundUrl } from '../../../renderer/src/admin/integrations/queue-addresses.js';
import { WEBHOOK_FORM, withEvent } from '../../../renderer/src/admin/integrations/webhook-form.js';
import { newWidgetKey, originToAdd, widgetFormFor } from '../../../renderer/src/admin/integrations/widget-form.js';
import { createSettingEditor, type SettingFormSpec } from '../../../renderer/src/admin/setting-editor.js';
import { deliveryWording } from '../../../renderer/src/delivery/delivery-wording.js';
import { WidgetKeySchema } from '../../../shared/settings/setting-values.js';
import type { SettingKind } from '../../../shared/settings/setting-kinds.js';
import { consoleTranslator } from '../../helpers/ui-strings.js';
import { createFakeSettingsHost } from './fake-settings-host.js';

/** An editor of one kind over the fake console host, and where its issues land on the form. */
function editorOver<K extends SettingKind, F>(spec: SettingFormSpec<K, F>) {
  const host = createFakeSettingsHost('admin');
  const editor = createSettingEditor({
    api: host.api,
    spec,
    existingIds: () => [],
    idTaken: (id) => `taken: ${id}`,
    onStored: () => undefined,
  });
  const placement = () =>
    placeIssues(editor.store.getState().issues, ['id', ...spec.fieldPaths], (field) => fieldRuleKey(spec.kind, field));
  const saved = () => host.calls.filter((call) => call.method === 'saveSetting').map((call) => call.input);
  return { editor, placement, saved, state: () => editor.store.getState() };
}

const WIDGET_FORM = widgetFormFor(['en', 'ar']);

describe('the Chat widgets section: its form', () => {
  it('puts a bad origin on its own line and "no origin" on the list, in the reader’s language, and sends nothing', async () => {
    const { editor, placement, saved } = editorOver(WIDGET_FORM);
    editor.startNew();
    editor.setId('shop');
    editor.edit({
      title: 'Shop chat',
      queueId: 'billing',
      allowedOrigins: ['https://shop.example.com', 'shop.example.com/cart'],
    });
    await editor.save();
    expect(saved()).toEqual([]);
    const badLine = placement().byField.get('allowedOrigins.1') ?? [];
    expect(badLine).toHaveLength(1);
    expect(placement().byField.has('allowedOrigins.0')).toBe(false);
    expect(consoleTranslator('de')(badLine[0]?.rule ?? '')).toMatch(/https:\/\/host:port, ohne Pfad/);

    editor.edit({ allowedOrigins: [] });
    await editor.save();
    expect(saved()).toEqual([]);
    expect(placement().byField.get('allowedOrigins')?.[0]?.rule).toBe('integrations.rule.origins');
  });

  it('saves a widget with its key, greetings only where written, and the origins as typed without a trailing slash', async () => {
    const { editor, saved, state } = editorOver(WIDGET_FORM);
    editor.startNew();
    const key = state().draft?.form.publicKey ?? '';
    editor.setId('shop');
    editor.edit({
      title: 'Shop chat',
      queueId: 'billing',
      greeting: { en: 'Hi! How can we help?', ar: '  ' },
      allowedOrigins: ['https://shop.example.com/'],
    });
    await editor.save();
    expect(state().notice).toEqual({ kind: 'saved', version: 1 });
    expect(saved()[0]).toMatchObject({
      kind: 'widget',
      value: {
        publicKey: key,
        greeting: { en: 'Hi! How can we help?' },
        allowedOrigins: ['https://shop.example.com'],
        accentColor: '#1f5fbf',
        position: 'right',
        enabled: true,
        requireIdentity: false,
      },
    });
    // Opened again, every tenant language has its greeting field, empty where none was written.
    const stored = saved()[0] as { value: Parameters<typeof WIDGET_FORM.fromValue>[0] };
    expect(WIDGET_FORM.fromValue(stored.value).greeting).toEqual({ en: 'Hi! How can we help?', ar: '' });
  });

  it('places a too long greeting on its language’s field, and one in a language the tenant no longer lists on the list', async () => {
    const { editor, placement, saved } = editorOver(WIDGET_FORM);
    editor.startNew();
    editor.setId('shop');
    const long = 'x'.repeat(501);
    editor.edit({
      title: 'Shop chat',
      queueId: 'billing',
      allowedOrigins: ['https://shop.example.com'],
      greeting: { en: long, ar: '', fr: long },
    });
    await editor.save();
    expect(saved()).toEqual([]);
    expect(placement().byField.get('greeting.en')?.[0]?.rule).toBe('integrations.rule.greeting');
    expect(placement().byField.get('greeting')?.[0]).toMatchObject({
      rule: 'integrations.rule.greeting',
      within: ['fr'],
    });
  });

  it('makes public keys the widget schema accepts, each new, from the cryptographic generator', () => {
    const keys = new Set(Array.from({ length: 50 }, () => newWidgetKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(WidgetKeySchema.safeParse(key).success).toBe(true);
    // Bytes of 248 and above are dropped, so the 62 characters are equally likely.
    expect(newWidgetKey((bytes) => bytes.map((_, index) => (index % 2 ? 61 : 250)))).toBe(`pk_${'9'.repeat(24)}`);
  });

  it('checks an origin as it is added: a web origin as the browser sends it, not listed twice', () => {
    expect(originToAdd(' https://shop.example.com/ ', [])).toEqual({ origin: 'https://shop.example.com', ok: true });
    expect(originToAdd('https://shop.example.com:8443', []).ok).toBe(true);
    expect(originToAdd('https://shop.example.com/cart', []).ok).toBe(false);
    expect(originToAdd('shop.example.com', []).ok).toBe(false);
    expect(originToAdd('https://shop.example.com', ['https://shop.example.com']).ok).toBe(false);
  });

  it('writes the embed snippet with the queue’s widget.js, the tenant and the key, attribute values escaped', () => {
    expect(embedSnippet('http://127.0.0.1:4100/', 'demo-bank', 'pk_abcdefghijklmnop')).toBe(
      '<script src="http://127.0.0.1:4100/widget.js" data-tenant="demo-bank" data-key="pk_abcdefghijklmnop" async></script>',
    );
    expect(embedSnippet('https://q.example', 'a"b', 'pk_x')).toContain('data-tenant="a&quot;b"');
  });
});

describe('the Webhooks section: its form', () => {
  it('puts a URL that is not https (or http on this machine) on the URL field and "no events" on the events', async () => {
    const { editor, placement, saved } = editorOver(WEBHOOK_FORM);
    editor.startNew();
    editor.setId('crm');
    editor.edit({ name: 'CRM', url: 'http://crm.example.com/hooks', events: [] });
    await editor.save();
    expect(saved()).toEqual([]);
    expect([...placement().byField.keys()].sort()).toEqual(['events', 'url']);
    const t = consoleTranslator('ja');
    expect(t(placement().byField.get('url')?.[0]?.rule ?? '')).toMatch(/127\.0\.0\.1/);
    expect(t(placement().byField.get('events')?.[0]?.rule ?? '')).toBe('イベントを 1 つ以上選んでください。');
  });

  it('saves the events in the list’s order, whatever order they were ticked in', async () => {
    const { editor, saved } = editorOver(WEBHOOK_FORM);
    editor.startNew();
    editor.setId('crm');
    let events = withEvent([], 'rating.added', true);
    events = withEvent(events, 'ticket.created', true);
    events = withEvent(events, 'message.added', true);
    events = withEvent(events, 'message.added', false);
    editor.edit({ name: 'CRM', url: 'https://crm.example.com/hooks', events });
    await editor.save();
    expect(saved()[0]).toMatchObject({
      value: { name: 'CRM', url: 'https://crm.example.com/hooks', events: ['ticket.created', 'rating.added'] },
    });
  });
});

describe('the Channels section: a generic channel', () => {
  it('puts a bad reply URL on its field and saves a good one as the channel’s config', async () => {
    const { editor, placement, saved } = editorOver(CHANNEL_FORM);
    editor.startNew();
    editor.setId('sms');
    editor.edit({ type: 'webhook', name: 'SMS', queueId: 'billing', replyUrl: 'ftp://sms.example.com/replies' });
    await editor.save();
    expect(saved()).toEqual([]);
    expect([...placement().byField.keys()]).toEqual(['config.replyUrl']);
    expect(placement().byField.get('config.replyUrl')?.[0]?.rule).toBe('integrations.rule.url');

    editor.edit({ replyUrl: ' http://127.0.0.1:5000/replies ' });
    await editor.save();
    expect(saved()[0]).toMatchObject({
      value: { type: 'webhook', name: 'SMS', config: { replyUrl: 'http://127.0.0.1:5000/replies' } },
    });
  });

  it('gives the adapter the inbound URL of the tenant and channel', () => {
    expect(inboundUrl('https://queue.example.com/', 'demo bank', 'sms')).toBe(
      'https://queue.example.com/v1/inbound/demo%20bank/sms',
    );
  });
});

describe('the delivery line', () => {
  it('reads a reply’s delivery in its ticket channel’s words', () => {
    expect(deliveryWording('chat')).toBe('chat');
    expect(deliveryWording('messaging')).toBe('messaging');
    expect(deliveryWording('email')).toBe('email');
    const t = consoleTranslator('en');
    expect(t('delivery.chat.sent', { to: 'visitor-1' })).toBe('Shown to the customer');
    expect(t('delivery.email.sent', { to: 'ana@example.com' })).toBe('Sent to ana@example.com');
  });
});
