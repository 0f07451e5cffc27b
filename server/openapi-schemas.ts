import { z } from 'zod';

/** A JSON Schema (2020-12) object, which OpenAPI 3.1 uses as its schema object. */
export type JsonSchema = { [keyword: string]: unknown };

const LOCAL_DEFINITION = /^#\/\$defs\/(.+)$/;
/** zod's name for a definition it had to make up (a recursive schema without an `id` in its metadata). */
const UNNAMED_DEFINITION = /^__schema\d+$/;
const ANY_JSON_VALUE: JsonSchema = { description: 'Any JSON value.' };

export const componentRef = (name: string): string => `#/components/schemas/${name}`;

/**
 * zod schemas as OpenAPI 3.1 schema objects, with one `components.schemas` for the whole document.
 *
 * zod puts each recursive schema and each schema with an `id` in its metadata under the converted schema's
 * own `$defs`, and refers to it as `#/$defs/...`. Inside an OpenAPI document `#` is the document's root,
 * where no `$defs` is: those definitions move to components.schemas, each once however many operations use
 * it (recognised by its shape), and every reference follows. A recursive definition that accepts every
 * JSON value (the result of a tool call) is written as the schema that says so, `{}`: the same meaning,
 * and client generators turn it into `unknown` instead of a type alias that refers to itself, which
 * TypeScript refuses when the recursion goes through an array.
 */
export class SchemaComponents {
  readonly schemas: Record<string, JsonSchema> = {};
  private readonly nameByShape = new Map<string, string>();

  /**
   * The schema object of `schema` as a request (`input`) or a response (`output`) reads it. With `name` the
   * schema itself becomes a component and the answer is a reference to it.
   */
  convert(schema: z.ZodType, io: 'input' | 'output', name?: string): JsonSchema {
    const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
    const { $schema: _dialect, $defs, ...root } = converted;
    const definitions = ($defs ?? {}) as Record<string, JsonSchema>;
    const replacements = new Map<string, JsonSchema>();
    for (const [local, definition] of Object.entries(definitions)) {
      replacements.set(
        local,
        acceptsEveryJsonValue(definition, local)
          ? ANY_JSON_VALUE
          : { $ref: componentRef(this.nameFor(local, definitions)) },
      );
    }
    const rewrite = (value: JsonSchema): JsonSchema =>
      mapRefs(value, (ref) => {
        const local = LOCAL_DEFINITION.exec(ref)?.[1];
        const replacement =
          local === undefined
            ? ref === '#' && name !== undefined
              ? { $ref: componentRef(name) }
              : undefined
            : replacements.get(local);
        if (replacement === undefined)
          throw new Error(`The OpenAPI document cannot express the reference ${ref} made by zod.`);
        return replacement;
      });
    for (const [local, definition] of Object.entries(definitions)) {
      const target = replacements.get(local)?.$ref;
      const component = typeof target === 'string' ? target.slice(componentRef('').length) : undefined;
      if (component !== undefined) this.schemas[component] ??= rewrite(definition);
    }
    const result = rewrite(root);
    if (name === undefined) return result;
    if (this.schemas[name] !== undefined) throw new Error(`Two schemas are named ${name} in the OpenAPI document.`);
    this.schemas[name] = result;
    return { $ref: componentRef(name) };
  }

  /** The component name of one of zod's definitions: its `id`, or a made-up one; the same shape keeps one name. */
  private nameFor(local: string, definitions: Record<string, JsonSchema>): string {
    const shape = shapeOf(local, definitions);
    const known = this.nameByShape.get(shape);
    if (known !== undefined) return known;
    const wanted = UNNAMED_DEFINITION.test(local) ? 'RecursiveValue' : local;
    const taken = new Set([...Object.keys(this.schemas), ...this.nameByShape.values()]);
    let component = wanted;
    for (let n = 2; taken.has(component); n++) component = `${wanted}${n}`;
    this.nameByShape.set(shape, component);
    return component;
  }
}

/** True for `string | number | boolean | null | self[] | { [key: string]: self }` and nothing narrower. */
function acceptsEveryJsonValue(definition: JsonSchema, local: string): boolean {
  const self = JSON.stringify({ $ref: `#/$defs/${local}` });
  const branches = definition.anyOf;
  if (
    Object.keys(definition).some((keyword) => keyword !== 'anyOf' && keyword !== 'description') ||
    !Array.isArray(branches)
  )
    return false;
  const wanted = new Set([
    '{"type":"string"}',
    '{"type":"number"}',
    '{"type":"boolean"}',
    '{"type":"null"}',
    `{"type":"array","items":${self}}`,
    `{"type":"object","propertyNames":{"type":"string"},"additionalProperties":${self}}`,
  ]);
  return branches.length === wanted.size && branches.every((branch) => wanted.delete(JSON.stringify(branch)));
}

/**
 * A definition and every definition it reaches, with the references numbered in the order they are met: the
 * same structure gives the same text whatever zod called its definitions in one conversion or another.
 */
function shapeOf(start: string, definitions: Record<string, JsonSchema>): string {
  const order = [start];
  const numbers = new Map([[start, 0]]);
  const visited: JsonSchema[] = [];
  for (let i = 0; i < order.length; i++) {
    visited.push(
      mapRefs(definitions[order[i]!] ?? {}, (ref) => {
        const local = LOCAL_DEFINITION.exec(ref)?.[1];
        if (local === undefined) return { $ref: ref };
        if (!numbers.has(local)) {
          numbers.set(local, order.length);
          order.push(local);
        }
        return { $ref: `#/$defs/${numbers.get(local)!}` };
      }),
    );
  }
  return JSON.stringify(visited);
}

/** A copy of `value` with each `{ $ref, ...siblings }` made `{ ...siblings, ...replace($ref) }`. */
function mapRefs<T>(value: T, replace: (ref: string) => JsonSchema): T {
  if (Array.isArray(value)) return value.map((item: unknown) => mapRefs(item, replace)) as T;
  if (value === null || typeof value !== 'object') return value;
  const { $ref, ...rest } = value as JsonSchema;
  const copy: JsonSchema = {};
  for (const [key, item] of Object.entries(rest)) copy[key] = mapRefs(item, replace);
  if (typeof $ref === 'string') return { ...copy, ...replace($ref) } as T;
  if ($ref !== undefined) copy.$ref = mapRefs($ref, replace);
  return copy as T;
}
