import { EmailCredentialsSchema, type EmailCredentials } from '../../shared/channels/email-config.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';
import { SYSTEM_ACTOR, type TokenActor } from '../audit/audit-entries.js';
import type { EmailStore } from '../storage/email-store.js';
import { SecretRefused } from './secret-box.js';
import { QueueSecrets, type SecretOwner } from './queue-secrets.js';

export { SecretKeyMissing } from './queue-secrets.js';

/** Who a sealed password belongs to: it opens for that tenant's channel only. */
const ownerOf = (channel: ChannelKey): SecretOwner => ['channel-credentials', channel.tenantId, channel.channelId];

/** Seals and opens channel passwords with the queue's secret key (queue-secrets.ts). */
export class ChannelSecrets extends QueueSecrets {
  seal(channel: ChannelKey, credentials: EmailCredentials): string {
    return this.sealText(ownerOf(channel), JSON.stringify(EmailCredentialsSchema.parse(credentials)));
  }

  /** The passwords of the channel; SecretRefused when they do not open (wrong key, altered or copied). */
  open(channel: ChannelKey, sealed: string): EmailCredentials {
    const parsed = EmailCredentialsSchema.safeParse(JSON.parse(this.openText(ownerOf(channel), sealed)));
    if (!parsed.success) throw new SecretRefused('The stored passwords are not in the shape this queue reads.');
    return parsed.data;
  }
}

export interface SaveChannelCredentialsInput extends ChannelKey {
  credentials: EmailCredentials;
  actor?: TokenActor;
  now?: Date;
}

/**
 * Seals a channel's passwords and stores them (audited, without them): what the channel CLI and the credentials
 * endpoint call. `no_channel` when the tenant has no such live channel; SecretKeyMissing without a key.
 */
export function saveChannelCredentials(
  store: EmailStore,
  secrets: ChannelSecrets,
  input: SaveChannelCredentialsInput,
): Promise<'saved' | 'no_channel'> {
  const key = { tenantId: input.tenantId, channelId: input.channelId };
  return store.saveChannelCredentials({
    ...key,
    sealed: secrets.seal(key, input.credentials),
    actor: input.actor ?? SYSTEM_ACTOR,
    now: input.now ?? new Date(),
  });
}
