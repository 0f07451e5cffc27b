/**
 * TEMPORARY (issue 17): the τ-bench retail demo's wired-in store and guard as a ToolBox, so the model engine (which
 * only knows ToolBox) keeps its retail tests and `npm run eval -- tau` until the retail demo is served as a tenant
 * HTTP API through the OpenAPI tool layer (engine/tools); then this file and the retail files go.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonValue } from '../../shared/domain/ai-tool-results.js';
import { TenantConfigSchema } from '../../shared/domain/tenant.js';
import { DEFAULT_ROUTING_POLICY } from '../../shared/settings/routing-policy.js';
import { DECIDE_PROMPT, loadPromptFile } from '../prompts/prompt-file.js';
import type { ToolBox, ToolCallOutcome, ToolSession, ToolSessionInput } from '../routing/ports.js';
import { loadRetailPolicy, type RetailPolicy } from './retail-policy.js';
import { loadRetailTools, runRetailTool, type ToolDefinition } from './retail-tools.js';
import { checkToolCall, HANDOFF_TOOL, isExplicitConfirmation, WRITE_TOOLS, type GuardSession } from './tool-guard.js';
import type { ModelEngineParts, ModelTenant } from './types.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The retail demo's store (examples/retail-api/retail-store.ts), which the engine may not import. */
type RetailBackend = GuardSession['store'];

export class RetailToolBox<Store extends RetailBackend = RetailBackend> implements ToolBox {
  constructor(
    /** The tenant's backend; actions change it. */
    readonly store: Store,
    readonly policy: RetailPolicy,
    private readonly tools: ToolDefinition[],
  ) {}

  definitions(): ToolDefinition[] {
    return this.tools;
  }

  session({ ticket, latestCustomerText, mode }: ToolSessionInput): ToolSession {
    const store = this.store;
    const fixedUser =
      (ticket.customer.email ? store.userIdByEmail(ticket.customer.email) : null) ??
      (store.user(ticket.customer.id) ? ticket.customer.id : null);
    const guard: GuardSession = {
      store,
      policy: this.policy,
      userId: fixedUser,
      userFixedByTicket: fixedUser !== null,
      confirmed: isExplicitConfirmation(latestCustomerText),
      humanTouched: ticket.humanTouched,
      refundedSoFar: 0,
    };
    const actionsDone = new Set<string>();
    const call = async (name: string, args: Record<string, unknown>): Promise<ToolCallOutcome> => {
      if (name === HANDOFF_TOOL)
        return {
          status: 'handoff',
          summary: typeof args.summary === 'string' ? args.summary : 'The model handed the ticket to a human.',
        };
      const verdict = checkToolCall(name, args, guard);
      if (!verdict.ok) return { status: verdict.severity, reason: verdict.reason };
      if (mode === 'shadow' && WRITE_TOOLS.has(name))
        return { status: 'invalid', reason: 'Nothing may be changed now (a shadow run or a draft for a person).' };
      const result = runRetailTool(store, name, args, verdict.difference ?? 0);
      if (typeof result === 'string' && result.startsWith('Error')) return { status: 'failed', reason: result };
      if ((name === 'find_user_id_by_email' || name === 'find_user_id_by_name_zip') && !guard.userId)
        guard.userId = String(result);
      if (WRITE_TOOLS.has(name)) {
        actionsDone.add(name);
        guard.refundedSoFar = round2(guard.refundedSoFar + (verdict.refund ?? 0));
      }
      return { status: 'ok', result: JSON.parse(JSON.stringify(result ?? null)) as JsonValue };
    };
    return { call, actionsDone };
  }
}

/** The retail demo tenant's name and rules (resources/tenants/<id>/tenant.json). */
function loadRetailTenant(resourcesDir: string, tenantId: string): ModelTenant {
  const dir = join(resourcesDir, 'tenants', tenantId);
  const config = TenantConfigSchema.parse(JSON.parse(readFileSync(join(dir, 'tenant.json'), 'utf8')));
  return { id: config.id, name: config.name, escalationRules: config.escalationRules };
}

/**
 * The model engine's parts for a tool tenant without articles (the retail demo): its tools, the decide prompt, and the
 * default routing policy with the model on, the tenant's forbidden promises and no confidence floor (the tools, not
 * the model's doubt, decide there).
 */
export function retailEngineParts<Store extends RetailBackend>(
  resourcesDir: string,
  tenantId: string,
  store: Store,
): ModelEngineParts & { toolBox: RetailToolBox<Store> } {
  const dir = join(resourcesDir, 'tenants', tenantId);
  const toolBox = new RetailToolBox(store, loadRetailPolicy(dir), loadRetailTools(dir));
  return {
    tenant: loadRetailTenant(resourcesDir, tenantId),
    toolBox,
    prompt: loadPromptFile(resourcesDir, DECIDE_PROMPT),
    policy: {
      ...DEFAULT_ROUTING_POLICY,
      model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true, minConfidence: 0 },
      forbiddenPromises: toolBox.policy.forbiddenPromises,
    },
    grounding: null,
    health: null,
  };
}
