/** A self-contained HTML page for one suite run: the figures next to the baseline, and every failing case with why. */
import type { CaseResult, SuiteRunReport } from '../shared/evals/run-report.js';
import { FIGURE_NAMES, HIGHER_IS_BETTER, RATIO_FIGURES, type FigureName } from '../shared/evals/suite-format.js';
import { pricingText, ROUTE_COLUMNS, skippedLine } from './report-parts.js';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const LABELS: Record<FigureName, string> = {
  passRate: 'Pass rate',
  containment: 'Containment (resolved by the AI)',
  wrongResolutionRate: 'Wrong resolutions (of resolved)',
  missedEscalationRate: 'Missed escalations (of expected escalations)',
  needlessEscalationRate: 'Needless escalations (of expected resolutions)',
  languageAccuracy: 'Language accuracy',
  intentAccuracy: 'Intent accuracy',
  ownerQueueAccuracy: 'Owner queue accuracy',
  costPerCaseUsd: 'Cost per case (USD)',
  tokensPerCase: 'Tokens per case',
  p50LatencyMs: 'Latency p50 (ms)',
  p95LatencyMs: 'Latency p95 (ms)',
};

export function formatFigure(name: FigureName, value: number | null): string {
  if (value === null) return '–';
  if (RATIO_FIGURES.has(name)) return `${(value * 100).toFixed(1)}%`;
  if (name === 'costPerCaseUsd') return `$${value.toFixed(6)}`;
  return value.toFixed(name === 'tokensPerCase' ? 0 : 1);
}

function formatDelta(name: FigureName, delta: number | undefined): string {
  if (delta === undefined) return '';
  const sign = delta > 0 ? '+' : '';
  if (RATIO_FIGURES.has(name)) return `${sign}${(delta * 100).toFixed(1)} pts`;
  return `${sign}${delta.toFixed(name === 'costPerCaseUsd' ? 6 : 1)}`;
}

function caseBlock(c: CaseResult): string {
  const a = c.actual;
  const actual =
    a.decision === 'resolve' ? 'resolved' : `escalated to ${a.ownerQueue ?? '?'} (${a.escalationCode ?? '?'})`;
  return `<article class="case" id="case-${esc(c.id)}">
  <h3><code>${esc(c.id)}</code> ${c.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</h3>
  <blockquote dir="auto">${esc(c.customerText).replace(/\n/g, '<br>')}</blockquote>
  <ul class="why">${c.failures.map((f) => `<li>${esc(f)}</li>`).join('')}</ul>
  <table class="kv">
    <tr><th>Expected</th><td>${esc(c.expected.decision)}${c.expected.intent ? `, intent ${esc(c.expected.intent)}` : ''}${c.expected.ownerQueue ? `, queue ${esc(c.expected.ownerQueue)}` : ''}${c.expected.language ? `, language ${esc(c.expected.language)}` : ''}</td></tr>
    <tr><th>Actual</th><td>${esc(actual)}, intent ${esc(a.intent ?? 'none')}${a.confidence !== null ? ` (${Math.round(a.confidence * 100)}%)` : ''}, language ${esc(a.language ?? 'none')}</td></tr>
    ${a.escalationDetail ? `<tr><th>Reason given</th><td>${esc(a.escalationDetail)}</td></tr>` : ''}
    ${a.text ? `<tr><th>${a.decision === 'resolve' ? 'Reply' : 'Draft'}</th><td dir="auto">${esc(a.text)}</td></tr>` : ''}
    ${a.route ? `<tr><th>Route</th><td>${esc(a.route)}</td></tr>` : ''}
    ${a.citations.length ? `<tr><th>Cites</th><td>${a.citations.map((c) => `<code>${esc(c)}</code>`).join(', ')}</td></tr>` : ''}
    ${a.toolCalls.length ? `<tr><th>Tool calls</th><td>${a.toolCalls.map((t) => `${esc(t.name)} (${esc(t.outcome)})`).join(', ')}</td></tr>` : ''}
  </table>
</article>`;
}

function routeSection(r: SuiteRunReport): string {
  if (!r.perRoute.length) return '';
  const head = ROUTE_COLUMNS.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('');
  const rows = r.perRoute
    .map(
      (route) =>
        `<tr>${ROUTE_COLUMNS.map((c, i) => (i === 0 ? `<th scope="row">${esc(c.cell(route))}</th>` : `<td>${esc(c.cell(route))}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  const pricing = pricingText(r.pricing);
  return `<h2>Per route</h2>
<table class="routes"><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table>${pricing ? `\n<p class="meta">${esc(pricing)}</p>` : ''}`;
}

export function renderHtmlReport(r: SuiteRunReport): string {
  const f = r.figures;
  const cmp = r.comparison;
  const regressed = new Map((cmp?.regressions ?? []).map((x) => [x.figure, x]));
  const rows = FIGURE_NAMES.map((name) => {
    const reg = regressed.get(name);
    const base = cmp ? cmp.deltas[name] : undefined;
    const baselineValue = base !== undefined && f[name] !== null ? f[name]! - base : null;
    const better = base === undefined || base === 0 ? '' : base > 0 === HIGHER_IS_BETTER.has(name) ? 'better' : 'worse';
    return `<tr class="${reg ? 'regressed' : ''}"><th scope="row">${esc(LABELS[name])}</th><td>${formatFigure(name, f[name])}</td>${cmp ? `<td>${formatFigure(name, baselineValue)}</td><td class="${better}">${formatDelta(name, base)}</td><td>${reg ? `regressed (limit ${formatFigure(name, reg.limit)})` : ''}</td>` : ''}</tr>`;
  }).join('\n');
  const failing = r.cases.filter((c) => !c.passed);
  const tags = Object.entries(r.perTag)
    .map(
      ([tag, t]) =>
        `<tr><th scope="row">${esc(tag)}</th><td>${t.passed}/${t.n}</td><td>${((t.passed / t.n) * 100).toFixed(0)}%</td></tr>`,
    )
    .join('');
  const verdict = !cmp
    ? 'No baseline to compare with.'
    : cmp.regressions.length
      ? `Gate failed: ${cmp.regressions.map((x) => x.figure).join(', ')} regressed.`
      : 'Gate passed: no figure regressed beyond the suite’s tolerances.';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(r.suite.name)} – eval report</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:24px;color:#1b1f24;background:#fff}
h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.meta{color:#555}.verdict{padding:10px 14px;border-radius:6px;margin:16px 0;font-weight:600}
.verdict.fail{background:#fde8e8;color:#8a1c1c}.verdict.pass{background:#e6f6ea;color:#17572a}.verdict.none{background:#eef2f7}
table{border-collapse:collapse}th,td{text-align:left;padding:4px 10px;border-bottom:1px solid #eee;vertical-align:top}
tr.regressed{background:#fde8e8}td.better{color:#17572a}td.worse{color:#8a1c1c}
.case{border:1px solid #ddd;border-radius:6px;padding:10px 14px;margin:12px 0}.case h3{margin:0 0 6px;font-size:15px}
.tag{display:inline-block;background:#eef2f7;border-radius:10px;padding:0 8px;font-size:12px;font-weight:400}
blockquote{margin:6px 0;padding:6px 10px;background:#f6f8fa;border-left:3px solid #bbb}
.why{color:#8a1c1c;margin:6px 0}.kv th{width:120px;color:#555;font-weight:500}
</style></head><body>
<h1>${esc(r.suite.name)}</h1>
<p class="meta">Tenant <b>${esc(r.suite.tenant)}</b> · provider <b>${esc(r.provider)}</b>${r.model ? ` · model <b>${esc(r.model)}</b>` : ''} · ${f.n} cases · started ${esc(r.startedAt)} · ${(r.durationMs / 1000).toFixed(1)} s${r.engineOverride ? ` · engine override <b>${esc(r.engineOverride)}</b>` : ''}</p>
${
  r.promptVersions
    ? `<p class="meta">Prompts: ${Object.values(r.promptVersions)
        .map((v) => `<code>${esc(v)}</code>`)
        .join(', ')}</p>\n`
    : ''
}${r.skipped.length ? `<p class="meta" data-skipped>${esc(skippedLine(r))}</p>\n` : ''}<p class="meta">Suite file: <code>${esc(r.suite.file)}</code>${cmp ? ` · baseline <code>${esc(cmp.baselineFile)}</code> of ${esc(cmp.baselineCreatedAt)}` : ''}</p>
<div class="verdict ${!cmp ? 'none' : cmp.regressions.length ? 'fail' : 'pass'}" role="status">${esc(verdict)}</div>
<h2>Summary</h2>
<table class="figures"><thead><tr><th>Figure</th><th>This run</th>${cmp ? '<th>Baseline</th><th>Change</th><th>Gate</th>' : ''}</tr></thead><tbody>
${rows}
</tbody></table>
<p class="meta">${f.passed} of ${f.n} cases passed · ${f.resolved} resolved, ${f.escalated} escalated · ${f.wrongResolutions} wrong resolutions · ${f.missedEscalations} missed and ${f.needlessEscalations} needless escalations · ${f.totalTokens} tokens, $${f.totalCostUsd.toFixed(6)} in all.</p>
${
  cmp && (cmp.newlyFailing.length || cmp.newlyPassing.length)
    ? `<h2>Changed since the baseline</h2>
<p>Newly failing (${cmp.newlyFailing.length}): ${cmp.newlyFailing.map((id) => `<a href="#case-${esc(id)}"><code>${esc(id)}</code></a>`).join(', ') || 'none'}</p>
<p>Newly passing (${cmp.newlyPassing.length}): ${cmp.newlyPassing.map((id) => `<code>${esc(id)}</code>`).join(', ') || 'none'}</p>`
    : ''
}
${routeSection(r)}
<h2>By tag</h2>
<table><thead><tr><th>Tag</th><th>Passed</th><th>Rate</th></tr></thead><tbody>${tags}</tbody></table>
<h2>Failing cases (${failing.length})</h2>
${failing.map(caseBlock).join('\n') || '<p>Every case passed.</p>'}
<h2>Passing cases (${f.passed})</h2>
<details><summary>Show ids</summary><p>${r.cases
    .filter((c) => c.passed)
    .map((c) => `<code>${esc(c.id)}</code>`)
    .join(' ')}</p></details>
</body></html>
`;
}
