/**
 * Inlines the local `$ref`s of an OpenAPI document part (`#/components/...` only; another document or URL is refused),
 * refusing cycles and bounding what the inlining may grow to, so a small document cannot expand into a huge one.
 */
export const MAX_INLINED_NODES = 50_000;

export class OpenApiReadError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface RefInliner {
  /** `node` with every $ref replaced by (a copy of) what it points at; throws OpenApiReadError naming `path`. */
  inline(node: unknown, path: string): unknown;
}

export function refInliner(document: Record<string, unknown>): RefInliner {
  let nodes = 0;
  const target = (ref: string, path: string): unknown => {
    if (!ref.startsWith('#/components/'))
      throw new OpenApiReadError(`${path}: only local references (#/components/...) are supported, not "${ref}"`);
    let here: unknown = document;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isObject(here) || !Object.hasOwn(here, key))
        throw new OpenApiReadError(`${path}: the reference "${ref}" points at nothing`);
      here = here[key];
    }
    return here;
  };
  const walk = (node: unknown, path: string, following: readonly string[]): unknown => {
    if (++nodes > MAX_INLINED_NODES)
      throw new OpenApiReadError(
        `${path}: with its references inlined the document grows past ${MAX_INLINED_NODES} parts`,
      );
    if (Array.isArray(node)) return node.map((entry, i) => walk(entry, `${path}/${i}`, following));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string') {
      if (following.includes(ref))
        throw new OpenApiReadError(`${path}: the reference "${ref}" refers back to itself (a cycle)`);
      return walk(target(ref, path), path, [...following, ref]);
    }
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, `${path}/${k}`, following)]));
  };
  return { inline: (node, path) => walk(node, path, []) };
}
