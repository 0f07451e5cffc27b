import { z } from 'zod';
import { emailConfigIssues } from '../channels/email-config.js';
import { messagingConfigIssues } from '../channels/messaging-channel.js';
import { DELIVERY_URL_RULE, isDeliveryUrl, isWebOrigin, WEB_ORIGIN_RULE } from '../channels/web-origin.js';
import { WEBHOOK_EVENT_TYPES, WebhookEventTypeSchema } from '../channels/webhook-events.js';
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

/** Most intents one tag lets the AI set it for. */
export const MAX_TAG_AI_INTENTS = 50;

export const TagSettingSchema = z.strictObject({
  name: name('A tag name', 100),
  /** #rrggbb */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.')
    .optional(),
  /**
   * The intents for which the AI sets this tag (issue 19): an AI decision classifying a ticket into one of them tags
   * it. Absent or empty: only people set it.
   */
  aiIntents: z
    .array(IntentNameSchema)
    .max(MAX_TAG_AI_INTENTS, `A tag names at most ${MAX_TAG_AI_INTENTS} intents.`)
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

/**
 * A channel's type: `email` (a mailbox, channels/email) or `webhook` (a generic channel: messages are posted in signed
 * and replies are posted out, so an SMS or messaging provider connects through a small adapter). The chat widget is
 * its own kind of setting, `widget`.
 */
export const CHANNEL_TYPES = ['email', 'webhook'] as const;
export const ChannelTypeSchema = z.enum(CHANNEL_TYPES);
export type ChannelType = z.infer<typeof ChannelTypeSchema>;

/** A channel customers reach the tenant through; each type defines its own `config`. */
export const ChannelSettingSchema = z
  .strictObject({
    type: ChannelTypeSchema,
    name: name('A channel name'),
    /** Where new tickets of this channel wait when nothing else decides. */
    queueId: z.string().min(1).max(100),
    enabled: z.boolean(),
    config: z
      .record(z.string().max(100), z.union([z.string().max(2_000), z.number(), z.boolean()]))
      .refine((config) => Object.keys(config).length <= 50, 'A channel has at most 50 settings.'),
  })
  // A channel's config is checked by its type where it is saved, so a password in a URL never reaches the settings
  // (which consoles copy) and every stored channel can run.
  .superRefine((channel, context) => {
    const issues = channel.type === 'email' ? emailConfigIssues(channel.config) : messagingConfigIssues(channel.config);
    for (const issue of issues)
      context.addIssue({ code: 'custom', path: ['config', ...issue.path], message: issue.message });
  });
export type ChannelSetting = z.infer<typeof ChannelSettingSchema>;

/** A publishable widget key: it names the widget in the page's script tag, so it is not a secret. */
export const WidgetKeySchema = z
  .string()
  .regex(/^pk_[A-Za-z0-9]{16,64}$/, 'A widget key is pk_ and 16 to 64 letters or digits.');

/**
 * The chat widget on the tenant's website (the chat channel): how it looks, which sites may show it, where its
 * tickets wait. Its identity secret (for signed-in customers) is sealed in the queue, never in the settings.
 */
export const WidgetSettingSchema = z.strictObject({
  title: name('A widget title', 100),
  /** The first line the customer sees, per language. */
  greeting: z.record(LanguageTagSchema, z.string().trim().min(1).max(500)),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb.'),
  position: z.enum(['left', 'right']),
  enabled: z.boolean().default(true),
  /** Where the widget's tickets wait when the AI hands over and no rule decides. */
  queueId: z.string().min(1).max(100),
  /** The `data-key` of the script tag. */
  publicKey: WidgetKeySchema,
  /** The sites (Origin header) that may show the widget; any other is refused. */
  allowedOrigins: z
    .array(z.string().max(300).refine(isWebOrigin, WEB_ORIGIN_RULE))
    .min(1, 'Name at least one site that may show the widget.')
    .max(20),
  /** Refuse visitors whose page does not sign their customer id (identity verification). */
  requireIdentity: z.boolean().default(false),
});
export type WidgetSetting = z.infer<typeof WidgetSettingSchema>;

/** An outbound webhook: the tenant's own system told of ticket and message events, signed with its secret. */
export const WebhookSettingSchema = z.strictObject({
  name: name('A webhook name'),
  url: z.string().max(2_000).refine(isDeliveryUrl, DELIVERY_URL_RULE),
  events: z
    .array(WebhookEventTypeSchema)
    .min(1, 'Choose at least one event.')
    .max(WEBHOOK_EVENT_TYPES.length)
    .refine((events) => new Set(events).size === events.length, 'An event is listed once.'),
  enabled: z.boolean(),
});
export type WebhookSetting = z.infer<typeof WebhookSettingSchema>;

export { QueueSlaPolicySchema as SlaPolicySettingSchema };
