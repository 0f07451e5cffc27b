/** At most this much of a body is read again as plain text. */
const MAX_SALVAGE_BYTES = 1024 * 1024;
const BOUNDARY_LINE = /^--\S*\s*$/;
const PART_HEADER_LINE = /^Content-[\w-]+\s*:/i;
const BASE64_LINE = /^[A-Za-z0-9+/=]{60,}$/;

/**
 * The readable lines of a body in which the parser found no part at all (a multipart whose boundary is missing or
 * never appears): the body as UTF-8 text without boundary lines, part headers and base64 runs.
 */
export function salvageText(body: Buffer): string {
  return body
    .subarray(0, MAX_SALVAGE_BYTES)
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => !BOUNDARY_LINE.test(line) && !PART_HEADER_LINE.test(line) && !BASE64_LINE.test(line))
    .join('\n');
}
