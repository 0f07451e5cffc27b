import { z } from 'zod';
import { SettingIdSchema, SettingKindSchema, StoredSettingSchema } from './stored-setting.js';
import { TenantSettingsSchema } from './tenant-settings.js';
import { LanguageTagSchema } from './setting-values.js';

/** What the admin screens open with: the tenant's settings as this console last synced them. */
export const TenantSettingsViewSchema = z.strictObject({
  tenantId: z.string(),
  settings: TenantSettingsSchema,
  /** The kinds this console's role may change (setting-kinds.ts); empty for an agent. */
  editableKinds: z.array(SettingKindSchema),
  /** When the settings were last read from the queue; null before the first sync. */
  syncedAt: z.string().nullable(),
});
export type TenantSettingsView = z.infer<typeof TenantSettingsViewSchema>;

export const MAX_ARTICLE_SEARCH_RESULTS = 50;

export const ArticleSearchQuerySchema = z.strictObject({
  text: z.string().max(200),
  /** Only versions in this language; all languages when absent. */
  language: LanguageTagSchema.optional(),
  /** Drafts are found too (the editor); an agent's search finds published articles only. */
  includeDrafts: z.boolean().optional(),
  limit: z.number().int().min(1).max(MAX_ARTICLE_SEARCH_RESULTS).optional(),
});
export type ArticleSearchQuery = z.infer<typeof ArticleSearchQuerySchema>;

export const ArticleSearchHitSchema = z.strictObject({
  articleId: z.string(),
  language: z.string(),
  title: z.string(),
  /** A short piece of the body around the first match. */
  snippet: z.string(),
  status: z.enum(['draft', 'published']),
  intents: z.array(z.string()),
});
export type ArticleSearchHit = z.infer<typeof ArticleSearchHitSchema>;

const SettingKey = { kind: SettingKindSchema, id: SettingIdSchema, baseVersion: z.number().int().nonnegative() };

export const settingsConsoleMethods = {
  /**
   * The tenant's settings from the local cache (readable offline), and what this console may change.
   * Required: a console without a settings cache answers not_supported.
   */
  getTenantSettings: { input: z.strictObject({}), output: TenantSettingsViewSchema },
  /**
   * Saves one item on the queue (online only) and into the local cache. `settings_invalid` with details.issues
   * (each with its field's path), `settings_conflict` with details.current when someone saved since `baseVersion`
   * (0: a new item); the edits stay in the form either way.
   * Required: a console without a settings cache answers not_supported.
   */
  saveSetting: { input: z.strictObject({ ...SettingKey, value: z.unknown() }), output: StoredSettingSchema },
  /** Deletes one item, with the same conflict check. Required, like saveSetting. */
  deleteSetting: { input: z.strictObject(SettingKey), output: StoredSettingSchema },
  /**
   * Full-text search over the tenant's articles in the local cache (offline too), best matches first.
   * Required: a console without a settings cache answers not_supported.
   */
  searchArticles: { input: ArticleSearchQuerySchema, output: z.array(ArticleSearchHitSchema) },
} as const;
