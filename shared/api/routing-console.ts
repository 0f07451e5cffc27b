import { z } from 'zod';
import { RoutingPreviewSchema } from '../routing/routing-preview.js';
import { RoutingPolicySchema } from '../settings/routing-policy.js';
import { AiHealthEventsSchema, AiHealthQuerySchema, AiSpendSchema } from './ai-health-contract.js';

/**
 * The console's methods behind the lead's routing policy editor and AI health screen (issue 17). The policy itself is
 * a tenant setting (kind `routing`), read and saved through the settings methods (settings-console.ts); its preview
 * reads the local cache (offline too). The health events and the month's spend are the queue's (ai-health-contract.ts):
 * offline those answer `needs_network` with a sentence saying so, like the other queue-only methods.
 */
export const routingConsoleMethods = {
  /**
   * What the edited policy would do to the decided tickets of the last 7 days in the cache against the policy in
   * force: routes, changes, and the month's estimated model cost (leads and admins; an agent gets `forbidden`).
   * `modelDown` previews the policy's outage rule. Required: a console without a cache answers not_supported.
   */
  previewRouting: {
    input: z.strictObject({ policy: RoutingPolicySchema, modelDown: z.boolean().optional() }),
    output: RoutingPreviewSchema,
  },
  /** The queue's AI health events, newest first (leads and admins). Required: without a queue, not_supported. */
  listAiHealth: { input: AiHealthQuerySchema, output: AiHealthEventsSchema },
  /** The month's model spend by route (the current UTC month when absent). Required, like listAiHealth. */
  getAiSpend: {
    input: z.strictObject({
      month: z
        .string()
        .regex(/^\d{4}-\d{2}$/)
        .optional(),
    }),
    output: AiSpendSchema,
  },
} as const;
