import { z } from 'zod';
import { CustomerTierSchema } from '../../shared/domain/ticket.js';
import { BusinessHoursSchema } from '../../shared/sla/business-hours.js';
import { MAX_SLA_TARGET_MINUTES } from '../../shared/sla/sla-policy.js';
import {
  ArticleSettingSchema,
  LanguageTagSchema,
  TagSettingSchema,
  WidgetSettingSchema,
} from '../../shared/settings/setting-values.js';
import { RoutingPolicySchema } from '../../shared/settings/routing-policy.js';
import { SettingIdSchema } from '../../shared/settings/stored-setting.js';
import { ToolApiFieldsSchema } from '../../shared/settings/tool-api.js';

/**
 * A demo tenant's seed folder (resources/tenants/<id>/): tenant.json (name, queues, thresholds, escalation rules,
 * SLA due minutes, macros; lib/tenant-config.ts), knowledge-base.json (optional: intent -> language -> answer) and
 * settings-seed.json (optional, below): what only the seed needs to make the tenant's settings.
 */
export const SETTINGS_SEED_FILE = 'settings-seed.json';
export const KNOWLEDGE_BASE_FILE = 'knowledge-base.json';

/** knowledge-base.json: each intent's answer in each language. */
export const KnowledgeBaseFileSchema = z.record(z.string().min(1), z.record(LanguageTagSchema, z.string().min(1)));
export type KnowledgeBaseFile = z.infer<typeof KnowledgeBaseFileSchema>;

const minutes = z.number().int().min(1).max(MAX_SLA_TARGET_MINUTES);

export const SettingsSeedSchema = z.strictObject({
  /** The languages the tenant's customers write in; default: the knowledge base's, else English. */
  languages: z.array(LanguageTagSchema).min(1).optional(),
  tags: z.array(z.strictObject({ id: SettingIdSchema, ...TagSettingSchema.shape })).default([]),
  /**
   * One SLA policy for each of the tenant's queues: these business hours, the first reply due in tenant.json's
   * sla.dueMinutes of the tier, the resolution in these minutes.
   */
  sla: z
    .strictObject({
      businessHours: BusinessHoursSchema,
      resolutionMinutes: z.strictObject(
        Object.fromEntries(CustomerTierSchema.options.map((tier) => [tier, minutes])) as Record<
          z.infer<typeof CustomerTierSchema>,
          typeof minutes
        >,
      ),
    })
    .optional(),
  /** Articles written for the seed, beside those made from knowledge-base.json. */
  articles: z.array(z.strictObject({ id: SettingIdSchema, ...ArticleSettingSchema.shape })).default([]),
  /**
   * The tenant's chat widgets on its website: the demo shop of `npm run serve` shows the first enabled one (and adds
   * its own origin to the allowed origins when it is served elsewhere than these).
   */
  widgets: z.array(z.strictObject({ id: SettingIdSchema, ...WidgetSettingSchema.shape })).default([]),
  /** The tenant's own APIs as AI tools: the OpenAPI document is a JSON file of the seed folder (`openapiFile`). */
  toolApis: z
    .array(
      z.strictObject({
        id: SettingIdSchema,
        ...ToolApiFieldsSchema.omit({ openapi: true }).shape,
        openapiFile: z.string().regex(/^[\w.-]+\.json$/, 'A file name in the seed folder, e.g. openapi.json.'),
      }),
    )
    .default([]),
  /** The tenant's routing policy (who answers: the built-in engine, the model, people); absent: the default (model off). */
  routing: RoutingPolicySchema.optional(),
});
export type SettingsSeed = z.infer<typeof SettingsSeedSchema>;
