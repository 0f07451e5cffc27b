import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS } from '../../../shared/sla/local-calendar.js';
import { AdminField, issueText, TextField, type DescribeWithin } from './AdminField.js';
import type { IssuePlacement } from './issue-placement.js';
import { CUSTOMER_TIERS, parseHolidays, SLA_POLICY_FORM, type SlaPolicyForm } from './sla-form.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';
import { weekdayNames } from './weekday-names.js';

const timeZones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** SLA policies, one per queue: business hours per weekday in a time zone, holidays, targets per customer tier. */
export function SlaPoliciesSection(props: AdminSectionProps) {
  const { t, i18n } = useTranslation();
  const zonesId = useId();
  const queues = props.view.settings.queue;
  const queueName = (id: string) => queues.find((queue) => queue.id === id)?.value.name ?? id;
  const days = useMemo(() => weekdayNames(i18n.language), [i18n.language]);
  const zones = useMemo(timeZones, []);
  const withPolicy = new Set(props.view.settings.sla_policy.map((entry) => entry.id));
  const spanWithin: DescribeWithin = (within) =>
    typeof within[0] === 'number' ? t('admin.sla.span', { number: within[0] + 1 }) : null;

  return (
    <>
      <datalist id={zonesId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <SettingSection<'sla_policy', SlaPolicyForm>
        {...props}
        spec={SLA_POLICY_FORM}
        itemLabel={(entry) => queueName(entry.id)}
        renderIdField={({ id, setId, placement }) => (
          <AdminField label={t('admin.sla.queue')} paths={['id', 'queueId']} placement={placement}>
            {({ id: controlId, describedBy, invalid }) => (
              <select
                id={controlId}
                value={id}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                data-testid="admin-sla-queue"
                onChange={(event) => setId(event.target.value)}
              >
                <option value="">{t('admin.sla.chooseQueue')}</option>
                {queues
                  .filter((queue) => !withPolicy.has(queue.id))
                  .map((queue) => (
                    <option key={queue.id} value={queue.id}>
                      {queue.value.name}
                    </option>
                  ))}
              </select>
            )}
          </AdminField>
        )}
        renderFields={({ form, edit, placement }) => {
          const holidays = parseHolidays(form.holidays);
          const holidayWithin: DescribeWithin = (within) =>
            typeof within[0] === 'number'
              ? t('admin.sla.holiday', { number: within[0] + 1, date: holidays[within[0]] ?? '' })
              : null;
          return (
            <>
              <TextField
                label={t('admin.sla.timeZone')}
                hint={t('admin.sla.timeZoneHint')}
                path="businessHours.timeZone"
                placement={placement}
                value={form.timeZone}
                list={zonesId}
                onChange={(timeZone) => edit({ timeZone })}
                testId="admin-sla-zone"
              />
              <fieldset className="admin-wide admin-group" data-testid="admin-sla-hours">
                <legend>{t('admin.sla.hours')}</legend>
                <p className="admin-hint">{t('admin.sla.hoursHint')}</p>
                <AdminFieldError placement={placement} path="businessHours.weekly" />
                <div className="admin-week">
                  {WEEKDAYS.map((day) => (
                    <TextField
                      key={day}
                      label={days[day]}
                      path={`businessHours.weekly.${day}`}
                      placement={placement}
                      value={form.weekly[day]}
                      describeWithin={spanWithin}
                      onChange={(spans) => edit({ weekly: { ...form.weekly, [day]: spans } })}
                      testId={`admin-sla-${day}`}
                    />
                  ))}
                </div>
              </fieldset>
              <TextField
                label={t('admin.sla.holidays')}
                hint={t('admin.sla.holidaysHint')}
                path="businessHours.holidays"
                placement={placement}
                rows={4}
                value={form.holidays}
                describeWithin={holidayWithin}
                onChange={(holidays) => edit({ holidays })}
                testId="admin-sla-holidays"
              />
              <fieldset className="admin-wide admin-group">
                <legend>{t('admin.sla.targets')}</legend>
                <p className="admin-hint">{t('admin.sla.targetsHint')}</p>
                <div className="admin-targets">
                  {CUSTOMER_TIERS.map((tier) => (
                    <fieldset key={tier} className="admin-tier" data-testid={`admin-sla-tier-${tier}`}>
                      <legend>{t(`tier.${tier}`)}</legend>
                      <AdminFieldError placement={placement} path={`targets.${tier}`} />
                      {(['firstReplyMinutes', 'resolutionMinutes'] as const).map((target) => (
                        <TextField
                          key={target}
                          label={t(`admin.sla.${target}`)}
                          path={`targets.${tier}.${target}`}
                          placement={placement}
                          inputMode="numeric"
                          value={form.targets[tier][target]}
                          onChange={(minutes) =>
                            edit({ targets: { ...form.targets, [tier]: { ...form.targets[tier], [target]: minutes } } })
                          }
                          testId={`admin-sla-${tier}-${target}`}
                        />
                      ))}
                    </fieldset>
                  ))}
                </div>
              </fieldset>
            </>
          );
        }}
      />
    </>
  );
}

/** The issues placed on a group of fields as a whole (the week, a tier), shown at its top. */
function AdminFieldError({ placement, path }: { placement: IssuePlacement; path: string }) {
  const { t } = useTranslation();
  const issues = placement.byField.get(path) ?? [];
  if (issues.length === 0) return null;
  return (
    <p className="admin-field-error" role="alert" data-testid="admin-field-error">
      {issues.map((issue) => issueText(t, issue)).join(' ')}
    </p>
  );
}
