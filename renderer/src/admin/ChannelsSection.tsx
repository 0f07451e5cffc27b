import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelStatus } from '../../../shared/api/channel-contract.js';
import { useController } from '../state/context.js';
import { AdminField, CheckField, NameField, TextField } from './AdminField.js';
import { actionErrorText } from '../email/action-error.js';
import { CHANNEL_TYPES } from '../../../shared/settings/setting-values.js';
import { ChannelStatusPanel } from './ChannelStatusPanel.js';
import { MessagingChannelPanel } from './integrations/MessagingChannelPanel.js';
import { QueueSelect } from './integrations/QueueSelect.js';
import { CHANNEL_FORM, type ChannelForm, type MailboxField } from './channel-form.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';

/**
 * Channels (admins): email mailboxes with their owner queue, IMAP and SMTP URLs, From name and address, folder and
 * poll interval, each checked on its field before saving; beside a stored one its status as the queue runs it, its
 * passwords (write-only) and a test of both directions. A generic channel (type webhook) has its reply URL; beside
 * a stored one its inbound URL, channel secret and reply deliveries (MessagingChannelPanel).
 */
export function ChannelsSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  const { api } = useController();
  const queues = props.view.settings.queue;
  const [statuses, setStatuses] = useState<readonly ChannelStatus[] | null>(null);
  // Why the status could not be read when it is not the console being offline (which the panel says by itself).
  const [statusError, setStatusError] = useState<string | null>(null);
  const readStatus = useCallback(async () => {
    const answer = await api.listChannelStatus({});
    setStatuses(answer.ok ? answer.value.channels : null);
    setStatusError(answer.ok || answer.error.code === 'needs_network' ? null : actionErrorText(t, answer.error));
  }, [api, t]);
  useEffect(() => {
    void readStatus();
    // A mailbox starts, fails or receives mail while the section is open: its status is read again every 10 s.
    const timer = setInterval(() => void readStatus(), STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [readStatus, props.view.settings.channel]);

  const statusOf = (id: string) => statuses?.find((status) => status.id === id) ?? null;

  return (
    <SettingSection<'channel', ChannelForm>
      {...props}
      spec={CHANNEL_FORM}
      itemLabel={(entry) => entry.value.name}
      itemDecoration={(entry) => (
        <span
          className={`channel-dot channel-dot-${dotOf(statusOf(entry.id))}`}
          aria-hidden="true"
          data-testid="channel-dot"
        />
      )}
      renderFields={({ form, edit, placement, id, isNew }) => (
        <>
          <NameField value={form.name} placement={placement} onChange={(name) => edit({ name })} />
          {isNew ? (
            <AdminField label={t('integrations.channel.type')} paths={['type']} placement={placement}>
              {({ id: controlId, describedBy }) => (
                <select
                  id={controlId}
                  value={form.type}
                  aria-describedby={describedBy}
                  data-testid="channel-type"
                  onChange={(event) => edit({ type: event.target.value === 'webhook' ? 'webhook' : 'email' })}
                >
                  {CHANNEL_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`integrations.channel.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </AdminField>
          ) : null}
          <QueueSelect
            label={t('email.channel.queue')}
            choose={t('email.channel.chooseQueue')}
            queues={queues}
            value={form.queueId}
            placement={placement}
            testId="channel-queue"
            onChange={(queueId) => edit({ queueId })}
          />
          <CheckField
            label={t('email.channel.enabled')}
            checked={form.enabled}
            testId="channel-enabled"
            onChange={(enabled) => edit({ enabled })}
          />
          {form.type === 'email' ? (
            MAILBOX_FIELDS.map(({ field, hint, numeric, ltr }) => (
              <TextField
                key={field}
                label={t(`email.channel.${field}`)}
                hint={hint ? t(`email.channel.${field}Hint`) : undefined}
                inputMode={numeric ? 'numeric' : undefined}
                dir={ltr ? 'ltr' : undefined}
                path={`config.${field}`}
                testId={`channel-${field}`}
                placement={placement}
                value={form[field]}
                onChange={(typed) => edit({ [field]: typed })}
              />
            ))
          ) : (
            <TextField
              label={t('integrations.channel.replyUrl')}
              hint={t('integrations.channel.replyUrlHint')}
              dir="ltr"
              path="config.replyUrl"
              testId="channel-replyUrl"
              placement={placement}
              value={form.replyUrl}
              onChange={(replyUrl) => edit({ replyUrl })}
            />
          )}
          {isNew ? (
            <p className="admin-note channel-wide" data-testid="channel-save-first">
              {t(form.type === 'email' ? 'email.channel.saveFirst' : 'integrations.channel.saveFirst')}
            </p>
          ) : form.type === 'email' ? (
            // Keyed by the channel: passwords typed for one mailbox never stay in the fields when another is opened.
            <ChannelStatusPanel
              key={id}
              channelId={id}
              status={statusOf(id)}
              statusError={statusError}
              onChanged={readStatus}
            />
          ) : (
            <MessagingChannelPanel key={id} channelId={id} editable={props.editable} />
          )}
        </>
      )}
    />
  );
}

/**
 * A mailbox's text fields in the form's order; `hint`: it has `email.channel.<field>Hint`; `ltr`: a URL or an
 * address, which reads left to right in Arabic and Hebrew too (its punctuation stays where it belongs).
 */
const MAILBOX_FIELDS: ReadonlyArray<{ field: MailboxField; hint?: true; numeric?: true; ltr?: true }> = [
  { field: 'imapUrl', hint: true, ltr: true },
  { field: 'smtpUrl', hint: true, ltr: true },
  { field: 'fromName' },
  { field: 'fromAddress', ltr: true },
  { field: 'mailbox' },
  { field: 'pollSeconds', hint: true, numeric: true },
];

/** How often the open Channels section reads the mailboxes' status again. */
const STATUS_REFRESH_MS = 10_000;

/** The list's dot: running without error, failing, or not running (unknown offline). */
function dotOf(status: ChannelStatus | null): 'ok' | 'error' | 'off' {
  if (!status) return 'off';
  if (status.error) return 'error';
  return status.running ? 'ok' : 'off';
}
