/** `npm run eval -- language`'s report and its text form: per-language tables, close pairs, then the summary lines. */
import type { ClosePairReport, LanguageEvaluation } from '../../engine/language-metrics.js';

/** The set name for rows of a file without a kind column. */
export const ALL_ROWS = 'all';

export interface EngineCost {
  startupMs: number;
  startupCpuMs: number;
  baseRssMb: number;
  rssMb: number;
}

export interface LanguageReport {
  file: string;
  fold: string | null;
  n: number;
  /** One evaluation per kind of text ("sentence", "two-word"), or "all". */
  sets: Record<string, LanguageEvaluation>;
  closePairs: Record<string, ClosePairReport[]>;
  /** null when the probe could not run (its error is on stderr). */
  engine: EngineCost | null;
  latency: { p50Ms: number; p99Ms: number; maxMs: number };
  evalMs: number;
}

const pct = (x: number, digits = 2) => `${(100 * x).toFixed(digits)} %`;
const SET_TITLES: Readonly<Record<string, string>> = {
  sentence: 'Sentences',
  'two-word': 'Two-word texts',
  [ALL_ROWS]: 'All texts',
};

function setTable(name: string, e: LanguageEvaluation): string[] {
  const lines = [
    `${SET_TITLES[name] ?? name}`,
    `${'language'.padEnd(8)}  ${'n'.padStart(5)}  ${'correct'.padStart(7)}  ${'unknown'.padStart(7)}  ${'accuracy'.padStart(8)}  most confused with`,
  ];
  for (const [lang, m] of Object.entries(e.perLanguage)) {
    const confused = Object.entries(m.confusedWith)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    lines.push(
      `${lang.padEnd(8)}  ${String(m.n).padStart(5)}  ${String(m.correct).padStart(7)}  ${String(m.unknown).padStart(7)}  ${m.accuracy.toFixed(4).padStart(8)}  ${confused}`,
    );
  }
  return [...lines, ''];
}

export function formatLanguageReport(r: LanguageReport): string {
  const lines = [`File: ${r.file}${r.fold !== null ? ` (fold ${r.fold})` : ''}, ${r.n} texts`, ''];
  for (const [name, e] of Object.entries(r.sets)) lines.push(...setTable(name, e));
  lines.push(
    'Close pairs (accuracy, and the share taken for the other language; Malay is right when answered unknown)',
  );
  const kinds = Object.keys(r.closePairs);
  const pairNames = [...new Set(kinds.flatMap((kind) => r.closePairs[kind]!.map((p) => p.pair.join('/'))))];
  for (const pairName of pairNames) {
    const cells = kinds.flatMap((kind) => {
      const p = r.closePairs[kind]!.find((x) => x.pair.join('/') === pairName);
      if (!p) return [];
      const [a, b] = p.sides;
      return [
        `${SET_TITLES[kind] ?? kind}: ${a.language} ${pct(a.accuracy, 1)} (as ${b.language} ${pct(a.takenForOther, 1)}), ${b.language} ${pct(b.accuracy, 1)} (as ${a.language} ${pct(b.takenForOther, 1)})`,
      ];
    });
    lines.push(`  ${pairName.padEnd(6)} ${cells.join('   ')}`);
  }
  lines.push('');
  for (const [name, e] of Object.entries(r.sets)) {
    lines.push(
      `${(SET_TITLES[name] ?? name).padEnd(15)} n = ${String(e.n).padStart(6)}   mean over languages ${pct(e.accuracy)}   micro ${pct(e.microAccuracy)}   worst ${e.minLanguage} ${pct(e.minAccuracy)}`,
    );
  }
  if (r.engine) {
    lines.push(
      `Engine          start-up ${r.engine.startupMs} ms (CPU ${r.engine.startupCpuMs} ms), resident memory ${r.engine.rssMb} MB (+${r.engine.rssMb - r.engine.baseRssMb} MB over a bare process)`,
    );
  }
  lines.push(`Per text        p50 ${r.latency.p50Ms} ms, p99 ${r.latency.p99Ms} ms, max ${r.latency.maxMs} ms`);
  return `${lines.join('\n')}\n`;
}
