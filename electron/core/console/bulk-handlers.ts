import type { BulkAction, BulkResult } from '../../../shared/api/bulk-console.js';
import type { ConsoleInput, ConsoleOutput, TicketDetail } from '../../../shared/api/console-contract.js';
import { fillMacro, macroContextOf } from '../../../shared/domain/macros.js';
import { MAX_MESSAGE_LENGTH } from '../../../shared/domain/ticket.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { ConsoleMenus } from '../settings/console-menus.js';
import { createTicketActions, type TicketActions, type TicketActionsOptions } from './ticket-actions.js';
import type { ServiceOf } from './forward-to.js';

export interface BulkHandlersOptions extends Omit<TicketActionsOptions, 'menus'> {
  /** The tenant's queues and macros now (resolve with a macro reads its text here). */
  menus: () => Pick<ConsoleMenus, 'queues' | 'macros'>;
}

/**
 * Bulk actions on the inbox's selection (issue 19): each ticket goes through the same ticket action as the
 * single-ticket method (assignToMe, setTags, snooze, sendReply with resolve), so each is its own mutation in the outbox,
 * checked here like the queue would and audited by the queue as that change. A refused ticket does not stop the others:
 * its refusal is its result. The lists are told once, after the last ticket.
 */
export function bulkHandlers(options: BulkHandlersOptions): ServiceOf<'applyToTickets'> {
  return {
    async applyToTickets(input: ConsoleInput<'applyToTickets'>): Promise<Result<ConsoleOutput<'applyToTickets'>>> {
      let changed = false;
      const actions = createTicketActions({ ...options, ticketsChanged: () => (changed = true) });
      const apply = actionOn(input.action, actions, options);
      if (!apply.ok) return apply;
      const results: BulkResult[] = [];
      for (const ticketId of new Set(input.ticketIds)) {
        const outcome = await apply.value(ticketId);
        results.push({ ticketId, ok: outcome.ok, error: outcome.ok ? null : outcome.error.message });
      }
      if (changed) options.ticketsChanged();
      return ok({ results });
    },
  };
}

type OneTicket = (ticketId: string) => Promise<Result<TicketDetail>>;

/** The single-ticket action a bulk action is, or why it cannot run at all (a macro the tenant does not have). */
function actionOn(action: BulkAction, actions: TicketActions, options: BulkHandlersOptions): Result<OneTicket> {
  switch (action.kind) {
    case 'assign_to_me':
      return ok((ticketId) => actions.assignToMe({ ticketId }));
    case 'tag':
      return ok((ticketId) => actions.setTags({ ticketId, add: action.add, remove: action.remove }));
    case 'snooze':
      return ok((ticketId) => actions.snooze({ ticketId, until: action.until }));
    case 'resolve_with_macro': {
      const macro = options.menus().macros.find((m) => m.id === action.macroId);
      if (!macro) return fail('not_found', `There is no macro "${action.macroId}"; choose one of the tenant's macros.`);
      return ok((ticketId) => {
        const ticket = options.cache.getTicket(ticketId);
        if (!ticket) return Promise.resolve(fail('not_found', 'This ticket is not in the local cache.'));
        const text = fillMacro(macro.text, macroContextOf(ticket, options.agentName())).trim();
        if (text.length === 0 || text.length > MAX_MESSAGE_LENGTH)
          return Promise.resolve(
            fail('message_too_long', `The macro's text on this ticket is not 1 to ${MAX_MESSAGE_LENGTH} characters.`),
          );
        return actions.sendReply({ ticketId, text, resolve: true });
      });
    }
  }
}
