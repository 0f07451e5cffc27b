import { z } from 'zod';

/**
 * The `x-switchboard` extension of a tenant's OpenAPI document (issue 17): which operations the AI may call and
 * under which policy. The guard (engine/tools/tool-guard.ts) checks every call against it BEFORE the HTTP call; what
 * only the tenant's system can judge (stock, balances, which variant fits) is its API's answer (4xx with a message).
 *
 * On an operation:
 *   effect     identify: names the ticket's customer (its answer's `identify.customerField`); read: looks something
 *              up; write: changes something (needs the customer's explicit yes in their latest message, never runs
 *              once a person handled the ticket, never in a shadow run).
 *   customerArgument  an argument that names a customer: it must be the ticket's customer.
 *   resource   what the call acts on (e.g. an order): looked up through another operation (`lookup`, called with the
 *              same argument), its `ownerField` must be the ticket's customer, its `stateField` one of `states`; the
 *              entries named by `items.argument` must be entries of its `items.field` array (by `items.key`).
 *   customerOwns  arguments whose value must be a key (or an entry's `key`) of a field of the customer's record,
 *              read through `lookup` (an operation with a customerArgument), e.g. the customer's payment methods.
 *   money      the money the call moves, counted against the document's `moneyLimits[limit]` per ticket: an
 *              argument, a field of the resource, or the sum of a field of the named resource items.
 * At the document's root: `moneyLimits` (name -> most per ticket, currency).
 */
export const TOOL_POLICY_EXTENSION = 'x-switchboard';

/** An argument (parameter or body property) name. */
const ArgumentName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/, 'An argument name is a letter or _ then letters, digits, _ . or -.');
/** A dotted path into a JSON object: `user_id`, `customer.id`. */
const FieldPath = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_-]{0,63}(?:\.[A-Za-z_][A-Za-z0-9_-]{0,63}){0,7}$/, 'A field is a dotted path: a.b.c.');
/** An operationId as OpenAI function names allow it. */
export const OperationIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'An operationId is 1 to 64 letters, digits, _ or - (a function name).');
const LimitName = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'A limit name is lowercase letters, digits and _.');

export const TOOL_EFFECTS = ['identify', 'read', 'write'] as const;

export const MoneyAmountSchema = z.union([
  z.strictObject({ argument: ArgumentName }),
  z.strictObject({ resourceField: FieldPath }),
  /** The sum of this field over the resource items the call names (resource.items). */
  z.strictObject({ itemsField: FieldPath }),
]);
export type MoneyAmount = z.infer<typeof MoneyAmountSchema>;

export const OperationPolicySchema = z
  .strictObject({
    effect: z.enum(TOOL_EFFECTS),
    identify: z
      .strictObject({
        /** Where the answer names the customer's id. */
        customerField: FieldPath,
        /** The argument the ticket's verified email goes in, to bind the customer before the model asks anything. */
        emailArgument: ArgumentName.optional(),
      })
      .optional(),
    customerArgument: ArgumentName.optional(),
    resource: z
      .strictObject({
        argument: ArgumentName,
        lookup: OperationIdSchema,
        ownerField: FieldPath,
        stateField: FieldPath.optional(),
        states: z.array(z.string().min(1).max(100)).min(1).max(20).optional(),
        items: z.strictObject({ argument: ArgumentName, field: FieldPath, key: FieldPath }).optional(),
      })
      .optional(),
    customerOwns: z
      .array(z.strictObject({ argument: ArgumentName, lookup: OperationIdSchema, field: FieldPath, key: FieldPath }))
      .max(5)
      .optional(),
    money: z.strictObject({ limit: LimitName, amount: MoneyAmountSchema }).optional(),
  })
  .superRefine((p, ctx) => {
    const problem = (message: string, path: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
    if ((p.effect === 'identify') !== (p.identify !== undefined))
      problem('An identify operation has `identify` (and only it).', 'identify');
    if (p.money && p.effect !== 'write') problem('Only a write moves money.', 'money');
    if (p.resource && (p.resource.stateField === undefined) !== (p.resource.states === undefined))
      problem('A resource with `states` names its `stateField`, and the other way round.', 'resource');
    if (p.money && 'itemsField' in p.money.amount && !p.resource?.items)
      problem('`itemsField` sums the resource items the call names: the resource needs `items`.', 'money');
    if (p.money && 'resourceField' in p.money.amount && !p.resource)
      problem('`resourceField` needs a `resource`.', 'money');
  });
export type OperationPolicy = z.infer<typeof OperationPolicySchema>;

export const DocumentPolicySchema = z.strictObject({
  moneyLimits: z
    .record(
      LimitName,
      z.strictObject({
        maxPerTicket: z.number().min(0).max(1_000_000_000),
        currency: z.string().regex(/^[A-Z]{3}$/, 'A currency is its ISO 4217 code, e.g. USD.'),
      }),
    )
    .default({}),
});
export type DocumentPolicy = z.infer<typeof DocumentPolicySchema>;
