import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import type { FormMessage } from './form-message.js';

/** A form message in the reader's language: a catalog key (a time to try again formatted), or the queue's text. */
export function useFormMessageText(): (shown: FormMessage) => string {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (shown) =>
    shown.key === undefined ? shown.text : t(shown.key, { ...shown.values, at: shown.at && fmt.time(shown.at) });
}
