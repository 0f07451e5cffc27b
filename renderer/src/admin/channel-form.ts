import { EmailChannelConfigSchema } from '../../../shared/channels/email-config.js';
import type { ChannelSetting } from '../../../shared/settings/setting-values.js';
import type { SettingFormSpec } from './setting-editor.js';

/** The email fields of a channel's `config` as the form holds them: typed text (the poll interval too). */
const EMAIL_FIELDS = ['imapUrl', 'smtpUrl', 'fromName', 'fromAddress', 'mailbox', 'pollSeconds'] as const;
export type MailboxField = (typeof EMAIL_FIELDS)[number];

/**
 * A channel as the Channels section edits it: a mailbox's settings (type email) or a generic channel's reply URL
 * (type webhook), as typed; the type is chosen for a new channel.
 */
export type ChannelForm = { type: ChannelSetting['type']; name: string; queueId: string; enabled: boolean } & Record<
  MailboxField,
  string
> & { replyUrl: string };

/** A new mailbox's folder and poll interval: the schema's defaults. */
const DEFAULTS = {
  mailbox: EmailChannelConfigSchema.shape.mailbox.parse(undefined),
  pollSeconds: EmailChannelConfigSchema.shape.pollSeconds.parse(undefined),
};

/** The number typed, when it is one; else the text, so the schema names what is wrong. */
export const numberOrText = (typed: string): number | string =>
  /^\s*\d+\s*$/.test(typed) ? Number(typed) : typed.trim();

export const CHANNEL_FORM: SettingFormSpec<'channel', ChannelForm> = {
  kind: 'channel',
  fieldPaths: [
    'type',
    'name',
    'queueId',
    'enabled',
    ...EMAIL_FIELDS.map((field) => `config.${field}`),
    'config.replyUrl',
  ],
  blank: () => ({
    type: 'email',
    name: '',
    queueId: '',
    enabled: true,
    imapUrl: '',
    smtpUrl: '',
    fromName: '',
    fromAddress: '',
    mailbox: DEFAULTS.mailbox,
    pollSeconds: String(DEFAULTS.pollSeconds),
    replyUrl: '',
  }),
  fromValue: (value) => {
    const text = (field: MailboxField) => (value.type === 'email' ? String(value.config[field] ?? '') : '');
    return {
      type: value.type,
      name: value.name,
      queueId: value.queueId,
      enabled: value.enabled,
      imapUrl: text('imapUrl'),
      smtpUrl: text('smtpUrl'),
      fromName: text('fromName'),
      fromAddress: text('fromAddress'),
      mailbox: text('mailbox'),
      pollSeconds: text('pollSeconds'),
      replyUrl: value.type === 'webhook' ? String(value.config.replyUrl ?? '') : '',
    };
  },
  toValue: (form) => ({
    type: form.type,
    name: form.name,
    queueId: form.queueId,
    enabled: form.enabled,
    config:
      form.type === 'email'
        ? {
            imapUrl: form.imapUrl.trim(),
            smtpUrl: form.smtpUrl.trim(),
            fromName: form.fromName,
            fromAddress: form.fromAddress,
            mailbox: form.mailbox,
            pollSeconds: numberOrText(form.pollSeconds),
          }
        : { replyUrl: form.replyUrl.trim() },
  }),
};
