import type { FuzzOutcome } from './fuzz-run.js';
import { IDENTITIES } from './identities.js';

const byCode = (a: string, b: string) =>
  a === b ? 0 : a === 'no answer' ? 1 : b === 'no answer' ? -1 : Number(a) - Number(b);

function histogram(statuses: Map<string, number>): string {
  return [...statuses.entries()]
    .sort(([a], [b]) => byCode(a, b))
    .map(([status, count]) => `${status}×${count}`)
    .join(' ');
}

/** The counts a person reads after a run: requests per endpoint × identity with their statuses, the histogram, the time. */
export function formatFuzzReport(engine: string, outcome: FuzzOutcome): string {
  const seconds = outcome.elapsedMs / 1000;
  const nameWidth = Math.max(...[...outcome.counts.keys()].map((name) => name.length));
  const header = `${'endpoint'.padEnd(nameWidth)} | ${IDENTITIES.map((identity) => identity.padStart(9)).join(' ')} | statuses`;
  const rows = [...outcome.counts.entries()].map(([target, counts]) => {
    const cells = IDENTITIES.map((identity) =>
      String(counts.get(identity) ?? 0).padStart(Math.max(9, identity.length)),
    ).join(' ');
    return `${target.padEnd(nameWidth)} | ${cells} | ${histogram(outcome.statusesByTarget.get(target) ?? new Map())}`;
  });
  return [
    `fuzz ${engine}: ${outcome.requests} hostile requests in ${seconds.toFixed(1)} s (${(outcome.requests / seconds).toFixed(0)}/s), seed ${outcome.seed} ` +
      `(replay: SWITCHBOARD_FUZZ_SEED=${outcome.seed} SWITCHBOARD_FUZZ_REQUESTS=${outcome.requests})`,
    `status codes: ${histogram(outcome.statuses)}`,
    `refused with: ${[...outcome.refusals.entries()]
      .sort(([, a], [, b]) => b - a)
      .map(([what, count]) => `${what}×${count}`)
      .join(' ')}`,
    `pushed mutations: ${[...outcome.mutationOutcomes.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([what, count]) => `${what}×${count}`)
      .join(' ')}`,
    `5xx: ${outcome.serverErrors.length}; no answer: ${outcome.noAnswer.length}; broken promises (isolation, role table, error format): ${outcome.violations.length}`,
    header,
    '-'.repeat(header.length),
    ...rows,
  ].join('\n');
}
