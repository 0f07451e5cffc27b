import { EmailCredentialsSchema, type EmailCredentials } from '../../shared/channels/email-config.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';
import { SYSTEM_ACTOR, type TokenActor } from '../audit/audit-entries.js';
import type { EmailStore } from '../storage/email-store.js';
import { openSecret, sealSecret, SecretRefused } from './secret-box.js';
import { loadSecretKey, type SecretKey, type SecretKeyOptions } from './secret-key.js';

/** No key to seal passwords with (a PostgreSQL queue started without one): the message names the variable to set. */
export class SecretKeyMissing extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretKeyMissing';
  }
}

/** Who a sealed password belongs to: it opens for that tenant's channel only. */
const ownerOf = (channel: ChannelKey): string =>
  JSON.stringify(['channel-credentials', channel.tenantId, channel.channelId]);

/** Seals and opens channel passwords with the queue's secret key (secret-key.ts). */
export class ChannelSecrets {
  constructor(private readonly secretKey: SecretKey) {}

  static load(options: SecretKeyOptions): ChannelSecrets {
    return new ChannelSecrets(loadSecretKey(options));
  }

  /** Why passwords cannot be stored or read, or null when the key is there. */
  get unavailable(): string | null {
    return this.secretKey.ok ? null : this.secretKey.error;
  }

  seal(channel: ChannelKey, credentials: EmailCredentials): string {
    return sealSecret(this.key(), JSON.stringify(EmailCredentialsSchema.parse(credentials)), ownerOf(channel));
  }

  /** The passwords of the channel; SecretRefused when they do not open (wrong key, altered or copied). */
  open(channel: ChannelKey, sealed: string): EmailCredentials {
    const parsed = EmailCredentialsSchema.safeParse(JSON.parse(openSecret(this.key(), sealed, ownerOf(channel))));
    if (!parsed.success) throw new SecretRefused('The stored passwords are not in the shape this queue reads.');
    return parsed.data;
  }

  private key(): Buffer {
    if (!this.secretKey.ok) throw new SecretKeyMissing(this.secretKey.error);
    return this.secretKey.key;
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
