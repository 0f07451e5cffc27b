/**
 * A tool tenant for runs without a queue (the τ-bench-style eval, the golden suites with a model): the retail demo's
 * API started on 127.0.0.1, the seed's tool_api settings pointed at it, and the model engine's parts built from them
 * through the OpenAPI tool layer (engine/tools), as an autopilot builds them from the queue's settings.
 */
import { join } from 'node:path';
import type { AiHealthEvent } from '../../shared/api/ai-health-contract.js';
import { DEFAULT_ROUTING_POLICY, type RoutingPolicy } from '../../shared/settings/routing-policy.js';
import type { SettingEntry } from '../../shared/settings/tenant-settings.js';
import { readToolApiDocument } from '../../shared/tools/openapi-operations.js';
import type { ModelEngineParts } from '../../engine/openai/types.js';
import { DECIDE_PROMPT, loadPromptFile } from '../../engine/prompts/prompt-file.js';
import { createToolBox } from '../../engine/tools/index.js';
import { startRetailApi, type RetailApi } from '../../examples/retail-api/retail-api-server.js';
import { readTenantSeed } from '../../lib/tenant-seed/tenant-seed.js';

export interface ToolTenantOptions {
  resourcesDir: string;
  tenantId: string;
  /** Where the demo API's users/orders/products.json are; default the tenant's seed folder. */
  dataDir?: string;
  /** The demo API answers outside its declared schema (integration drift). */
  drift?: boolean;
}

export interface ToolTenant {
  api: RetailApi;
  toolApis: SettingEntry<'tool_api'>[];
  /** The operations that change something (their policy's effect is write). */
  writeOperations: ReadonlySet<string>;
  /** The model engine's parts; `health` collects what it reports into `reported`. */
  parts(reported?: AiHealthEvent[]): ModelEngineParts;
  close(): Promise<void>;
}

/** The seed's tool APIs (throws when it has none), served by the retail demo API. */
export async function startToolTenant(o: ToolTenantOptions): Promise<ToolTenant> {
  const seed = readTenantSeed(join(o.resourcesDir, 'tenants', o.tenantId));
  const seeded = seed.items.filter((item) => item.kind === 'tool_api');
  if (seeded.length === 0)
    throw new Error(`The seed of tenant "${o.tenantId}" has no tool APIs (settings-seed.json toolApis).`);
  const routing = seed.items.find((item) => item.kind === 'routing')?.value as RoutingPolicy | undefined;
  const api = await startRetailApi({ ...(o.dataDir ? { dataDir: o.dataDir } : {}), drift: o.drift ?? false });
  const toolApis = seeded.map((item): SettingEntry<'tool_api'> => ({
    id: item.id,
    version: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    savedBy: 'seed',
    value: { ...(item.value as SettingEntry<'tool_api'>['value']), baseUrl: api.baseUrl },
  }));
  const writeOperations = new Set(
    toolApis.flatMap((entry) => {
      const read = readToolApiDocument(entry.value.openapi);
      return read.ok
        ? read.document.operations.filter((op) => op.policy.effect === 'write').map((op) => op.operationId)
        : [];
    }),
  );
  const toolBox = createToolBox(toolApis, { log: (line) => process.stderr.write(`${line}\n`) });
  const prompt = loadPromptFile(o.resourcesDir, DECIDE_PROMPT);
  // Without a routing item in the seed: the model on, and no confidence floor (the tools, not its doubt, decide).
  const policy: RoutingPolicy = routing ?? {
    ...DEFAULT_ROUTING_POLICY,
    model: { ...DEFAULT_ROUTING_POLICY.model, enabled: true, minConfidence: 0 },
  };
  return {
    api,
    toolApis,
    writeOperations,
    parts: (reported) => ({
      tenant: { id: seed.tenant.id, name: seed.tenant.name, escalationRules: seed.rules },
      toolBox,
      prompt,
      policy,
      grounding: null,
      health: reported ? { report: async (event) => void reported.push(event) } : null,
    }),
    close: () => api.close(),
  };
}
