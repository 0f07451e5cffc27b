import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/useFormat.js';
import { AdminField, CheckField, ColourField, issueText, TextField } from '../AdminField.js';
import { SettingSection, type AdminSectionProps } from '../SettingSection.js';
import { CopyText } from './CopyText.js';
import { OriginsField } from './OriginsField.js';
import { QueueSelect } from './QueueSelect.js';
import { SecretPanel } from './SecretPanel.js';
import { useQueueAddress } from './useQueueAddress.js';
import { embedSnippet } from './queue-addresses.js';
import { newWidgetKey, widgetFormFor, type WidgetForm } from './widget-form.js';
import './integrations.css';

/**
 * The chat widget (admins): its title, a greeting per tenant language, accent colour, position, owner queue, the
 * sites that may show it, whether visitors must be signed in, its public key; beside a stored one its embed
 * snippet and its identity secret (made on the queue, shown once).
 */
export function WidgetsSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const address = useQueueAddress();
  const profile = props.view.settings.profile[0]?.value;
  const languages = useMemo(() => profile?.languages ?? ['en'], [profile]);
  const spec = useMemo(() => widgetFormFor(languages), [languages]);
  return (
    <SettingSection<'widget', WidgetForm>
      {...props}
      spec={spec}
      itemLabel={(entry) => entry.value.title}
      itemDecoration={(entry) => (
        <span className="admin-swatch" aria-hidden="true" style={{ background: entry.value.accentColor }} />
      )}
      renderFields={({ form, edit, placement, id, isNew }) => {
        const stored = props.view.settings.widget.find((entry) => entry.id === id)?.value;
        return (
          <>
            <TextField
              label={t('integrations.widget.title')}
              path="title"
              placement={placement}
              value={form.title}
              testId="widget-title"
              onChange={(title) => edit({ title })}
            />
            <QueueSelect
              label={t('integrations.widget.queue')}
              choose={t('integrations.widget.chooseQueue')}
              queues={props.view.settings.queue}
              value={form.queueId}
              placement={placement}
              testId="widget-queue"
              onChange={(queueId) => edit({ queueId })}
            />
            <fieldset className="admin-field channel-wide">
              <legend>{t('integrations.widget.greetings')}</legend>
              <span className="admin-hint">{t('integrations.widget.greetingsHint')}</span>
              {Object.keys(form.greeting).map((language) => (
                <TextField
                  key={language}
                  label={fmt.languageName(language)}
                  path={`greeting.${language}`}
                  placement={placement}
                  value={form.greeting[language] ?? ''}
                  testId={`widget-greeting-${language}`}
                  onChange={(text) => edit({ greeting: { ...form.greeting, [language]: text } })}
                />
              ))}
              {/* A stored greeting in a language the tenant no longer lists has no field: its issue is said here. */}
              {(placement.byField.get('greeting') ?? []).map((issue) => (
                <span key={issue.within.join('.')} className="admin-field-error" data-testid="admin-field-error">
                  {fmt.languageName(String(issue.within[0] ?? ''))}: {issueText(t, issue)}
                </span>
              ))}
            </fieldset>
            <ColourField
              label={t('integrations.widget.accentColor')}
              pickLabel={t('integrations.widget.pickColor')}
              path="accentColor"
              placement={placement}
              value={form.accentColor}
              testId="widget-color"
              onChange={(accentColor) => edit({ accentColor })}
            />
            <AdminField label={t('integrations.widget.position')} paths={['position']} placement={placement}>
              {({ id: controlId, describedBy }) => (
                <select
                  id={controlId}
                  value={form.position}
                  aria-describedby={describedBy}
                  data-testid="widget-position"
                  onChange={(event) => edit({ position: event.target.value === 'left' ? 'left' : 'right' })}
                >
                  <option value="right">{t('integrations.widget.right')}</option>
                  <option value="left">{t('integrations.widget.left')}</option>
                </select>
              )}
            </AdminField>
            <CheckField
              label={t('integrations.widget.enabled')}
              checked={form.enabled}
              testId="widget-enabled"
              onChange={(enabled) => edit({ enabled })}
            />
            <CheckField
              label={t('integrations.widget.requireIdentity')}
              checked={form.requireIdentity}
              testId="widget-require-identity"
              wide
              onChange={(requireIdentity) => edit({ requireIdentity })}
            />
            <OriginsField
              origins={form.allowedOrigins}
              placement={placement}
              onChange={(allowedOrigins) => edit({ allowedOrigins })}
            />
            <AdminField
              label={t('integrations.widget.publicKey')}
              hint={t('integrations.widget.publicKeyHint')}
              paths={['publicKey']}
              placement={placement}
              className="channel-wide"
            >
              {({ id: controlId, describedBy, invalid }) => (
                <span className="copy-text-row">
                  <input
                    id={controlId}
                    type="text"
                    readOnly
                    dir="ltr"
                    value={form.publicKey}
                    aria-invalid={invalid || undefined}
                    aria-describedby={describedBy}
                    data-testid="widget-key"
                  />
                  <button
                    type="button"
                    className="button button-small"
                    data-testid="widget-new-key"
                    onClick={() => edit({ publicKey: newWidgetKey() })}
                  >
                    {t('integrations.widget.newKey')}
                  </button>
                </span>
              )}
            </AdminField>
            {isNew || !stored ? (
              <p className="admin-note channel-wide" data-testid="widget-save-first">
                {t('integrations.widget.saveFirst')}
              </p>
            ) : (
              <>
                {address.url && address.tenantId ? (
                  <CopyText
                    label={t('integrations.widget.embed')}
                    hint={t('integrations.widget.embedHint')}
                    text={embedSnippet(address.url, address.tenantId, stored.publicKey)}
                    testId="widget-snippet"
                    rows={3}
                  />
                ) : (
                  <p className="admin-note channel-wide">{t('integrations.widget.embedUnknown')}</p>
                )}
                <SecretPanel key={id} kind="widget" id={id} editable={props.editable} />
              </>
            )}
          </>
        );
      }}
    />
  );
}
