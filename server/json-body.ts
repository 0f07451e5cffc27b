import { HttpError } from './http-errors.js';
import { refusedJsonInput, tooDeeplyNested } from './json-input-guard.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A JSON request body, parsed, or a 400 HttpError thrown: the bytes must be UTF-8 (Node's default decoding
 * would quietly store U+FFFD instead), hold JSON, and the JSON nothing refusedJsonInput refuses.
 */
export function parseJsonBody(body: Buffer): unknown {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    throw new HttpError(400, 'invalid_utf8', 'The request body is not valid UTF-8; send JSON encoded as UTF-8.');
  }
  if (text.trim() === '')
    throw new HttpError(400, 'invalid_json', 'The request body is empty but its content type is JSON.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // JSON.parse may run out of stack on extreme nesting: that is the sender's deep data, not a queue failure.
    if (error instanceof RangeError) throw tooDeeplyNested(null);
    throw new HttpError(
      400,
      'invalid_json',
      `The request body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const refused = refusedJsonInput(value);
  if (refused) throw refused;
  return value;
}
