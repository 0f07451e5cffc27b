import { useTranslation } from 'react-i18next';
import { ColourField, NameField, TextField } from './AdminField.js';
import { TAG_FORM, type TagForm } from './setting-forms.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';

/** Tags: a name, an optional colour (typed as #rrggbb or picked) and the intents for which the AI sets the tag. */
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
          <ColourField
            label={t('admin.tag.color')}
            hint={t('admin.tag.colorHint')}
            pickLabel={t('admin.tag.pick')}
            path="color"
            placement={placement}
            value={form.color}
            testId="admin-color"
            onChange={(color) => edit({ color })}
          />
          <TextField
            label={t('admin.tag.aiIntents')}
            hint={t('admin.tag.aiIntentsHint')}
            path="aiIntents"
            placement={placement}
            value={form.aiIntents}
            testId="admin-tag-ai-intents"
            dir="ltr"
            onChange={(aiIntents) => edit({ aiIntents })}
          />
        </>
      )}
    />
  );
}
