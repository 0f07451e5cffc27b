/**
 * The tenant's own tools (issue 17): its enabled tool_api settings, each an OpenAPI document read into operations
 * (shared/tools/openapi-operations.ts), offered to the model as functions; a session per ticket runs each call through
 * the policy guard (tool-guard.ts) and then the API (http-caller.ts). A document that does not read is left out, its
 * reason logged once.
 */
import type { JsonValue } from '../../shared/domain/ai-tool-results.js';
import type { SettingEntry } from '../../shared/settings/tenant-settings.js';
import {
  readToolApiDocument,
  type ToolApiDocument,
  type ToolOperation,
} from '../../shared/tools/openapi-operations.js';
import type { ToolBox, ToolCallOutcome, ToolDefinition, ToolSession, ToolSessionInput } from '../routing/ports.js';
import { isExplicitConfirmation } from './explicit-confirmation.js';
import { callOperation } from './http-caller.js';
import { checkToolCall, fieldAt, type LookupAnswer } from './tool-guard.js';

/** The tool every tool box offers: the model asks for a person (ToolCallOutcome `handoff`). */
export const HANDOFF_TOOL_NAME = 'transfer_to_human_agents';
const HANDOFF_TOOL: ToolDefinition = {
  type: 'function',
  function: {
    name: HANDOFF_TOOL_NAME,
    description:
      'Hand the ticket to a person when the customer asks for one, or when the request cannot be handled with the other tools and the policy.',
    parameters: {
      type: 'object',
      properties: { summary: { type: 'string', description: "A summary of the customer's issue for the person." } },
      required: ['summary'],
    },
  },
};

export interface ToolBoxOptions {
  /** Told once per API left out (its document does not read, or an operation's name is taken). */
  log?: (message: string) => void;
  fetch?: typeof fetch;
}

/** One enabled API, read. */
interface ToolApi {
  id: string;
  baseUrl: string;
  timeoutMs: number;
  maxCallsPerTicket: number;
  document: ToolApiDocument;
  operations: Map<string, ToolOperation>;
}

export interface ToolApiProblem {
  toolApiId: string;
  name: string;
  error: string;
}

export interface TenantToolBox extends ToolBox {
  /** The APIs (or operations) left out, and why. */
  problems(): readonly ToolApiProblem[];
}

export function createToolBox(
  toolApis: readonly SettingEntry<'tool_api'>[],
  options: ToolBoxOptions = {},
): TenantToolBox {
  const problems: ToolApiProblem[] = [];
  const apis: ToolApi[] = [];
  const owner = new Map<string, ToolApi>();
  const leaveOut = (entry: SettingEntry<'tool_api'>, error: string) => {
    problems.push({ toolApiId: entry.id, name: entry.value.name, error });
    options.log?.(`Tool API "${entry.value.name}" (${entry.id}): ${error}`);
  };
  for (const entry of toolApis) {
    if (!entry.value.enabled) continue;
    const read = readToolApiDocument(entry.value.openapi);
    if (!read.ok) {
      leaveOut(entry, `its OpenAPI document is left out: ${read.error}`);
      continue;
    }
    const api: ToolApi = {
      id: entry.id,
      baseUrl: entry.value.baseUrl,
      timeoutMs: entry.value.timeoutSeconds * 1000,
      maxCallsPerTicket: entry.value.maxCallsPerTicket,
      document: read.document,
      operations: new Map(read.document.operations.map((op) => [op.operationId, op])),
    };
    const taken = read.document.operations.find(
      (op) => owner.has(op.operationId) || op.operationId === HANDOFF_TOOL_NAME,
    );
    if (taken) {
      leaveOut(entry, `it is left out: the operation name "${taken.operationId}" is taken by another tool.`);
      continue;
    }
    for (const op of read.document.operations) owner.set(op.operationId, api);
    apis.push(api);
  }
  const definitions: ToolDefinition[] = [
    ...apis.flatMap((api) =>
      api.document.operations.map((op): ToolDefinition => ({
        type: 'function',
        function: {
          name: op.operationId,
          ...(op.description ? { description: op.description } : {}),
          parameters: op.argumentsSchema as unknown as Record<string, unknown>,
        },
      })),
    ),
    HANDOFF_TOOL,
  ];
  const fetcher = options.fetch ?? globalThis.fetch;
  return {
    definitions: () => definitions,
    problems: () => problems,
    session: (input) => new TicketToolSession(input, owner, fetcher),
  };
}

/** What one ticket did with one API: its customer there, calls made, money moved. */
interface ApiState {
  customerId: string | null;
  bound: boolean;
  calls: number;
  money: Map<string, number>;
}

class TicketToolSession implements ToolSession {
  readonly actionsDone = new Set<string>();
  private readonly states = new Map<ToolApi, ApiState>();
  private readonly confirmed: boolean;

  constructor(
    private readonly input: ToolSessionInput,
    private readonly owner: ReadonlyMap<string, ToolApi>,
    private readonly fetcher: typeof fetch,
  ) {
    this.confirmed = isExplicitConfirmation(input.latestCustomerText);
  }

  async call(name: string, args: Record<string, unknown>): Promise<ToolCallOutcome> {
    if (name === HANDOFF_TOOL_NAME)
      return {
        status: 'handoff',
        summary: typeof args.summary === 'string' ? args.summary : 'The model handed the ticket to a person.',
      };
    const api = this.owner.get(name);
    const operation = api?.operations.get(name);
    if (!api || !operation) return { status: 'invalid', reason: `There is no tool named ${name}.` };
    const state = this.stateOf(api);
    if (++state.calls > api.maxCallsPerTicket)
      return {
        status: 'forbidden',
        reason: `${name}: this ticket used the ${api.maxCallsPerTicket} calls it may make to ${api.document.title}.`,
      };
    const binding = await this.bindCustomer(api, state);
    if (binding) return binding;
    const verdict = await checkToolCall({
      operation,
      args,
      documentPolicy: api.document.policy,
      customerId: state.customerId,
      identifyOperations: api.document.operations
        .filter((op) => op.policy.effect === 'identify')
        .map((op) => op.operationId),
      confirmed: this.confirmed,
      humanTouched: this.input.ticket.humanTouched,
      mode: this.input.mode,
      moneySoFar: state.money,
      lookup: (operationId, lookupArgs) => this.lookup(api, operationId, lookupArgs),
      customerArgumentOf: (operationId) => api.operations.get(operationId)?.policy.customerArgument ?? '',
    });
    if (!verdict.ok) return verdict.outcome;
    let result: JsonValue;
    if (verdict.answer !== null) result = verdict.answer;
    else {
      const answer = await this.run(api, operation, args);
      if (!answer.ok) return answer.outcome;
      result = answer.body;
    }
    if (operation.policy.effect === 'identify') {
      const found = fieldAt(result, operation.policy.identify!.customerField);
      if (state.customerId !== null && found !== state.customerId)
        return {
          status: 'forbidden',
          reason: `${name} found a different customer (${String(found)}) than this ticket's; the AI may only help the ticket's own customer.`,
        };
      if (typeof found === 'string') state.customerId = found;
    }
    if (operation.policy.effect === 'write') {
      this.actionsDone.add(name);
      if (verdict.money)
        state.money.set(
          verdict.money.limit,
          Math.round(((state.money.get(verdict.money.limit) ?? 0) + verdict.money.amount) * 100) / 100,
        );
    }
    return { status: 'ok', result };
  }

  private stateOf(api: ToolApi): ApiState {
    let state = this.states.get(api);
    if (!state) {
      state = { customerId: null, bound: false, calls: 0, money: new Map() };
      this.states.set(api, state);
    }
    return state;
  }

  /** Once per API: the ticket's verified email through the operation that identifies a customer by email. */
  private async bindCustomer(api: ToolApi, state: ApiState): Promise<ToolCallOutcome | null> {
    if (state.bound) return null;
    state.bound = true;
    const email = this.input.ticket.customer.email;
    const byEmail = api.document.operations.find((op) => op.policy.identify?.emailArgument !== undefined);
    if (!email || !byEmail) return null;
    const found = await this.run(api, byEmail, { [byEmail.policy.identify!.emailArgument!]: email });
    if (!found.ok) return found.outcome.status === 'drift' ? found.outcome : null;
    const id = fieldAt(found.body, byEmail.policy.identify!.customerField);
    if (typeof id === 'string') state.customerId = id;
    return null;
  }

  private async lookup(api: ToolApi, operationId: string, args: Record<string, unknown>): Promise<LookupAnswer> {
    const operation = api.operations.get(operationId)!;
    const answer = await this.run(api, operation, args);
    if (answer.ok || answer.outcome.status !== 'failed') return answer;
    // The lookup's refusal (e.g. not found) is something the model can correct.
    return { ok: false, outcome: { status: 'invalid', reason: answer.outcome.reason } };
  }

  private async run(api: ToolApi, operation: ToolOperation, args: Record<string, unknown>): Promise<LookupAnswer> {
    const answer = await callOperation({
      baseUrl: api.baseUrl,
      operation,
      args,
      timeoutMs: api.timeoutMs,
      fetch: this.fetcher,
    });
    if (answer.kind === 'ok') return { ok: true, body: answer.body };
    if (answer.kind === 'failed') return { ok: false, outcome: { status: 'failed', reason: answer.reason } };
    return {
      ok: false,
      outcome: { status: 'drift', toolApiId: api.id, operationId: operation.operationId, problem: answer.problem },
    };
  }
}
