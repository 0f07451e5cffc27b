import type { EmailChannelPort, RunnableEmailChannel } from '../../channels/email/email-port.js';
import { emailConfigOf, type EmailCredentials } from '../../shared/channels/email-config.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';
import { setAsideClassOf } from '../domain/email-set-aside.js';
import type { ChannelSecrets } from '../secrets/channel-secrets.js';
import type { EmailStore, StoredChannel } from '../storage/email-store.js';

export interface EmailStorePortOptions {
  store: EmailStore;
  secrets: ChannelSecrets;
  /** One structured log line (the queue's logger): skipped channels, unopenable passwords, mails set aside. */
  log: (fields: Record<string, unknown>, message: string) => void;
  /** Told after a write that moved a tenant's changes feed (the event stream tells its consoles). */
  onFeedMoved?: (tenantId: string) => void | Promise<void>;
  now?: () => Date;
}

/**
 * The queue's side of the email channel (channels/email/email-port.ts) over its store: each call one transaction.
 * runnableChannels lists every tenant's enabled email channels. A channel whose config does not read is left out
 * (its reason logged once per change); one without passwords, or whose passwords do not open with this queue's
 * key, is listed with credentials null (it does not run; its status says so) and the reason logged.
 */
export function emailStorePort(options: EmailStorePortOptions): EmailChannelPort {
  const { store, secrets, log } = options;
  const now = options.now ?? (() => new Date());
  const told = new Map<string, string>();
  const tellOnce = (channel: ChannelKey, reason: string | null, message: string): void => {
    const id = JSON.stringify([channel.tenantId, channel.channelId]);
    if (reason === null || told.get(id) === reason) {
      if (reason === null) told.delete(id);
      return;
    }
    told.set(id, reason);
    log({ event: 'email_channel_skipped', tenantId: channel.tenantId, channelId: channel.channelId, reason }, message);
  };
  const moved = async (tenantId: string | null): Promise<void> => {
    if (tenantId !== null) await options.onFeedMoved?.(tenantId);
  };

  const runnable = (channel: StoredChannel): RunnableEmailChannel | null => {
    const config = emailConfigOf(channel.setting);
    if (!config.ok) {
      tellOnce(channel, config.error, 'email channel left out: its settings do not read');
      return null;
    }
    const credentials = openCredentials(channel);
    return {
      tenantId: channel.tenantId,
      channelId: channel.channelId,
      name: channel.setting.name,
      queueId: channel.setting.queueId,
      config: config.value,
      credentials,
    };
  };
  const openCredentials = (channel: StoredChannel): EmailCredentials | null => {
    if (channel.sealedCredentials === null) {
      tellOnce(channel, 'no passwords stored', 'email channel does not run: no passwords were stored for it');
      return null;
    }
    try {
      const credentials = secrets.open(channel, channel.sealedCredentials);
      tellOnce(channel, null, '');
      return credentials;
    } catch (error) {
      tellOnce(channel, (error as Error).message, 'email channel does not run: its passwords do not open');
      return null;
    }
  };

  return {
    async runnableChannels() {
      const channels = await store.channels(null);
      return channels
        .filter((channel) => channel.setting.type === 'email' && channel.setting.enabled)
        .map(runnable)
        .filter((channel): channel is RunnableEmailChannel => channel !== null);
    },
    position: (key) => store.mailboxPosition(key),
    async receive(key, mail, position) {
      const outcome = await store.receiveMail({ key, mail, position, now: now() });
      if (outcome.kind === 'set_aside')
        log({ event: 'email_set_aside', ...key, position, reason: outcome.reason }, 'mail set aside');
      if (outcome.kind !== 'duplicate' && outcome.kind !== 'set_aside') await moved(key.tenantId);
      return outcome;
    },
    async setAside(key, position, reason, size) {
      const reasonClass = setAsideClassOf(size);
      await store.setAsideMail({ key, position, reasonClass, reason, size, now: now() });
      log({ event: 'email_set_aside', ...key, position, reasonClass, reason, size }, 'mail set aside');
    },
    claimOutgoing: (key, limit, leaseMs, at) => store.claimOutgoingEmail(key, limit, leaseMs, at),
    async recordDelivery(deliveryId, result) {
      await moved(await store.recordEmailDelivery(deliveryId, result, now()));
    },
  };
}
