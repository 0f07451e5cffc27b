import type { ConsoleEvent } from '../../shared/api/console-contract.js';
import { ENGLISH_DESKTOP_TEXT, type DesktopText } from './desktop-text.js';
import type { EscalationNotice } from './escalation-tracker.js';

/** The desktop notification of a note that mentions the console's person (issue 19): who, and the ticket's subject. */
export function mentionNotice(
  mention: Extract<ConsoleEvent, { type: 'mentioned' }>,
  t: DesktopText = ENGLISH_DESKTOP_TEXT,
): EscalationNotice {
  return {
    title: t('desktop.mentioned', { by: mention.by ?? t('desktop.mentionedBySomeone') }),
    body: mention.subject,
  };
}
