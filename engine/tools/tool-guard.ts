/**
 * Checks one tool call against its operation's `x-switchboard` policy (shared/tools/tool-policy.ts) BEFORE the
 * tenant's API is called. The model is not trusted: whatever it was told (by the prompt or by text a customer wrote),
 * a call on another customer's data, on a resource in a state the policy does not list, past a money limit, or
 * paying with something that is not the customer's is refused here (`forbidden`: a person takes over); a mistake the
 * model can fix (an argument, the customer not identified yet, no explicit yes) is `invalid` and it is told why.
 */
import type { JsonValue } from '../../shared/domain/ai-tool-results.js';
import { schemaMismatch } from '../../shared/tools/json-schema-subset.js';
import type { ToolOperation } from '../../shared/tools/openapi-operations.js';
import type { DocumentPolicy, MoneyAmount } from '../../shared/tools/tool-policy.js';
import type { ToolCallOutcome } from '../routing/ports.js';

/** A lookup the guard makes through another operation: its answer, or the outcome that ends the call. */
export type LookupAnswer = { ok: true; body: JsonValue } | { ok: false; outcome: ToolCallOutcome };

export interface GuardContext {
  operation: ToolOperation;
  args: Record<string, unknown>;
  documentPolicy: DocumentPolicy;
  /** The ticket's customer in this API (its id there), once identified. */
  customerId: string | null;
  /** The operations that identify a customer (named when one must be identified first). */
  identifyOperations: readonly string[];
  confirmed: boolean;
  humanTouched: boolean;
  mode: 'live' | 'shadow';
  /** Money already moved on this ticket, by limit name. */
  moneySoFar: ReadonlyMap<string, number>;
  lookup(operationId: string, args: Record<string, unknown>): Promise<LookupAnswer>;
  /** The argument of a read operation that names the customer (its policy's customerArgument). */
  customerArgumentOf(operationId: string): string;
}

export type GuardVerdict =
  | {
      ok: true;
      money: { limit: string; amount: number } | null;
      /** The answer when the operation was its own resource lookup (no second call needed). */
      answer: JsonValue | null;
    }
  | { ok: false; outcome: ToolCallOutcome };

const invalid = (reason: string): GuardVerdict => ({ ok: false, outcome: { status: 'invalid', reason } });
const forbidden = (reason: string): GuardVerdict => ({ ok: false, outcome: { status: 'forbidden', reason } });
const round2 = (n: number) => Math.round(n * 100) / 100;

/** The value at a dotted path of a JSON answer. */
export function fieldAt(value: unknown, path: string): unknown {
  let here = value;
  for (const key of path.split('.')) {
    if (typeof here !== 'object' || here === null || Array.isArray(here)) return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 100);

export async function checkToolCall(c: GuardContext): Promise<GuardVerdict> {
  const { operation, args } = c;
  const name = operation.operationId;
  const { policy } = operation;
  const argumentProblem = schemaMismatch(operation.argumentsSchema, args, 'arguments');
  if (argumentProblem) return invalid(`${name}: ${argumentProblem}.`);
  if (policy.effect === 'identify') return { ok: true, money: null, answer: null };

  const needsCustomer = policy.customerArgument || policy.resource || policy.customerOwns;
  if (needsCustomer && c.customerId === null)
    return invalid(
      `Identify the customer first (${c.identifyOperations.join(' or ') || 'no operation identifies one'}).`,
    );
  if (policy.customerArgument && args[policy.customerArgument] !== c.customerId)
    return forbidden(
      `${name} asked for ${policy.customerArgument} ${show(args[policy.customerArgument])}, who is not this ticket's customer.`,
    );

  let resource: JsonValue | null = null;
  if (policy.resource) {
    const { argument, lookup, ownerField } = policy.resource;
    const found = await c.lookup(lookup, { [argument]: args[argument] });
    if (!found.ok) return { ok: false, outcome: found.outcome };
    resource = found.body;
    if (fieldAt(resource, ownerField) !== c.customerId)
      return forbidden(`${name} on ${argument} ${show(args[argument])}, which belongs to another customer.`);
  }
  if (policy.effect === 'read')
    return { ok: true, money: null, answer: policy.resource?.lookup === name ? resource : null };

  if (c.humanTouched)
    return invalid(
      `${name}: a person already handles this ticket, so the AI may only draft a reply; it takes no actions.`,
    );
  if (c.mode === 'shadow') return invalid(`${name}: nothing may be changed in a shadow run.`);
  if (!c.confirmed)
    return invalid(
      `${name} changes something: list the details and ask the customer for an explicit "yes" first; the latest customer message is not a confirmation.`,
    );

  if (policy.resource?.stateField && policy.resource.states) {
    const { argument, stateField, states } = policy.resource;
    const state = fieldAt(resource, stateField);
    if (typeof state !== 'string' || !states.includes(state))
      return forbidden(
        `${name} is not allowed for ${argument} ${show(args[argument])} with ${stateField} "${show(state)}" (allowed: ${states.join(', ')}).`,
      );
  }
  const items = policy.resource?.items ? namedItems(resource, args, policy.resource.items) : [];
  if (items === null)
    return forbidden(
      `Some of the ${policy.resource!.items!.argument} ${show(args[policy.resource!.items!.argument])} are not in ${policy.resource!.argument} ${show(args[policy.resource!.argument])}.`,
    );
  for (const owned of policy.customerOwns ?? []) {
    const lookupOperation = owned.lookup;
    const record = await c.lookup(lookupOperation, { [c.customerArgumentOf(lookupOperation)]: c.customerId });
    if (!record.ok) return { ok: false, outcome: record.outcome };
    if (!ownsKey(fieldAt(record.body, owned.field), owned.key, args[owned.argument]))
      return forbidden(`${owned.argument} ${show(args[owned.argument])} is not one of this customer's.`);
  }
  if (!policy.money) return { ok: true, money: null, answer: null };
  const amount = moneyAmount(policy.money.amount, args, resource, items);
  if (amount === null)
    return invalid(`${name}: the amount it moves could not be read (${JSON.stringify(policy.money.amount)}).`);
  const limit = c.documentPolicy.moneyLimits[policy.money.limit]!;
  const total = round2((c.moneySoFar.get(policy.money.limit) ?? 0) + amount);
  if (total > limit.maxPerTicket)
    return forbidden(
      `${name} would move ${amount.toFixed(2)} ${limit.currency}, bringing this ticket to ${total.toFixed(2)}, above the policy limit of ${limit.maxPerTicket} ${limit.currency} for the AI.`,
    );
  return { ok: true, money: { limit: policy.money.limit, amount }, answer: null };
}

/** The resource's entries the call names (each entry once, as a resource may hold the same item twice), or null. */
function namedItems(
  resource: unknown,
  args: Record<string, unknown>,
  items: { argument: string; field: string; key: string },
): unknown[] | null {
  const pool = fieldAt(resource, items.field);
  const named = args[items.argument];
  if (!Array.isArray(pool) || !Array.isArray(named)) return null;
  const left = [...(pool as unknown[])];
  const out: unknown[] = [];
  for (const id of named) {
    const at = left.findIndex((entry) => fieldAt(entry, items.key) === id);
    if (at < 0) return null;
    out.push(left.splice(at, 1)[0]);
  }
  return out;
}

/** Whether `value` is a key of `collection` (an object by key, or a list of entries with `key`). */
function ownsKey(collection: unknown, key: string, value: unknown): boolean {
  if (typeof value !== 'string' && typeof value !== 'number') return false;
  const entries = Array.isArray(collection)
    ? collection
    : typeof collection === 'object' && collection !== null
      ? Object.values(collection)
      : [];
  return entries.some((entry) => fieldAt(entry, key) === value);
}

function moneyAmount(
  source: MoneyAmount,
  args: Record<string, unknown>,
  resource: unknown,
  items: readonly unknown[],
): number | null {
  const numbers =
    'argument' in source
      ? [args[source.argument]]
      : 'resourceField' in source
        ? [fieldAt(resource, source.resourceField)]
        : items.map((item) => fieldAt(item, source.itemsField));
  if (!numbers.every((n): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0)) return null;
  return round2(numbers.reduce((sum, n) => sum + n, 0));
}
