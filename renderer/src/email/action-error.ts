import type { AppError } from '../../../shared/result.js';

/** The catalog key and values of a failed email action's sentence: its own words for known codes, else the host's. */
export function actionErrorText(t: (key: string, values?: Record<string, unknown>) => string, error: AppError): string {
  const known = ['needs_network', 'not_failed', 'not_stored', 'not_found'];
  return known.includes(error.code)
    ? t(`email.errors.${error.code}`)
    : t('email.errors.generic', { message: error.message });
}
