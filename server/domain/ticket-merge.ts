import { MERGE_UNDO_WINDOW_MS, type MergeRecord, type MergeRefusal } from '../../shared/api/merge-contract.js';
import type { Ticket, TicketStatus } from '../../shared/domain/ticket.js';
import type { NewMessage } from './mutation-plan.js';

/**
 * A merge's rules, decided before anything is written (server/storage/merge-script.ts writes them): which pairs may
 * merge, which merges may be undone, how a refusal is answered, and the notes both tickets get.
 */

/** Why the source may not be merged into the target, or null when it may. */
export function mergeRefusal(source: Ticket, target: Ticket): MergeRefusal | null {
  if (source.id === target.id) return 'same_ticket';
  if (source.customer.id !== target.customer.id) return 'different_customers';
  if (source.mergedInto || target.mergedInto) return 'already_merged';
  return null;
}

/** Why a stored merge may not be undone now, or null when it may. */
export function undoRefusal(merge: Pick<MergeRecord, 'undoneAt' | 'undoUntil'>, now: Date): MergeRefusal | null {
  if (merge.undoneAt !== null) return 'already_undone';
  if (now.getTime() > Date.parse(merge.undoUntil)) return 'undo_window_over';
  return null;
}

/** Until when a merge made at `at` may be undone (ISO). */
export function undoUntil(at: Date): string {
  return new Date(at.getTime() + MERGE_UNDO_WINDOW_MS).toISOString();
}

/** What the queue answers for each refusal: a 409 when it conflicts with what is stored, else a 422. */
export const MERGE_REFUSAL_STATUS: Readonly<Record<MergeRefusal, 409 | 422>> = {
  same_ticket: 422,
  different_customers: 422,
  already_merged: 409,
  undo_window_over: 409,
  already_undone: 409,
};

/** The refusals a merge can answer, and those its undo can. */
const REFUSALS_OF: Readonly<Record<'merge' | 'undo', readonly MergeRefusal[]>> = {
  merge: ['same_ticket', 'different_customers', 'already_merged'],
  undo: ['undo_window_over', 'already_undone'],
};

/** The refusals a merge (or its undo) answers with this status (api-spec.ts lists them). */
export function refusalsAnswered(step: 'merge' | 'undo', status: 409 | 422): MergeRefusal[] {
  return REFUSALS_OF[step].filter((refusal) => MERGE_REFUSAL_STATUS[refusal] === status);
}

/** The sentence of a refusal, naming the tickets. */
export function mergeRefusalMessage(refusal: MergeRefusal, sourceId: string, targetId: string): string {
  switch (refusal) {
    case 'same_ticket':
      return `A ticket cannot be merged into itself (${sourceId}); choose another ticket of the same customer.`;
    case 'different_customers':
      return `${sourceId} and ${targetId} belong to different customers; only tickets of one customer merge.`;
    case 'already_merged':
      return `${sourceId} or ${targetId} was already merged into another ticket; open that one and merge from there.`;
    case 'undo_window_over':
      return `The merge of ${sourceId} into ${targetId} can no longer be undone: the ${MERGE_UNDO_WINDOW_MS / 60_000}-minute window is over.`;
    case 'already_undone':
      return `The merge of ${sourceId} into ${targetId} was already undone.`;
  }
}

type Note = (id: string) => NewMessage;

const note =
  (by: string, text: string): Note =>
  (id) => ({ id, author: 'agent', authorName: by, kind: 'note', text });

/** The internal notes of a merge: on the source (where it went) and on the target (what came in). */
export function mergeNotes(source: Ticket, target: Ticket, moved: number, by: string): { source: Note; target: Note } {
  return {
    source: note(by, `Merged into ${target.id} ("${target.subject}") by ${by}; its ${moved} messages moved there.`),
    target: note(
      by,
      `${source.id} ("${source.subject}") was merged into this ticket by ${by}; its ${moved} messages moved here.`,
    ),
  };
}

/** The internal notes of an undo: the source is back in its status, the target gave its messages back. */
export function undoNotes(
  source: Ticket,
  target: Ticket,
  status: TicketStatus,
  moved: number,
  by: string,
): { source: Note; target: Note } {
  return {
    source: note(
      by,
      `The merge into ${target.id} was undone by ${by}; this ticket is ${status} again with its ${moved} messages.`,
    ),
    target: note(
      by,
      `The merge of ${source.id} into this ticket was undone by ${by}; its ${moved} messages went back.`,
    ),
  };
}
