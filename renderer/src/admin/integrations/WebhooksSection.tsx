import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENT_TYPES } from '../../../../shared/channels/webhook-events.js';
import { useId } from 'react';
import { CheckField, issueText, NameField, TextField } from '../AdminField.js';
import { SettingSection, type AdminSectionProps } from '../SettingSection.js';
import { DeliveryLog } from './DeliveryLog.js';
import { SecretPanel } from './SecretPanel.js';
import { WEBHOOK_FORM, withEvent, type WebhookForm } from './webhook-form.js';
import './integrations.css';

/**
 * Outbound webhooks (admins): a name, the receiver's URL, the events it is told of (each said in a line), on/off;
 * beside a stored one its signing secret (made on the queue, shown once) and its delivery log with Redeliver.
 */
export function WebhooksSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  const eventsErrorId = useId();
  return (
    <SettingSection<'webhook', WebhookForm>
      {...props}
      spec={WEBHOOK_FORM}
      itemLabel={(entry) => entry.value.name}
      renderFields={({ form, edit, placement, id, isNew }) => {
        const eventIssues = placement.byField.get('events') ?? [];
        return (
          <>
            <NameField value={form.name} placement={placement} onChange={(name) => edit({ name })} />
            <TextField
              label={t('integrations.webhook.url')}
              hint={t('integrations.webhook.urlHint')}
              path="url"
              placement={placement}
              value={form.url}
              dir="ltr"
              testId="webhook-url"
              onChange={(url) => edit({ url })}
            />
            <CheckField
              label={t('integrations.webhook.enabled')}
              checked={form.enabled}
              testId="webhook-enabled"
              onChange={(enabled) => edit({ enabled })}
            />
            <fieldset className="admin-field channel-wide" data-testid="webhook-events">
              <legend>{t('integrations.webhook.events')}</legend>
              <ul className="webhook-events">
                {WEBHOOK_EVENT_TYPES.map((event, index) => (
                  <li key={event}>
                    <label className="admin-check">
                      <input
                        type="checkbox"
                        checked={form.events.includes(event)}
                        // The first box carries the list's issue, so a save's focus lands in the list.
                        aria-invalid={(index === 0 && eventIssues.length > 0) || undefined}
                        aria-describedby={eventIssues.length > 0 ? eventsErrorId : undefined}
                        data-testid={`webhook-event-${event}`}
                        onChange={(change) => edit({ events: withEvent(form.events, event, change.target.checked) })}
                      />{' '}
                      <code dir="ltr">{event}</code>{' '}
                      <span className="admin-hint">{t(`integrations.webhook.event.${event.replace('.', '_')}`)}</span>
                    </label>
                  </li>
                ))}
              </ul>
              {eventIssues.length > 0 ? (
                <span className="admin-field-error" id={eventsErrorId} data-testid="admin-field-error">
                  {eventIssues.map((issue) => issueText(t, issue)).join(' ')}
                </span>
              ) : null}
            </fieldset>
            {isNew ? (
              <p className="admin-note channel-wide" data-testid="webhook-save-first">
                {t('integrations.webhook.saveFirst')}
              </p>
            ) : (
              <>
                <SecretPanel key={`secret-${id}`} kind="webhook" id={id} editable={props.editable} />
                <DeliveryLog key={`log-${id}`} owner={{ webhookId: id }} editable={props.editable} />
              </>
            )}
          </>
        );
      }}
    />
  );
}
