import { describe, expect, it } from 'vitest';
import { CHANNEL_FORM, type ChannelForm } from '../../../renderer/src/admin/channel-form.js';
import { ChannelSettingSchema } from '../../../shared/settings/setting-values.js';
import { fieldRuleKey } from '../../../renderer/src/admin/issue-texts.js';
import { placeIssues } from '../../../renderer/src/admin/issue-placement.js';
import { createSettingEditor } from '../../../renderer/src/admin/setting-editor.js';
import { consoleTranslator } from '../../helpers/ui-strings.js';
import { createFakeSettingsHost } from './fake-settings-host.js';

const mailbox = (patch: Partial<ChannelForm> = {}): ChannelForm => ({
  ...CHANNEL_FORM.blank(),
  name: 'Support',
  queueId: 'billing',
  imapUrl: 'imaps://support%40example.com@imap.example.com',
  smtpUrl: 'smtps://support%40example.com@smtp.example.com',
  fromName: 'Example Support',
  fromAddress: 'support@example.com',
  ...patch,
});

function editorOver(host = createFakeSettingsHost('admin')) {
  const editor = createSettingEditor({
    api: host.api,
    spec: CHANNEL_FORM,
    existingIds: () => [],
    idTaken: (id) => `taken: ${id}`,
    onStored: () => undefined,
  });
  return { host, editor, state: () => editor.store.getState() };
}

describe('the Channels section: an email mailbox form', () => {
  it('saves a mailbox as a channel setting of type email, the poll interval as a number', async () => {
    const { host, editor, state } = editorOver();
    editor.startNew();
    editor.setId('support');
    editor.edit(mailbox({ pollSeconds: '30' }));
    await editor.save();
    expect(state().notice).toEqual({ kind: 'saved', version: 1 });
    const saved = host.calls.find((call) => call.method === 'saveSetting')?.input as { value: unknown };
    expect(saved.value).toEqual({
      type: 'email',
      name: 'Support',
      queueId: 'billing',
      enabled: true,
      config: {
        imapUrl: 'imaps://support%40example.com@imap.example.com',
        smtpUrl: 'smtps://support%40example.com@smtp.example.com',
        fromName: 'Example Support',
        fromAddress: 'support@example.com',
        mailbox: 'INBOX',
        pollSeconds: 30,
      },
    });
    // Opened again, the form reads what was saved.
    expect(CHANNEL_FORM.fromValue(CHANNEL_FORM.toValue(mailbox(), 'support') as never)).toEqual(mailbox());
  });

  it('puts a wrong URL, a password in a URL and a poll out of range on their own fields, and sends nothing', async () => {
    const { host, editor, state } = editorOver();
    editor.startNew();
    editor.setId('support');
    editor.edit(
      mailbox({ imapUrl: 'http://imap.example.com', smtpUrl: 'smtp://me:secret@smtp.example.com', pollSeconds: '2' }),
    );
    await editor.save();
    expect(host.calls.filter((call) => call.method === 'saveSetting')).toEqual([]);
    const placement = placeIssues(state().issues, ['id', ...CHANNEL_FORM.fieldPaths], (field) =>
      fieldRuleKey('channel', field),
    );
    expect([...placement.byField.keys()].sort()).toEqual(['config.imapUrl', 'config.pollSeconds', 'config.smtpUrl']);
    expect(placement.byField.get('config.smtpUrl')?.[0]?.message).toMatch(/no password in the URL/i);
    const t = consoleTranslator('ja');
    expect(t(placement.byField.get('config.imapUrl')?.[0]?.rule ?? '')).toMatch(/imaps:\/\/USER@HOST/);
    expect(t(placement.byField.get('config.imapUrl')?.[0]?.rule ?? '')).toMatch(/ループバック/);
  });

  it('refuses a connection without TLS except to a loopback host, as the queue does', () => {
    // The channel kind's own schema checks the URLs: the form and the queue refuse the same values.
    const issues = (imapUrl: string) =>
      (ChannelSettingSchema.safeParse(CHANNEL_FORM.toValue(mailbox({ imapUrl }), 'x')).error?.issues ?? []).map(
        ({ path, message }) => ({ path, message }),
      );
    expect(issues('imap://u@127.0.0.1:1143?security=none')).toEqual([]);
    expect(issues('imap://u@imap.example.com?security=none')).toEqual([
      { path: ['config', 'imapUrl'], message: 'A connection without TLS is allowed to a loopback host only.' },
    ]);
  });

  it('keeps the config of a channel of another type as it is', () => {
    const sms = {
      type: 'webhook' as const,
      name: 'SMS',
      queueId: 'billing',
      enabled: true,
      config: { replyUrl: 'https://sms-adapter.example.com/replies' },
    };
    expect(CHANNEL_FORM.toValue(CHANNEL_FORM.fromValue(sms), 'sms')).toEqual(sms);
    expect(ChannelSettingSchema.safeParse(sms).success).toBe(true);
  });
});
