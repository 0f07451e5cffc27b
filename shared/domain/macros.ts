/** The values a macro may use, as {{group.field}}. */
export interface MacroContext {
  customer: { name: string; email?: string; tier: string; market?: string };
  ticket: { id: string; subject: string; queue: string | null };
  agent: { name: string };
}

export const MACRO_VARIABLES = [
  'customer.name',
  'customer.firstName',
  'customer.email',
  'customer.tier',
  'customer.market',
  'ticket.id',
  'ticket.subject',
  'ticket.queue',
  'agent.name',
] as const;

function valueOf(context: MacroContext, name: string): string | null {
  switch (name) {
    case 'customer.name':
      return context.customer.name;
    case 'customer.firstName':
      return context.customer.name.trim().split(/\s+/)[0] ?? context.customer.name;
    case 'customer.email':
      return context.customer.email ?? '';
    case 'customer.tier':
      return context.customer.tier;
    case 'customer.market':
      return context.customer.market ?? '';
    case 'ticket.id':
      return context.ticket.id;
    case 'ticket.subject':
      return context.ticket.subject;
    case 'ticket.queue':
      return context.ticket.queue ?? '';
    case 'agent.name':
      return context.agent.name;
    default:
      return null;
  }
}

/** Fills {{variables}} in a macro text; unknown names are left as written so the agent sees them. */
export function fillMacro(text: string, context: MacroContext): string {
  return text.replace(
    /\{\{\s*([a-zA-Z]+\.[a-zA-Z]+)\s*\}\}/g,
    (whole, name: string) => valueOf(context, name) ?? whole,
  );
}
