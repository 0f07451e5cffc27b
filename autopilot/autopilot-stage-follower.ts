import type { AutopilotStage } from '../shared/api/console-contract.js';
import { parseAutopilotProgress } from './autopilot-progress.js';

/**
 * Where a console's own autopilot is, read from the lines it prints (autopilot-progress.ts). Logs the start-up
 * figures a person wants to see, counted from this (the console's) process start: the first AI decision, and
 * the intent classifier being ready.
 */
export class AutopilotStageFollower {
  private current: AutopilotStage | null;
  private sawPartial = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    /** False: the console runs no autopilot (stage null). */
    runs: boolean,
    private readonly log: (line: string) => void,
    /** Milliseconds since this process started. */
    private readonly sinceStart: () => number = () => performance.now(),
  ) {
    this.current = runs ? 'starting' : null;
  }

  get stage(): AutopilotStage | null {
    return this.current;
  }

  /** Calls `listener` on every change of stage until the returned function is called. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  read(line: string): void {
    const progress = parseAutopilotProgress(line);
    if (!progress) return;
    const at = `${(this.sinceStart() / 1000).toFixed(1)} s after the console started`;
    switch (progress.kind) {
      case 'partial':
        this.sawPartial = true;
        this.set('partial');
        return;
      case 'ready':
        this.log(
          this.sawPartial
            ? `Start-up: intent classifier ready ${at}; the AI decides every ticket now (until then, only what needs no classifier).`
            : `Start-up: AI engine ready ${at}.`,
        );
        this.set('ready');
        return;
      case 'first_decision':
        this.log(`Start-up: first AI decision ${at}.`);
        return;
    }
  }

  failed(): void {
    if (this.current !== null) this.set('failed');
  }

  private set(stage: AutopilotStage): void {
    if (this.current === stage) return;
    this.current = stage;
    for (const listener of this.listeners) listener();
  }
}
