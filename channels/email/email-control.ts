import type { ChannelTestResult } from '../../shared/api/channel-contract.js';
import type { ChannelKey } from '../../shared/channels/email-records.js';

/** What a channel runtime tells the queue's routes about the channels it runs. */
export interface EmailRuntimeHealth {
  running: boolean;
  imapOkAt: string | null;
  smtpOkAt: string | null;
  lastMailAt: string | null;
  error: string | null;
}

/** The running email channels as the queue's routes see them (channels/email implements it; server/ reads it). */
export interface EmailChannelControl {
  /** Health of a channel this process runs, or null when it does not run it. */
  health(key: ChannelKey): EmailRuntimeHealth | null;
  /** Connects to both servers with the channel's stored settings and passwords, and says what failed. */
  test(key: ChannelKey): Promise<ChannelTestResult>;
  /** Re-reads the channels (after a settings or credentials change) without waiting for the next check. */
  refresh(): void;
}
