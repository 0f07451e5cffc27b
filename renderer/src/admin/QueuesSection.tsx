import { useTranslation } from 'react-i18next';
import { AdminField, TextField } from './AdminField.js';
import { QUEUE_FORM, type QueueForm } from './setting-forms.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';

/** Owner queues: create (id, name, description), rename, delete (the queue refuses while it is in use). */
export function QueuesSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  return (
    <SettingSection<'queue', QueueForm>
      {...props}
      spec={QUEUE_FORM}
      itemLabel={(entry) => entry.value.name}
      renderFields={({ form, edit, placement }) => (
        <>
          <TextField
            label={t('admin.form.name')}
            path="name"
            placement={placement}
            value={form.name}
            onChange={(name) => edit({ name })}
            testId="admin-name"
          />
          <AdminField label={t('admin.form.description')} paths={['description']} placement={placement}>
            {({ id, describedBy, invalid }) => (
              <textarea
                id={id}
                rows={3}
                value={form.description}
                aria-invalid={invalid || undefined}
                aria-describedby={describedBy}
                data-testid="admin-description"
                onChange={(event) => edit({ description: event.target.value })}
              />
            )}
          </AdminField>
        </>
      )}
    />
  );
}
