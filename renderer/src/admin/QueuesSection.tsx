import { useTranslation } from 'react-i18next';
import { NameField, TextField } from './AdminField.js';
import { QUEUE_FORM, type QueueForm } from './setting-forms.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';

/**
 * Owner queues: create (id, name, description), rename, delete (the queue refuses while it is in use; the section
 * says what uses it in the reader's language, SettingSection's error notice).
 */
export function QueuesSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  return (
    <SettingSection<'queue', QueueForm>
      {...props}
      spec={QUEUE_FORM}
      itemLabel={(entry) => entry.value.name}
      renderFields={({ form, edit, placement }) => (
        <>
          <NameField value={form.name} placement={placement} onChange={(name) => edit({ name })} />
          <TextField
            label={t('admin.form.description')}
            path="description"
            placement={placement}
            rows={3}
            value={form.description}
            onChange={(description) => edit({ description })}
            testId="admin-description"
          />
        </>
      )}
    />
  );
}
