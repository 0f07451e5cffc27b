import type { TFunction } from 'i18next';
import type { ConsoleStatus } from '../../../shared/api/console-contract.js';

/** What the empty inbox says: that it is clear, or that tickets still wait for the AI (never "clear" while they do). */
export type InboxEmptyMessage =
  | { key: 'list.inboxEmpty' }
  | { key: 'aiWaiting.starting' | 'aiWaiting.deciding' | 'aiWaiting.waiting'; count: number; autopilotFailed: boolean };

/** From the console's status: tickets no AI has decided yet, and where this console's own autopilot is. */
export function inboxEmptyMessage(ai: ConsoleStatus['ai']): InboxEmptyMessage {
  if (!ai || ai.waitingTickets === 0) return { key: 'list.inboxEmpty' };
  const count = ai.waitingTickets;
  switch (ai.autopilot) {
    case 'starting':
    case 'partial':
      return { key: 'aiWaiting.starting', count, autopilotFailed: false };
    case 'ready':
      return { key: 'aiWaiting.deciding', count, autopilotFailed: false };
    case 'failed':
    case null:
      return { key: 'aiWaiting.waiting', count, autopilotFailed: ai.autopilot === 'failed' };
  }
}

export function inboxEmptyText(message: InboxEmptyMessage, t: TFunction): string {
  if (message.key === 'list.inboxEmpty') return t(message.key);
  const waiting = t(message.key, { count: message.count });
  return message.autopilotFailed ? `${waiting} ${t('aiWaiting.failed')}` : waiting;
}
