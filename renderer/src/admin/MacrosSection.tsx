import { useMemo, useRef } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { fillMacro, MACRO_VARIABLES, type MacroContext, type MacroVariable } from '../../../shared/domain/macros.js';
import { NameField, TextField } from './AdminField.js';
import { insertVariable, MACRO_FORM, type MacroForm } from './setting-forms.js';
import { SettingSection, type AdminSectionProps } from './SettingSection.js';

/** Macros: a name and a text; the variables it may use offered for insertion, and a live preview. */
export function MacrosSection(props: AdminSectionProps) {
  const { t } = useTranslation();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const sample = useMemo<MacroContext>(
    () => ({
      customer: {
        name: t('admin.macro.sample.customerName'),
        email: 'customer@example.com',
        tier: t('tier.premium'),
        market: t('admin.macro.sample.market'),
      },
      ticket: { id: 'T-1042', subject: t('admin.macro.sample.subject'), queue: t('admin.macro.sample.queue') },
      agent: { name: t('admin.macro.sample.agentName') },
    }),
    [t],
  );
  return (
    <SettingSection<'macro', MacroForm>
      {...props}
      spec={MACRO_FORM}
      itemLabel={(entry) => entry.value.name}
      renderFields={({ form, edit, placement }) => {
        const insert = (variable: MacroVariable) => {
          const area = textRef.current;
          const at = area
            ? { start: area.selectionStart, end: area.selectionEnd }
            : { start: form.text.length, end: form.text.length };
          const next = insertVariable(form.text, at, variable);
          // The text is rendered before the click's handler returns, so the caret is placed after the variable before
          // the next key arrives (a frame later, keys typed at once would land where the caret was).
          flushSync(() => edit({ text: next.text }));
          area?.focus();
          area?.setSelectionRange(next.caret, next.caret);
        };
        return (
          <>
            <NameField value={form.name} placement={placement} onChange={(name) => edit({ name })} />
            <TextField
              label={t('admin.macro.text')}
              path="text"
              placement={placement}
              rows={8}
              value={form.text}
              textareaRef={textRef}
              onChange={(text) => edit({ text })}
              testId="admin-macro-text"
            />
            <div className="admin-wide admin-variables" role="group" aria-label={t('admin.macro.variables')}>
              <span className="admin-hint">{t('admin.macro.variablesHint')}</span>
              {MACRO_VARIABLES.map((variable) => (
                <button
                  key={variable}
                  type="button"
                  className="admin-chip"
                  data-testid={`admin-insert-${variable}`}
                  aria-label={t('admin.macro.insert', { variable })}
                  onClick={() => insert(variable)}
                >
                  {`{{${variable}}}`}
                </button>
              ))}
            </div>
            <div className="admin-wide admin-preview">
              <h4 id="admin-macro-preview-title">{t('admin.macro.preview')}</h4>
              <p className="admin-hint">{t('admin.macro.previewHint')}</p>
              <output aria-live="off" aria-labelledby="admin-macro-preview-title" data-testid="admin-macro-preview">
                {fillMacro(form.text, sample)}
              </output>
            </div>
          </>
        );
      }}
    />
  );
}
