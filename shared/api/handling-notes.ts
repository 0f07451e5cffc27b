import type { AssignMutation, HandbackMutation, SnoozeMutation } from './mutations.js';

/**
 * The internal note an agent's take / snooze / hand-back leaves in the thread. The queue writes it and
 * the console shows the same text while the change waits in its outbox.
 */
export function handlingNoteText(mutation: AssignMutation | SnoozeMutation | HandbackMutation): string {
  switch (mutation.type) {
    case 'assign':
      return `Assigned to ${mutation.assignee}.`;
    case 'snooze':
      return mutation.until === null ? 'Woken from snooze.' : `Snoozed until ${mutation.until}.`;
    case 'handback':
      return 'Handed back to the AI.';
  }
}
