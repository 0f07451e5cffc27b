import type { WebhookEventType } from '../../../shared/channels/webhook-events.js';
import { SETTING_KINDS, type SettingKind } from '../../../shared/settings/setting-kinds.js';
import { ChannelSecrets } from '../../../server/secrets/channel-secrets.js';
import { newSecretKeyText } from '../../../server/secrets/secret-key.js';
import type { QueueStore } from '../../../server/storage/queue-store.js';

/** A queue secret key made for the test (what SWITCHBOARD_SECRET_KEY holds). */
export function testSecrets(): ChannelSecrets {
  return new ChannelSecrets({ ok: true, key: Buffer.from(newSecretKeyText(), 'base64'), origin: 'test' });
}

/** Secrets of a queue started without a key (PostgreSQL without SWITCHBOARD_SECRET_KEY_FILE). */
export function noSecretKey(): ChannelSecrets {
  return ChannelSecrets.load({ env: {}, sqliteFile: null, log: () => undefined });
}

/** Saves a new live setting (version 1) as its kind's schema reads it, failing the test when the store refuses it. */
export async function saveNewSetting(
  store: QueueStore,
  tenantId: string,
  kind: SettingKind,
  id: string,
  value: unknown,
) {
  const result = await store.saveSetting({
    tenantId,
    kind,
    id,
    baseVersion: 0,
    value: SETTING_KINDS[kind].schema.parse(value),
    savedBy: 'test admin',
    savedAt: new Date().toISOString(),
  });
  if (result.status !== 'stored') throw new Error(`The ${kind} ${id} was not stored: ${JSON.stringify(result)}`);
  return result.setting;
}

export function webhookValue(url: string, events: readonly WebhookEventType[], enabled = true) {
  return { name: 'Order system', url, events: [...events], enabled };
}

export function genericChannelValue(replyUrl: string, queueId = 'general', enabled = true) {
  return { type: 'webhook', name: 'SMS', queueId, enabled, config: { replyUrl } };
}

export const EMAIL_CHANNEL_VALUE = {
  type: 'email',
  name: 'Support mailbox',
  queueId: 'general',
  enabled: false,
  config: {
    imapUrl: 'imaps://support%40shop.example@imap.shop.example',
    smtpUrl: 'smtps://support%40shop.example@smtp.shop.example',
    fromAddress: 'support@shop.example',
    fromName: 'Support',
  },
};

export const WIDGET_VALUE = {
  title: 'Chat with us',
  greeting: { en: 'Hello! How can we help?' },
  accentColor: '#336699',
  position: 'right',
  enabled: true,
  queueId: 'general',
  publicKey: 'pk_test0123456789abcdef',
  allowedOrigins: ['https://shop.example'],
  requireIdentity: false,
};
