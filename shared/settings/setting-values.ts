import { z } from 'zod';
import { emailConfigIssues } from '../channels/email-config.js';
import { QueueSlaPolicySchema } from '../sla/sla-policy.js';

/**
 * What a tenant configures, one schema per kind of setting. The queue stores each item as its own versioned
 * record (see stored-setting.ts); these schemas check a value before it is stored and again when it is read.
 */

/** A language tag as customers and articles use it: `de`, `pt-BR`, `zh-Hant`. */
export const LanguageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$/, 'A language is a tag such as de, ja or pt-BR.');

const name = (what: string, max = 200) =>
  z.string().trim().min(1, `${what} cannot be empty.`).max(max, `${what} is at most ${max} characters.`);

/**
 * An intent name as the classifier knows it (Banking77's `card_arrival` and `reverted_card_payment?`, a tenant's own
 * `order_status`).
 */
export const IntentNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.?-]{0,99}$/, 'An intent is a name of letters, digits, _ . ? and - (at most 100).');

/** The tenant itself: its name, the languages its customers write in, and how sure the AI must be to answer. */
export const TenantProfileSchema = z.strictObject({
  name: name('The tenant name'),
  /** Customer languages the tenant serves; an article lacking one of them is shown as incomplete. */
  languages: z.array(LanguageTagSchema).min(1, 'A tenant serves at least one language.').max(100),
  /** The AI resolves on its own only at or above this classifier confidence. */
  resolveThreshold: z.number().min(0).max(1),
  /** Per-intent thresholds that replace `resolveThreshold` for those intents. */
  intentThresholds: z.record(IntentNameSchema, z.number().min(0).max(1)).optional(),
});
export type TenantProfile = z.infer<typeof TenantProfileSchema>;

/** An owner queue: where escalations wait for the people who own them. */
export const QueueSettingSchema = z.strictObject({
  name: name('A queue name'),
  description: z.string().trim().max(1_000, 'A description is at most 1,000 characters.').optional(),
});
export type QueueSetting = z.infer<typeof QueueSettingSchema>;

/** A canned reply; {{customer.firstName}}, {{ticket.id}}, {{agent.name}} ... (shared/domain/macros.ts) are filled in. */
export const MacroSettingSchema = z.strictObject({
  name: name('A macro name'),
  text: z
    .string()
    .min(1, 'A macro has a text.')
    .max(20_000, 'A macro text is at most 20,000 characters.')
    .refine((text) => text.trim().length > 0, 'A macro has a text.'),
});
export type MacroSetting = z.infer<typeof MacroSettingSchema>;

export const TagSettingSchema = z.strictObject({
  name: name('A tag name', 100),
  /** #rrggbb */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.')
    .optional(),
});
export type TagSetting = z.infer<typeof TagSettingSchema>;

/** One language version of an article: a title and a Markdown body. */
export const ArticleVersionSchema = z.strictObject({
  title: name('A title', 300),
  body: z
    .string()
    .max(50_000, 'An article body is at most 50,000 characters.')
    .refine((body) => body.trim().length > 0, 'An article has a body.'),
});
export type ArticleVersion = z.infer<typeof ArticleVersionSchema>;

export const ArticleStatusSchema = z.enum(['draft', 'published']);
export type ArticleStatus = z.infer<typeof ArticleStatusSchema>;

/**
 * A knowledge-base article: the same article in several languages, draft or published, and the intents it
 * answers. The built-in engine answers an intent from the published article that names it.
 */
export const ArticleSettingSchema = z.strictObject({
  status: ArticleStatusSchema,
  intents: z.array(IntentNameSchema).max(50, 'An article answers at most 50 intents.'),
  versions: z
    .record(LanguageTagSchema, ArticleVersionSchema)
    .refine((versions) => Object.keys(versions).length > 0, 'An article has at least one language version.')
    .refine((versions) => Object.keys(versions).length <= 100, 'An article has at most 100 language versions.'),
  /** Where an imported article came from, so importing it again updates it instead of adding a copy. */
  source: z
    .strictObject({ system: z.enum(['zendesk', 'markdown']), externalId: z.string().min(1).max(300) })
    .optional(),
});
export type ArticleSetting = z.infer<typeof ArticleSettingSchema>;

/** A channel customers reach the tenant through; the email and chat connectors define their own `config`. */
export const ChannelSettingSchema = z
  .strictObject({
    type: z.enum(['email', 'chat', 'webhook']),
    name: name('A channel name'),
    /** Where new tickets of this channel wait when nothing else decides. */
    queueId: z.string().min(1).max(100),
    enabled: z.boolean(),
    config: z
      .record(z.string().max(100), z.union([z.string().max(2_000), z.number(), z.boolean()]))
      .refine((config) => Object.keys(config).length <= 50, 'A channel has at most 50 settings.'),
  })
  // An email channel's config is checked where it is saved, so a password in a URL never reaches the settings
  // (which consoles copy) and every stored mailbox can run.
  .superRefine((channel, context) => {
    if (channel.type !== 'email') return;
    for (const issue of emailConfigIssues(channel.config))
      context.addIssue({ code: 'custom', path: ['config', ...issue.path], message: issue.message });
  });
export type ChannelSetting = z.infer<typeof ChannelSettingSchema>;

/** How the chat widget looks on the tenant's website. */
export const WidgetSettingSchema = z.strictObject({
  title: name('A widget title', 100),
  /** The first line the customer sees, per language. */
  greeting: z.record(LanguageTagSchema, z.string().trim().min(1).max(500)),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.'),
  position: z.enum(['left', 'right']),
});
export type WidgetSetting = z.infer<typeof WidgetSettingSchema>;

export { QueueSlaPolicySchema as SlaPolicySettingSchema };
