/**
 * One tool call the model asked for: arguments read and their PII placeholders restored locally, the tenant's tool
 * session (its policy guard, then its API) run, and what it answered recorded for the agent and told to the model
 * (redacted). A call the policy forbids, integration drift or a handoff ends the model's work (Stop).
 */
import type OpenAI from 'openai';
import { boundToolResult, type AiToolResult } from '../../shared/domain/ai-tool-results.js';
import { redactDeep, restoreDeep, type PiiVault } from '../../shared/pii/index.js';
import type { AiHealthReporter, ToolSession } from '../routing/ports.js';
import { Stop } from './stop.js';
import type { ToolCallRecord } from './types.js';

export interface ToolTurn {
  ticketId: string;
  session: ToolSession;
  vault: PiiVault;
  toolCalls: ToolCallRecord[];
  toolResults: AiToolResult[];
  /** Counts a malformed output the model gets to correct; throws once it had its corrections. */
  repair(what: string): void;
  health: AiHealthReporter | null;
  log(line: string): void;
}

type ToolCall = OpenAI.Chat.Completions.ChatCompletionMessageToolCall;

function argumentsOf(raw: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(raw || '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Runs the call; returns what the model is told. */
export async function runToolCall(tc: ToolCall, turn: ToolTurn): Promise<string> {
  if (tc.type !== 'function') return 'Error: only function tools exist.';
  const name = tc.function.name;
  const rawArgs = tc.function.arguments;
  const record = (outcome: ToolCallRecord['outcome'], reason: string | null) =>
    turn.toolCalls.push({ name, arguments: rawArgs, outcome, reason });
  const show = (
    args: Record<string, unknown>,
    status: AiToolResult['status'],
    result: unknown,
    reason: string | null,
  ) => turn.toolResults.push(boundToolResult({ name, arguments: args, status, result, reason }));

  const parsed = argumentsOf(rawArgs);
  if (!parsed) {
    record('malformed', 'arguments are not a JSON object');
    show({}, 'failed', null, 'The arguments were not a JSON object.');
    turn.repair('malformed tool arguments');
    return `Error: the arguments of ${name} were not a valid JSON object. Call ${name} again with valid JSON arguments.`;
  }
  const args = restoreDeep(parsed, turn.vault);
  const outcome = await turn.session.call(name, args);
  switch (outcome.status) {
    case 'ok':
      record('ran', null);
      show(args, 'ok', outcome.result, null);
      return JSON.stringify(redactDeep(outcome.result, turn.vault));
    case 'failed':
      record('ran', outcome.reason);
      show(args, 'failed', null, outcome.reason);
      return JSON.stringify(redactDeep(`Error: ${outcome.reason}`, turn.vault));
    case 'invalid':
      record('invalid', outcome.reason);
      show(args, 'refused', null, outcome.reason);
      return `Error: ${outcome.reason}`;
    case 'forbidden':
      record('forbidden', outcome.reason);
      show(args, 'refused', null, outcome.reason);
      throw new Stop(
        'model_error',
        `Guardrail blocked a tool call the policy forbids, so nothing was changed: ${outcome.reason}`,
      );
    case 'drift': {
      const problem = `${outcome.operationId} answered outside its declared schema: ${outcome.problem}`;
      record('drift', problem);
      show(args, 'failed', null, problem);
      await turn.health
        ?.report({
          kind: 'integration_drift',
          toolApiId: outcome.toolApiId,
          operationId: outcome.operationId,
          ticketId: turn.ticketId,
          problem: outcome.problem.slice(0, 1_000),
        })
        .catch((error: unknown) =>
          turn.log(
            `Integration drift could not be reported: ${error instanceof Error ? error.message : String(error)}`,
          ),
        );
      throw new Stop(
        'integration_drift',
        `The tenant's API "${outcome.toolApiId}" changed: ${problem}. A person takes over instead of the model guessing.`,
      );
    }
    case 'handoff':
      record('handoff', null);
      show(args, 'ok', null, null);
      throw new Stop('no_answer', `The AI handed over to a human: ${outcome.summary}`);
  }
}
