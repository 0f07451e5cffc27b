import { z } from 'zod';

export interface NewerQueueParse<T> {
  result: z.ZodSafeParseResult<T>;
  /** Where fields this program does not know were dropped, e.g. `tickets.0.priority`. */
  droppedFields: string[];
}

/** More rounds than nesting levels any answer has; each round drops all unknown fields zod reported. */
const MAX_ROUNDS = 4;

/**
 * Reads an answer of a queue that may be a newer version than this console or worker. Queues are upgraded
 * before the consoles that talk to them, and a newer queue adds fields (a ticket's `aiToolResults` came that
 * way): fields this program does not know are dropped, and everything else is checked as strictly as ever.
 * Any other problem (a field missing, a wrong type) still fails. Requests sent to the queue stay strict.
 */
export function parseFromNewerQueue<S extends z.ZodType>(schema: S, payload: unknown): NewerQueueParse<z.output<S>> {
  let result = schema.safeParse(payload);
  const droppedFields: string[] = [];
  let copy: CopyOnWrite | null = null;
  for (let round = 0; round < MAX_ROUNDS && !result.success; round++) {
    const issues = result.error.issues;
    if (!issues.every((issue) => issue.code === 'unrecognized_keys')) break;
    copy ??= new CopyOnWrite(payload);
    for (const issue of issues) {
      if (issue.code !== 'unrecognized_keys') continue;
      const holder = copy.writableAt(issue.path);
      if (!isRecord(holder)) continue;
      for (const key of issue.keys) {
        delete holder[key];
        droppedFields.push([...issue.path, key].map(String).join('.'));
      }
    }
    result = schema.safeParse(copy.root);
  }
  return { result, droppedFields: result.success ? droppedFields : [] };
}

/**
 * A copy of an answer made only along the paths written to: the rest is shared with the answer, never
 * walked. (A whole copy, as structuredClone makes, recurses into every field, an unknown one nested
 * 100,000 levels included, and overflows the stack.)
 */
class CopyOnWrite {
  readonly root: unknown;
  private readonly copies = new WeakSet<object>();

  constructor(source: unknown) {
    this.root = this.own(source);
  }

  /** The value at `path`, itself and every object and list above it copied before anything is written to them. */
  writableAt(path: readonly PropertyKey[]): unknown {
    let value = this.root;
    for (const step of path) {
      if (!isRecord(value) && !Array.isArray(value)) return undefined;
      const holder = value as Record<PropertyKey, unknown>;
      value = this.own(holder[step]);
      if (value !== holder[step]) holder[step] = value;
    }
    return value;
  }

  private own(value: unknown): unknown {
    if (typeof value !== 'object' || value === null || this.copies.has(value)) return value;
    const copy = Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) };
    this.copies.add(copy);
    return copy;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One line for a log: which answer carried which unknown fields, and what to do about it. */
export function newerQueueNotice(what: string, fields: readonly string[]): string {
  return `The queue is a newer version: its answer to ${what} carried fields this program does not know (${fields.join(', ')}); they are left out. Update this program to use them.`;
}

/**
 * Whether `schema` has a field at `path` (names joined by dots, list positions left out, e.g.
 * `tickets.customer.loyaltyPoints`): after an upgrade, fields an older version dropped may be known.
 */
export function schemaKnowsField(schema: z.ZodType, path: string): boolean {
  return knows(schema, path.split('.'));
}

function knows(schema: z.ZodType, steps: readonly string[]): boolean {
  if (steps.length === 0) return true;
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault)
    return knows(schema.unwrap() as z.ZodType, steps);
  if (schema instanceof z.ZodArray) return knows(schema.element as z.ZodType, steps);
  if (schema instanceof z.ZodPipe) return knows(schema.in as z.ZodType, steps);
  if (schema instanceof z.ZodUnion)
    return (schema.options as readonly z.ZodType[]).some((option) => knows(option, steps));
  if (schema instanceof z.ZodObject) {
    const [name, ...rest] = steps;
    const field = (schema.shape as Record<string, z.ZodType | undefined>)[name ?? ''];
    return field !== undefined && knows(field, rest);
  }
  return false;
}
