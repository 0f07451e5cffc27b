/**
 * The part of JSON Schema (OpenAPI 3.0 and 3.1 flavours) that a tool's arguments and answers are checked against: types
 * (`type` as a name or a list, 3.0's `nullable`), `enum`, `const`, objects (`properties`, `required`,
 * `additionalProperties`), arrays (`items`, `minItems`, `maxItems`), `anyOf`/`oneOf` (both as "one of them fits"),
 * `allOf`, number and string bounds. Annotations (`description`, `format`, `pattern`, `example`...) are not checked.
 * A schema with any other keyword is refused when the document is read, so nothing is silently half-checked.
 * Written here rather than taken from a validator library: the subset is small, the messages name the path as the
 * drift report shows it (`$.total: expected number, got string`), and it runs in the renderer too (no code generation).
 */
export type JsonSchema = boolean | { [keyword: string]: unknown };

const CHECKED = new Set([
  'type',
  'nullable',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'anyOf',
  'oneOf',
  'allOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
]);
const ANNOTATIONS = new Set([
  'description',
  'title',
  'format',
  'pattern',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  'discriminator',
  '$comment',
  '$schema',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first keyword of `schema` (already free of $refs) this subset does not check, with its path; else null. */
export function unsupportedSchemaPart(schema: unknown, path: string): string | null {
  if (typeof schema === 'boolean') return null;
  if (!isObject(schema)) return `${path}: a schema must be an object or a boolean`;
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword.startsWith('x-') || ANNOTATIONS.has(keyword)) continue;
    if (!CHECKED.has(keyword)) return `${path}: the keyword "${keyword}" is not supported`;
    const here = `${path}/${keyword}`;
    const nested =
      keyword === 'properties'
        ? isObject(value)
          ? Object.entries(value).map(([name, s]) => [`${here}/${name}`, s] as const)
          : null
        : keyword === 'items' || keyword === 'additionalProperties'
          ? [[here, value] as const]
          : keyword === 'anyOf' || keyword === 'oneOf' || keyword === 'allOf'
            ? Array.isArray(value)
              ? value.map((s, i) => [`${here}/${i}`, s] as const)
              : null
            : [];
    if (nested === null) return `${here}: must be ${keyword === 'properties' ? 'an object' : 'a list'} of schemas`;
    for (const [p, s] of nested) {
      const found = unsupportedSchemaPart(s, p);
      if (found) return found;
    }
    if (keyword === 'type') {
      const names = Array.isArray(value) ? value : [value];
      const bad = names.find((n) => typeof n !== 'string' || !TYPES.has(n));
      if (bad !== undefined || names.length === 0) return `${here}: unknown type ${JSON.stringify(bad ?? value)}`;
    }
    if (keyword === 'required' && (!Array.isArray(value) || value.some((n) => typeof n !== 'string')))
      return `${here}: must be a list of names`;
    if (keyword === 'enum' && !Array.isArray(value)) return `${here}: must be a list`;
  }
  return null;
}

const kindOf = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v;

const fits = (type: string, v: unknown): boolean => {
  const kind = kindOf(v);
  return type === kind || (type === 'number' && kind === 'integer');
};

const keyPath = (path: string, key: string) =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/**
 * Where `value` first breaks `schema`, as `$.path: what` (the path from `root`), or null when it fits. The value must
 * be parsed JSON whose depth was bounded before (shared/json-depth.ts): this recurses along it.
 */
export function schemaMismatch(schema: JsonSchema, value: unknown, root = '$'): string | null {
  if (schema === true) return null;
  if (schema === false) return `${root}: no value is allowed here`;
  const s = schema;
  if (value === null && s.nullable === true) return null;
  if (s.type !== undefined) {
    const types = (Array.isArray(s.type) ? s.type : [s.type]) as string[];
    if (!types.some((t) => fits(t, value))) return `${root}: expected ${types.join(' or ')}, got ${kindOf(value)}`;
  }
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value)))
    return `${root}: ${JSON.stringify(value)?.slice(0, 60)} is not one of ${s.enum
      .map((e) => JSON.stringify(e))
      .join(', ')
      .slice(0, 200)}`;
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value))
    return `${root}: expected ${JSON.stringify(s.const)?.slice(0, 60)}`;
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return `${root}: below the minimum ${s.minimum}`;
    if (typeof s.maximum === 'number' && value > s.maximum) return `${root}: above the maximum ${s.maximum}`;
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum)
      return `${root}: must be above ${s.exclusiveMinimum}`;
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum)
      return `${root}: must be below ${s.exclusiveMaximum}`;
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength)
      return `${root}: shorter than ${s.minLength} characters`;
    if (typeof s.maxLength === 'number' && value.length > s.maxLength)
      return `${root}: longer than ${s.maxLength} characters`;
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) return `${root}: fewer than ${s.minItems} entries`;
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) return `${root}: more than ${s.maxItems} entries`;
    if (s.items !== undefined) {
      for (const [i, entry] of value.entries()) {
        const found = schemaMismatch(s.items as JsonSchema, entry, `${root}[${i}]`);
        if (found) return found;
      }
    }
  }
  if (isObject(value)) {
    const properties = isObject(s.properties) ? s.properties : {};
    for (const name of Array.isArray(s.required) ? (s.required as string[]) : []) {
      if (!(name in value)) return `${keyPath(root, name)}: missing (required)`;
    }
    for (const [key, entry] of Object.entries(value)) {
      const declared = properties[key] as JsonSchema | undefined;
      const rule = declared ?? (s.additionalProperties as JsonSchema | undefined) ?? true;
      const found = schemaMismatch(rule, entry, keyPath(root, key));
      if (found) return declared === undefined && rule === false ? `${keyPath(root, key)}: not expected` : found;
    }
  }
  if (Array.isArray(s.allOf)) {
    for (const part of s.allOf as JsonSchema[]) {
      const found = schemaMismatch(part, value, root);
      if (found) return found;
    }
  }
  for (const keyword of ['anyOf', 'oneOf'] as const) {
    const options = s[keyword];
    if (!Array.isArray(options)) continue;
    const problems = (options as JsonSchema[]).map((o) => schemaMismatch(o, value, root));
    if (!problems.includes(null)) return problems[0] ?? `${root}: fits none of its ${keyword}`;
  }
  return null;
}
