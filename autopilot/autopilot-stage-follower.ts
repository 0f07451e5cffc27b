import type { AutopilotStage } from '../shared/api/console-contract.js';
import { parseAutopilotProgress } from './autopilot-progress.js';

/** A start-up figure the console logs: what happened, in seconds from the console's process start. */
export interface StartupFigure {
  kind: 'first_decision' | 'classifier_ready' | 'engine_ready';
  seconds: number;
}

const STARTUP_WHAT: Record<StartupFigure['kind'], string> = {
  first_decision: 'first AI decision',
  classifier_ready: 'intent classifier ready',
  engine_ready: 'AI engine ready',
};
const STARTUP_LINE = /^Start-up: (.+?) (\d+\.\d) s after the console started/;

/** The serve log's line for a start-up figure (read back by parseStartupLine, e.g. by bench/startup.bench.ts). */
export function startupLine(figure: StartupFigure): string {
  const line = `Start-up: ${STARTUP_WHAT[figure.kind]} ${figure.seconds.toFixed(1)} s after the console started`;
  return figure.kind === 'classifier_ready'
    ? `${line}; the AI decides every ticket now (until then, only what needs no classifier).`
    : `${line}.`;
}

export function parseStartupLine(line: string): StartupFigure | null {
  const match = STARTUP_LINE.exec(line);
  const kind = (Object.keys(STARTUP_WHAT) as StartupFigure['kind'][]).find((k) => STARTUP_WHAT[k] === match?.[1]);
  return kind ? { kind, seconds: Number(match?.[2]) } : null;
}

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
    const seconds = this.sinceStart() / 1000;
    switch (progress.kind) {
      case 'partial':
        this.sawPartial = true;
        this.set('partial');
        return;
      case 'ready':
        this.log(startupLine({ kind: this.sawPartial ? 'classifier_ready' : 'engine_ready', seconds }));
        this.set('ready');
        return;
      case 'first_decision':
        this.log(startupLine({ kind: 'first_decision', seconds }));
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
