/** Tool calls on an AI decision, as the OpenAI provider records them (small enough that nothing is cut). */
import type { AiToolResult, JsonValue } from '../../shared/domain/ai-tool-results.js';

type ToolArguments = Record<string, JsonValue>;

/** A call the tool answered with `result`. */
export function answeredToolCall(name: string, args: ToolArguments, result: JsonValue): AiToolResult {
  return { name, arguments: args, status: 'ok', result, reason: null, truncated: false };
}

/** A call the provider's policy guard refused, for `reason`. */
export function refusedToolCall(name: string, args: ToolArguments, reason: string): AiToolResult {
  return { name, arguments: args, status: 'refused', result: null, reason, truncated: false };
}
