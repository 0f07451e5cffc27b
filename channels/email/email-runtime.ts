import { createHash } from 'node:crypto';
import type { ChannelTestResult } from '../../shared/api/channel-contract.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';
import type { ChannelLog } from './channel-log.js';
import { testEmailChannel } from './channel-test.js';
import { ChannelWorker } from './channel-worker.js';
import type { EmailChannelControl, EmailRuntimeHealth } from './email-control.js';
import type { EmailChannelPort, RunnableEmailChannel } from './email-port.js';
import { classifyMailFailure } from './mail-failure.js';

/** How often the runtime reads the enabled channels again (a settings change also asks at once, via refresh()). */
export const CHANNEL_RESYNC_MS = 5_000;

export interface EmailRuntimeOptions {
  port: EmailChannelPort;
  log: ChannelLog;
  /** PEM certificates trusted besides the system's, for mail servers with a private CA (SWITCHBOARD_MAIL_CA_FILE). */
  trustedCaPem?: string | null;
}

/** The running email channels of a queue process: what the routes ask (EmailChannelControl) and a stop. */
export interface EmailRuntime extends EmailChannelControl {
  /** Stops every channel worker (sends in flight finish) and the following of the settings. */
  stop(): Promise<void>;
}

interface RunningChannel {
  /** What the worker was started with (settings and passwords, hashed): a change restarts it. */
  fingerprint: string;
  worker: ChannelWorker;
}

/**
 * Starts the email channels the queue holds and follows them: every few seconds and on refresh() it reads
 * port.runnableChannels() again, starts a worker for a new or changed channel that has passwords, and stops the
 * worker of one that was disabled, removed or changed.
 */
export function startEmailRuntime(options: EmailRuntimeOptions): EmailRuntime {
  const trustedCaPem = options.trustedCaPem ?? null;
  const running = new Map<string, RunningChannel>();
  let stopped = false;
  let syncing: Promise<void> | null = null;
  let again = false;

  const sync = async (): Promise<void> => {
    const channels = await options.port.runnableChannels();
    const wanted = new Map(
      channels.filter((channel) => channel.credentials !== null).map((channel) => [keyText(channel), channel] as const),
    );
    const stopping: Array<Promise<void>> = [];
    for (const [key, current] of running) {
      const channel = wanted.get(key);
      if (channel !== undefined && fingerprintOf(channel) === current.fingerprint) continue;
      running.delete(key);
      stopping.push(current.worker.stop());
    }
    await Promise.all(stopping);
    if (stopped) return;
    for (const [key, channel] of wanted) {
      if (running.has(key) || channel.credentials === null) continue;
      const worker = new ChannelWorker({
        channel: { ...channel, credentials: channel.credentials },
        port: options.port,
        log: options.log,
        trustedCaPem,
      });
      running.set(key, { fingerprint: fingerprintOf(channel), worker });
    }
  };

  /** Runs one sync at a time; a request during one runs another right after it. */
  const requestSync = (): void => {
    if (stopped) return;
    if (syncing !== null) {
      again = true;
      return;
    }
    syncing = sync()
      .catch((error: unknown) =>
        options.log.error(
          { event: 'channels_sync_failed', error: classifyMailFailure(error).detail },
          'channels sync failed',
        ),
      )
      .finally(() => {
        syncing = null;
        if (again) {
          again = false;
          requestSync();
        }
      });
  };

  const timer = setInterval(requestSync, CHANNEL_RESYNC_MS);
  timer.unref();
  requestSync();

  return {
    health(key: ChannelKey): EmailRuntimeHealth | null {
      return running.get(keyText(key))?.worker.health.snapshot() ?? null;
    },
    async test(key: ChannelKey): Promise<ChannelTestResult> {
      const channel = (await options.port.runnableChannels()).find((candidate) => keyText(candidate) === keyText(key));
      if (channel === undefined) {
        const check = {
          ok: false,
          code: 'disabled',
          detail: `Channel ${key.channelId} is not an enabled email channel of tenant ${key.tenantId}.`,
        };
        return { imap: check, smtp: check };
      }
      return testEmailChannel(channel, trustedCaPem);
    },
    refresh(): void {
      requestSync();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearInterval(timer);
      await syncing;
      const workers = [...running.values()].map((entry) => entry.worker);
      running.clear();
      await Promise.all(workers.map((worker) => worker.stop()));
    },
  };
}

function keyText(key: ChannelKey): string {
  return JSON.stringify([key.tenantId, key.channelId]);
}

function fingerprintOf(channel: RunnableEmailChannel): string {
  return createHash('sha256')
    .update(JSON.stringify([channel.name, channel.queueId, channel.config, channel.credentials]))
    .digest('hex');
}
