import type { Ticket } from './ticket.js';

/** The values a macro may use, as {{group.field}}. */
export interface MacroContext {
  customer: { name: string; email?: string; tier: string; market?: string };
  ticket: { id: string; subject: string; queue: string | null };
  agent: { name: string };
}

/** Each variable a macro may use and its value in a context. */
const MACRO_VALUES = {
  'customer.name': (c) => c.customer.name,
  'customer.firstName': (c) => c.customer.name.trim().split(/\s+/)[0] ?? c.customer.name,
  'customer.email': (c) => c.customer.email ?? '',
  'customer.tier': (c) => c.customer.tier,
  'customer.market': (c) => c.customer.market ?? '',
  'ticket.id': (c) => c.ticket.id,
  'ticket.subject': (c) => c.ticket.subject,
  'ticket.queue': (c) => c.ticket.queue ?? '',
  'agent.name': (c) => c.agent.name,
} satisfies Record<string, (context: MacroContext) => string>;

export type MacroVariable = keyof typeof MACRO_VALUES;
export const MACRO_VARIABLES = Object.keys(MACRO_VALUES) as readonly MacroVariable[];

const isMacroVariable = (name: string): name is MacroVariable => Object.hasOwn(MACRO_VALUES, name);

/** Fills {{variables}} in a macro text; unknown names are left as written so the agent sees them. */
export function fillMacro(text: string, context: MacroContext): string {
  return text.replace(/\{\{\s*([a-zA-Z]+\.[a-zA-Z]+)\s*\}\}/g, (whole, name: string) =>
    isMacroVariable(name) ? MACRO_VALUES[name](context) : whole,
  );
}

/** What a macro is filled with on a ticket answered by `agentName` (the reply editor and bulk actions alike). */
export function macroContextOf(
  ticket: Pick<Ticket, 'id' | 'subject' | 'ownerQueue' | 'customer'>,
  agentName: string,
): MacroContext {
  const { name, email, tier, market } = ticket.customer;
  return {
    customer: { name, email, tier, market },
    ticket: { id: ticket.id, subject: ticket.subject, queue: ticket.ownerQueue },
    agent: { name: agentName },
  };
}
