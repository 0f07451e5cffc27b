import { EMAIL_LIMITS } from '../../shared/channels/email-records.js';

/** Why mails were set aside, as few classes (the /metrics label); the full reason is kept and logged. */
export const SET_ASIDE_CLASSES = ['too_large', 'unreadable', 'automatic_no_ticket'] as const;
export type SetAsideClass = (typeof SET_ASIDE_CLASSES)[number];

/** The class of a mail the channel could not read: too large to read at all, or unreadable. */
export function setAsideClassOf(size: number): SetAsideClass {
  return size > EMAIL_LIMITS.maxMailBytes ? 'too_large' : 'unreadable';
}

/** The longest set-aside reason kept. */
export const MAX_SET_ASIDE_REASON = 2000;
