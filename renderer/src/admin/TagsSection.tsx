import { useTranslation } from 'react-i18next';
import { AdminField, NameField } from './AdminField.js';
import { TAG_FORM, type TagForm } from './setting-forms.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** Tags: a name and an optional colour, typed as #rrggbb or picked. */
export function TagsSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  return (
    <SettingSection<'tag', TagForm>
      {...props}
      spec={TAG_FORM}
      itemLabel={(entry) => entry.value.name}
      itemDecoration={(entry) => (
        <span className="admin-swatch" aria-hidden="true" style={{ background: entry.value.color ?? 'transparent' }} />
      )}
      renderFields={({ form, edit, placement }) => (
        <>
          <NameField value={form.name} placement={placement} onChange={(name) => edit({ name })} />
          <AdminField
            label={t('admin.tag.color')}
            hint={t('admin.tag.colorHint')}
            paths={['color']}
            placement={placement}
          >
            {({ id, describedBy, invalid }) => (
              <span className="admin-color">
                <input
                  id={id}
                  type="text"
                  value={form.color}
                  aria-invalid={invalid || undefined}
                  aria-describedby={describedBy}
                  data-testid="admin-color"
                  onChange={(event) => edit({ color: event.target.value })}
                />
                <input
                  type="color"
                  aria-label={t('admin.tag.pick')}
                  value={HEX_COLOUR.test(form.color.trim()) ? form.color.trim().toLowerCase() : '#000000'}
                  onChange={(event) => edit({ color: event.target.value })}
                />
              </span>
            )}
          </AdminField>
        </>
      )}
    />
  );
}
