import { acceptedHostileText, hostileString, hostileValue } from './hostile-values.js';
import type { Prng } from './prng.js';
import { encodeFuzzJson, isFuzzObject, RawJson, type FuzzJson } from './raw-json.js';

/** Grown arrays stay under this, below the queue's 1 MiB body limit. */
const MOST_BODY_BYTES = 900_000;

type Path = readonly (string | number)[];

/** Every node of the tree (raw pieces are leaves), the root first. */
function paths(value: FuzzJson, at: Path = [], into: Path[] = []): Path[] {
  into.push(at);
  if (Array.isArray(value)) value.forEach((item, index) => paths(item, [...at, index], into));
  else if (isFuzzObject(value)) for (const [key, item] of Object.entries(value)) paths(item, [...at, key], into);
  return into;
}

function get(value: FuzzJson, path: Path): FuzzJson {
  let node = value;
  for (const step of path)
    node = (Array.isArray(node) ? node[step as number] : isFuzzObject(node) ? node[step as string] : null) ?? null;
  return node;
}

/** A copy of the tree with the node at `path` replaced (undefined: removed). Own keys only, so "__proto__" stays data. */
function replace(value: FuzzJson, path: Path, next: FuzzJson | undefined): FuzzJson {
  if (path.length === 0) return next ?? null;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const child = replace(copy[step as number] ?? null, rest, next);
    if (rest.length === 0 && next === undefined) copy.splice(step as number, 1);
    else copy[step as number] = child;
    return copy;
  }
  if (isFuzzObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]): [string, FuzzJson | undefined] =>
        key === step ? [key, rest.length === 0 ? next : replace(item, rest, next)] : [key, item],
      )
      .filter((entry): entry is [string, FuzzJson] => entry[1] !== undefined);
    return Object.fromEntries(entries) as FuzzJson;
  }
  return value;
}

/** One change to one node: a hostile value, gone, an extra field, a wrapper, a string made too long, an array made too long. */
function mutateOnce(prng: Prng, value: FuzzJson): FuzzJson {
  const all = paths(value);
  const path = prng.pick(all);
  const node = get(value, path);
  const operation = prng.weighted<string>([
    [6, 'hostile'],
    [2, 'remove'],
    [2, 'extra field'],
    [1, 'wrap'],
    [2, 'grow string'],
    [1, 'grow array'],
  ]);
  switch (operation) {
    case 'remove':
      return path.length === 0 ? value : replace(value, path, undefined);
    case 'extra field':
      if (isFuzzObject(node)) {
        const key = prng.pick(['priority', 'tenantId', 'role', '__proto__', 'constructor', hostileString(prng)]);
        return replace(
          value,
          path,
          Object.fromEntries([...Object.entries(node), [key, hostileValue(prng)]]) as FuzzJson,
        );
      }
      return replace(value, path, hostileValue(prng));
    case 'wrap':
      return replace(value, path, prng.chance(0.5) ? [node] : { value: node });
    case 'grow string':
      if (typeof node === 'string')
        return replace(
          value,
          path,
          node + prng.pick(['x', acceptedHostileText(prng, 5)]).repeat(prng.pick([60, 400, 4_000, 20_001])),
        );
      return replace(value, path, hostileValue(prng));
    case 'grow array':
      if (Array.isArray(node) && node.length > 0) {
        // Past the array limits (200 mutations, 500 tickets), yet under the body limit where it can be: the 413 is the huge-body case's.
        const item = node[0] ?? null;
        const length = Math.min(
          prng.pick([201, 501, 2_000]),
          Math.max(2, Math.floor(MOST_BODY_BYTES / encodeFuzzJson(item).length)),
        );
        return replace(
          value,
          path,
          Array.from({ length }, () => item),
        );
      }
      return replace(value, path, hostileValue(prng));
    default:
      return replace(value, path, hostileValue(prng));
  }
}

/** The valid value with 1 to `most` random changes. */
export function mutate(prng: Prng, value: FuzzJson, most = 3): FuzzJson {
  let next = value;
  for (let i = prng.int(1, most); i > 0; i--) next = mutateOnce(prng, next);
  return next;
}

/** JSON text broken in one of the ways a careless or hostile client breaks it. */
export function malformJson(prng: Prng, bytes: Buffer): RawJson {
  const text = bytes.toString('latin1');
  const cut = prng.int(0, Math.max(0, text.length - 1));
  return prng.pick<() => RawJson>([
    () => new RawJson(bytes.subarray(0, cut), 'truncated JSON'),
    () =>
      new RawJson(
        Buffer.concat([bytes, Buffer.from(prng.pick(['}', ']', ',', ' x', '\u0000', '{}', '//']))]),
        'trailing garbage',
      ),
    () => new RawJson(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), 'byte order mark first'),
    () => new RawJson(Buffer.from(`${text.slice(0, cut)}/* comment */${text.slice(cut)}`, 'latin1'), 'comment inside'),
    () => new RawJson(Buffer.from(text.replace(/"/g, "'"), 'latin1'), 'single quotes'),
    () => new RawJson(Buffer.from(text.replace(/\{/, '{"a":1,"a":2,'), 'latin1'), 'duplicate keys'),
    () => new RawJson(Buffer.from(text.replace(/,/, ',,'), 'latin1'), 'double comma'),
    () => new RawJson(Buffer.from(text.replace(/"/, '"\\x41'), 'latin1'), 'bad escape'),
    () => new RawJson(Buffer.from(text.replace(/"/, '"\\ud800\\u'), 'latin1'), 'cut \\u escape'),
    () =>
      new RawJson(
        bytes.toString('utf8').length > 0 ? Buffer.from(bytes.toString('utf8'), 'utf16le') : Buffer.from('\u0000'),
        'UTF-16 bytes',
      ),
    () => new RawJson('', 'empty body'),
    () => new RawJson('   \n', 'blank body'),
    () => new RawJson('null', 'null body'),
    () => new RawJson('"just a string"', 'string body'),
    () => new RawJson('[]', 'array body'),
  ])();
}
