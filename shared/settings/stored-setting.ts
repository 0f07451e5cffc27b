import { z } from 'zod';
import { SETTING_ID_PATTERN, SETTING_ID_RULE, SETTING_KIND_NAMES } from './setting-kinds.js';

export const SettingKindSchema = z.enum(SETTING_KIND_NAMES);
export const SettingIdSchema = z.string().regex(SETTING_ID_PATTERN, SETTING_ID_RULE);

/**
 * One tenant setting as the queue stores it: every save makes a new version (the first is 1), a delete keeps a
 * tombstone version (`deleted`, value null) so consoles learn of it, and `seq` orders all of the tenant's setting
 * changes for `GET /v1/settings?after=`. The value is checked against its kind's schema (setting-kinds.ts) on save.
 */
export const StoredSettingSchema = z.strictObject({
  kind: SettingKindSchema,
  id: SettingIdSchema,
  version: z.number().int().positive(),
  value: z.unknown(),
  deleted: z.boolean(),
  savedAt: z.string(),
  /** The name of the token that saved this version. */
  savedBy: z.string(),
  seq: z.number().int().positive(),
});
export type StoredSetting = z.infer<typeof StoredSettingSchema>;

export const MAX_SETTINGS_PAGE = 1_000;

/** `GET /v1/settings?after=SEQ&limit=N`: the latest version of every item changed after SEQ, in seq order. */
export const SettingsPageSchema = z.strictObject({
  items: z.array(StoredSettingSchema),
  /** The seq to ask after next time. */
  cursor: z.number().int().nonnegative(),
  hasMore: z.boolean(),
});
export type SettingsPage = z.infer<typeof SettingsPageSchema>;

/**
 * `PUT /v1/settings/:kind/:id`: the new value and the version it was edited from (0 for a new item).
 * `DELETE /v1/settings/:kind/:id?baseVersion=N` deletes the same way.
 */
export const SaveSettingRequestSchema = z.strictObject({
  baseVersion: z.number().int().nonnegative(),
  value: z.unknown(),
});
export type SaveSettingRequest = z.infer<typeof SaveSettingRequestSchema>;

/** One problem of a value, precise enough to show on its field (`path` as in zod: ["versions", "de", "title"]). */
export const SettingIssueSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type SettingIssue = z.infer<typeof SettingIssueSchema>;

/** `details` of a 400 `settings_invalid` answer. */
export const SettingIssuesDetailsSchema = z.strictObject({ issues: z.array(SettingIssueSchema) });

/** `details` of a 409 `settings_conflict` answer: what is stored now (null: it was never saved). */
export const SettingConflictDetailsSchema = z.strictObject({ current: StoredSettingSchema.nullable() });
