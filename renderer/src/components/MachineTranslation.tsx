import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';

/** A machine translation shown under the original it translates, labelled as such. */
export function MachineTranslation({
  text,
  language,
  testId,
  labelKey = 'translation.machineLabel',
}: {
  text: string;
  language: string;
  testId: string;
  labelKey?: string;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <div className="machine-translation" data-testid={testId}>
      <span className="machine-translation-label">{t(labelKey, { language: fmt.languageName(language) })}</span>
      <div className="machine-translation-text" lang={language} dir="auto">
        {text}
      </div>
    </div>
  );
}
