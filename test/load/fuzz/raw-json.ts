/**
 * JSON with holes a JSON.stringify cannot make: numbers written as text (1e400, -0, 2^53+1), invalid
 * UTF-8 bytes inside strings, nesting thousands of levels deep, text that is not JSON at all. A fuzz
 * body is a tree of ordinary values with RawJson pieces spliced in as they are.
 */
export class RawJson {
  readonly bytes: Buffer;
  constructor(
    text: string | Uint8Array,
    readonly label: string,
  ) {
    this.bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
  }
}

export type FuzzJson = null | boolean | number | string | RawJson | FuzzJson[] | { [key: string]: FuzzJson };

/** The body as bytes. Strings go through JSON.stringify, which writes a lone surrogate as a \u escape. */
export function encodeFuzzJson(value: FuzzJson): Buffer {
  const parts: (string | Buffer)[] = [''];
  write(value, parts);
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
}

/** Appends text to the last text part, raw bytes as a part of their own. */
function write(value: FuzzJson, parts: (string | Buffer)[]): void {
  const text = (more: string) => {
    const last = parts.length - 1;
    if (typeof parts[last] === 'string') parts[last] += more;
    else parts.push(more);
  };
  if (value instanceof RawJson) {
    parts.push(value.bytes);
  } else if (Array.isArray(value)) {
    text('[');
    value.forEach((item, index) => {
      if (index > 0) text(',');
      write(item, parts);
    });
    text(']');
  } else if (value !== null && typeof value === 'object') {
    text('{');
    Object.entries(value).forEach(([key, item], index) => {
      text(`${index > 0 ? ',' : ''}${JSON.stringify(key)}:`);
      write(item, parts);
    });
    text('}');
  } else {
    text(JSON.stringify(value) ?? 'null');
  }
}

/** True for a plain JSON object node of a fuzz tree (not an array, not a raw piece). */
export function isFuzzObject(value: FuzzJson): value is { [key: string]: FuzzJson } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof RawJson);
}
