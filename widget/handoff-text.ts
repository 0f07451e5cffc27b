import type { WidgetHandoff } from '../shared/api/widget-contract.js';
import type { UiLanguage } from '../shared/i18n/ui-languages.js';
import { formatDuration, type Translate } from './widget-texts.js';

/**
 * When a person will answer, in the visitor's language and time zone: open now with the first-reply target, open
 * now, the next opening while closed, the target alone when no hours are kept, else "as soon as we can".
 */
export function handoffWhen(handoff: WidgetHandoff, language: UiLanguage, t: Translate, timeZone?: string): string {
  const target = handoff.firstReplyMinutes === null ? null : formatDuration(language, handoff.firstReplyMinutes * 60);
  if (handoff.openNow === true) return target ? t('openWithin', { duration: target }) : t('openNow');
  if (handoff.openNow === false && handoff.opensAt !== null) {
    const opensAt = new Date(handoff.opensAt);
    if (!Number.isNaN(opensAt.getTime())) return t('nextOpening', { time: formatOpening(opensAt, language, timeZone) });
  }
  return target ? t('replyWithin', { duration: target }) : t('replySoon');
}

function formatOpening(at: Date, language: UiLanguage, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(at);
}
