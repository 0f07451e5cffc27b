import { z } from 'zod';
import {
  DeliveryLogSchema,
  SecretOwnerKindSchema,
  SecretStatusListSchema,
  SigningSecretSchema,
  WebhookDeliverySchema,
} from './webhook-contract.js';

const SettingItemId = z.string().min(1).max(100);

/** Which page of a delivery log: the newest `limit`, or those older than the delivery `before`. */
const DeliveryPage = {
  limit: z.number().int().min(1).max(200).optional(),
  before: z.string().min(1).max(100).optional(),
};

/**
 * The console's methods for the chat widget, outbound webhooks and the generic channel (shared/api/webhook-contract.ts
 * has the queue endpoints behind them). Like the email channel's (channel-console.ts) every one asks the queue:
 * offline each answers `needs_network` with a sentence saying so; nothing is queued for later.
 */
export const webhookConsoleMethods = {
  /**
   * The address of the queue this console works with, as the tenant's website and adapters reach it (the widget's
   * script tag, a generic channel's inbound URL), and the console's tenant. Null before the tenant is known.
   * Required: a console without a queue answers url null.
   */
  getQueueAddress: {
    input: z.strictObject({}),
    output: z.strictObject({ url: z.string().nullable(), tenantId: z.string().nullable() }),
  },
  /**
   * Makes a new signing secret for a webhook, a generic channel or a widget's identity verification (admins): the
   * answer is the only time it is shown; the old one stops working. Required, like getQueueAddress (not_supported).
   */
  issueSigningSecret: {
    input: z.strictObject({ kind: SecretOwnerKindSchema, id: SettingItemId }),
    output: SigningSecretSchema,
  },
  /** Which settings have a secret, and since when (never the secret). Required, like issueSigningSecret. */
  signingSecretDates: { input: z.strictObject({}), output: SecretStatusListSchema },
  /** A webhook's delivery log, newest first. Required, like issueSigningSecret. */
  listWebhookDeliveries: {
    input: z.strictObject({ webhookId: SettingItemId, ...DeliveryPage }),
    output: DeliveryLogSchema,
  },
  /** A generic channel's reply deliveries, newest first. Required, like issueSigningSecret. */
  listChannelDeliveries: {
    input: z.strictObject({ channelId: SettingItemId, ...DeliveryPage }),
    output: DeliveryLogSchema,
  },
  /** Sends a delivery again now (a new attempt, the same event id), delivered or not (admins). Required, likewise. */
  redeliverWebhookDelivery: {
    input: z.strictObject({ deliveryId: z.string().min(1).max(100) }),
    output: WebhookDeliverySchema,
  },
} as const;
