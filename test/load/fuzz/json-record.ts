/** Reading the JSON objects of requests and answers without trusting their shape. */
export type JsonRecord = Record<string, unknown>;

/** The value when it is a JSON object, else null. */
export function asRecord(value: unknown): JsonRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonRecord) : null;
}

/** The JSON object in a text, or null when the text is not JSON or not an object. */
export function jsonRecord(text: string): JsonRecord | null {
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return null;
  }
}
