import type { EmailRuntimeHealth } from './email-control.js';

/** One channel worker's health as it changes: the last good connection to each server, the last mail, the errors. */
export class ChannelHealth {
  private imapOkAt: string | null = null;
  private smtpOkAt: string | null = null;
  private lastMailAt: string | null = null;
  private imapError: string | null = null;
  private smtpError: string | null = null;
  private running = true;

  constructor(private readonly now: () => Date = () => new Date()) {}

  imapWorked(): void {
    this.imapOkAt = this.now().toISOString();
    this.imapError = null;
  }

  imapFailed(detail: string): void {
    this.imapError = detail;
  }

  smtpWorked(): void {
    this.smtpOkAt = this.now().toISOString();
    this.smtpError = null;
  }

  smtpFailed(detail: string): void {
    this.smtpError = detail;
  }

  mailRead(): void {
    this.lastMailAt = this.now().toISOString();
  }

  stopped(): void {
    this.running = false;
  }

  snapshot(): EmailRuntimeHealth {
    const errors = [
      this.imapError === null ? null : `IMAP: ${this.imapError}`,
      this.smtpError === null ? null : `SMTP: ${this.smtpError}`,
    ].filter((error): error is string => error !== null);
    return {
      running: this.running,
      imapOkAt: this.imapOkAt,
      smtpOkAt: this.smtpOkAt,
      lastMailAt: this.lastMailAt,
      error: errors.length === 0 ? null : errors.join(' '),
    };
  }
}
