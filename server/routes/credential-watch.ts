import type { SignOutReason } from '../../shared/api/identity-contract.js';
import type { CredentialRef } from '../storage/identity-store.js';
import type { QueueStore } from '../storage/queue-store.js';

/** How often a queue process asks whether the credentials of its open event streams still work: the stated bound. */
export const STREAM_CREDENTIAL_CHECK_MS = 2_000;

interface Watcher {
  credential: CredentialRef;
  onDead: (reason: SignOutReason) => void;
}

/**
 * The credentials of one queue process's open event streams, asked about together: every `intervalMs`, one
 * store.identity.stillLive call for all of them (not one query per stream); a stream whose credential was revoked, whose
 * user was disabled or whose session ended is told why, once. Every process sharing the database asks its own, so a
 * revocation committed by any of them ends the streams on all within the interval (plus the query). While no stream is
 * open nothing is asked. A failed check (the database away) leaves the streams open until the next one answers.
 */
export class CredentialWatch {
  private readonly watchers = new Set<Watcher>();
  private timer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(
    private readonly store: QueueStore,
    private readonly now: () => Date,
    private readonly intervalMs = STREAM_CREDENTIAL_CHECK_MS,
  ) {}

  /** Watches a stream's credential; `onDead` is called once if it stops working. Answers the function that stops it. */
  watch(credential: CredentialRef, onDead: (reason: SignOutReason) => void): () => void {
    const watcher: Watcher = { credential, onDead };
    this.watchers.add(watcher);
    this.timer ??= setInterval(() => void this.check(), this.intervalMs);
    this.timer.unref();
    return () => {
      this.watchers.delete(watcher);
      if (this.watchers.size === 0) this.stop();
    };
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async check(): Promise<void> {
    // A slow answer is not asked again on top of itself.
    if (this.checking || this.watchers.size === 0) return;
    this.checking = true;
    try {
      const credentials = new Map([...this.watchers].map(({ credential }) => [credential.id, credential]));
      const live = await this.store.identity.stillLive([...credentials.values()], this.now());
      for (const watcher of [...this.watchers]) {
        const reason = live.get(watcher.credential.id);
        if (reason === undefined || reason === null) continue;
        this.watchers.delete(watcher);
        watcher.onDead(reason);
      }
      if (this.watchers.size === 0) this.stop();
    } catch {
      // The database did not answer: the streams stay open until a check does.
    } finally {
      this.checking = false;
    }
  }
}
