import { z } from 'zod';
import { MAX_JSON_DEPTH } from '../api/input-limits.js';
import { nestsDeeperThan } from '../json-depth.js';

/**
 * The tool calls the AI made for one decision (customer lookups, order details, actions), kept on the
 * decision and the ticket so the agent sees what the AI saw. Bounded so a decision stays small enough to
 * push in a batch: at most MAX_AI_TOOL_RESULTS entries, each result at most MAX_TOOL_RESULT_BYTES and
 * each set of arguments at most MAX_TOOL_ARGUMENTS_BYTES of JSON text, neither nested deeper than
 * MAX_TOOL_JSON_DEPTH levels; anything cut says so (`truncated`).
 */
export const MAX_AI_TOOL_RESULTS = 20;
export const MAX_TOOL_RESULT_BYTES = 4096;
export const MAX_TOOL_ARGUMENTS_BYTES = 1024;
export const MAX_TOOL_REASON_LENGTH = 1000;
/**
 * Deepest nesting of arrays and objects in a tool's arguments or result: as deep as a push may carry it
 * (a push body nests at most MAX_JSON_DEPTH levels, and a result sits inside six: the body, its mutations,
 * the mutation, its decision, its toolResults and the entry). Real lookups answer a few levels; a result
 * nested ~1,600 levels fits in 3 KB yet overflows the stack of whatever reads it recursively (validation,
 * a console), so deeper is refused before anything recurses into it.
 */
export const MAX_TOOL_JSON_DEPTH = MAX_JSON_DEPTH - 6;

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

const TOO_DEEP = `Tool arguments and results are limited to ${MAX_TOOL_JSON_DEPTH} levels of nested arrays and objects.`;

/**
 * `schema` (recursive), reached only by values at most MAX_TOOL_JSON_DEPTH deep: `shallow` (which does not
 * recurse) and the depth are checked first. `shallow` is also what the API document shows a sender.
 */
function depthChecked<T extends z.ZodType>(shallow: z.ZodType, schema: T) {
  return shallow
    .refine((value) => !nestsDeeperThan(value, MAX_TOOL_JSON_DEPTH), { message: TOO_DEEP, abort: true })
    .meta({ description: `Any JSON, nested at most ${MAX_TOOL_JSON_DEPTH} levels of arrays and objects deep.` })
    .pipe(schema);
}

const jsonBytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

/** ok: the tool ran and answered; refused: the policy guard stopped it (reason says why); failed: it ran or was asked for wrongly and gave an error. */
export const AiToolStatusSchema = z.enum(['ok', 'refused', 'failed']);
export type AiToolStatus = z.infer<typeof AiToolStatusSchema>;

export const AiToolResultSchema = z.strictObject({
  name: z.string().min(1).max(100),
  arguments: depthChecked(z.record(z.string(), z.unknown()), z.record(z.string(), JsonValueSchema)).refine(
    (a) => jsonBytes(a) <= MAX_TOOL_ARGUMENTS_BYTES,
    {
      message: `Tool arguments are limited to ${MAX_TOOL_ARGUMENTS_BYTES} bytes of JSON.`,
    },
  ),
  status: AiToolStatusSchema,
  /** What the tool answered (null when it did not run). A cut result is the start of its JSON text, as a string. */
  result: depthChecked(z.unknown(), JsonValueSchema).refine((r) => jsonBytes(r) <= MAX_TOOL_RESULT_BYTES, {
    message: `A tool result is limited to ${MAX_TOOL_RESULT_BYTES} bytes of JSON.`,
  }),
  /** Why the call was refused or failed; null when it went through. */
  reason: z.string().max(MAX_TOOL_REASON_LENGTH).nullable(),
  /** True when the arguments or the result were cut to fit. */
  truncated: z.boolean(),
});
export type AiToolResult = z.infer<typeof AiToolResultSchema>;

export const AiToolResultsSchema = z.array(AiToolResultSchema).max(MAX_AI_TOOL_RESULTS);

/** One tool call as the engine saw it, before bounding. */
export interface RawToolCall {
  name: string;
  arguments: Record<string, unknown>;
  status: AiToolStatus;
  result: unknown;
  reason: string | null;
}

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
function cutUtf8(text: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // back off a continuation byte
  return new TextDecoder().decode(bytes.subarray(0, end));
}

/** A JSON copy of any value (undefined, functions and the like dropped as JSON.stringify does). */
function toJson(value: unknown): JsonValue {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as JsonValue);
}

function boundResult(value: unknown): { result: JsonValue; truncated: boolean } {
  // Checked before toJson: JSON.stringify itself recurses.
  if (nestsDeeperThan(value, MAX_TOOL_JSON_DEPTH))
    return { result: `(Left out: nested deeper than ${MAX_TOOL_JSON_DEPTH} levels.)`, truncated: true };
  const json = toJson(value);
  if (jsonBytes(json) <= MAX_TOOL_RESULT_BYTES) return { result: json, truncated: false };
  // The start of the JSON text, as a string; the quotes and escapes of the string itself may add a little.
  let cut = cutUtf8(JSON.stringify(json), MAX_TOOL_RESULT_BYTES - 1) + '…';
  while (jsonBytes(cut) > MAX_TOOL_RESULT_BYTES) cut = cutUtf8(cut, new TextEncoder().encode(cut).length - 64) + '…';
  return { result: cut, truncated: true };
}

function boundArguments(args: Record<string, unknown>): { arguments: Record<string, JsonValue>; truncated: boolean } {
  // An argument nested too deep is left out (checked before toJson: JSON.stringify itself recurses).
  const shallow = Object.entries(args).filter(([, value]) => !nestsDeeperThan(value, MAX_TOOL_JSON_DEPTH - 1));
  const json = toJson(Object.fromEntries(shallow)) as Record<string, JsonValue>;
  const cutDeep = shallow.length < Object.keys(args).length;
  if (jsonBytes(json) <= MAX_TOOL_ARGUMENTS_BYTES) return { arguments: json, truncated: cutDeep };
  // Keep whole keys while they fit; long string values are cut; what does not fit is left out.
  const kept: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(json)) {
    const candidate = typeof value === 'string' ? cutUtf8(value, 200) : value;
    if (jsonBytes({ ...kept, [key]: candidate }) <= MAX_TOOL_ARGUMENTS_BYTES) kept[key] = candidate;
  }
  return { arguments: kept, truncated: true };
}

/** One raw tool call made safe to store: JSON only, sizes bounded, the cut flagged. */
export function boundToolResult(call: RawToolCall): AiToolResult {
  const args = boundArguments(call.arguments);
  const result = boundResult(call.result);
  return {
    name: call.name.slice(0, 100) || 'unknown',
    arguments: args.arguments,
    status: call.status,
    result: result.result,
    reason: call.reason === null ? null : call.reason.slice(0, MAX_TOOL_REASON_LENGTH),
    truncated: args.truncated || result.truncated,
  };
}

/**
 * At most MAX_AI_TOOL_RESULTS of a decision's calls: past that, the first ones (the lookups) and the very
 * last one (often the call that decided the outcome, e.g. a refused action) are kept.
 */
export function limitToolResults<T>(entries: readonly T[]): T[] {
  return entries.length <= MAX_AI_TOOL_RESULTS
    ? [...entries]
    : [...entries.slice(0, MAX_AI_TOOL_RESULTS - 1), entries[entries.length - 1]!];
}

/** The calls of one decision, bounded in number and size. */
export function boundToolResults(calls: readonly RawToolCall[]): AiToolResult[] {
  return limitToolResults(calls).map(boundToolResult);
}
