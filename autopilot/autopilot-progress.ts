/**
 * The lines an autopilot prints (stderr) as its engine comes up and decides, for a person reading the log and
 * for the console that started it (console-runtime.ts follows its own autopilot's stage with them).
 * Written and read only here.
 */
export type AutopilotProgress =
  /** The engine decides what needs no intent classifier; the other tickets wait until it is ready. */
  | { kind: 'partial'; ms: number }
  /** Every ticket can be decided. */
  | { kind: 'ready'; ms: number }
  | { kind: 'first_decision'; ms: number };

const PARTIAL = /^AI engine started in (\d+) ms; until the intent classifier is ready/;
const READY = /^AI engine ready in (\d+) ms\./;
const FIRST_DECISION = /^First AI decision applied (\d+) ms after the autopilot started\./;

/** `ms` counts from the autopilot's start. */
export function autopilotProgressLine(progress: AutopilotProgress): string {
  switch (progress.kind) {
    case 'partial':
      return `AI engine started in ${progress.ms} ms; until the intent classifier is ready it decides only what needs none (empty tickets, requests for a person, complaints, rules on known facts) and the other tickets wait.`;
    case 'ready':
      return `AI engine ready in ${progress.ms} ms.`;
    case 'first_decision':
      return `First AI decision applied ${progress.ms} ms after the autopilot started.`;
  }
}

/** The progress a line of an autopilot's log reports, or null. */
export function parseAutopilotProgress(line: string): AutopilotProgress | null {
  for (const [kind, pattern] of [
    ['partial', PARTIAL],
    ['ready', READY],
    ['first_decision', FIRST_DECISION],
  ] as const) {
    const match = pattern.exec(line);
    if (match) return { kind, ms: Number(match[1]) };
  }
  return null;
}
