import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvalRunState, EvalSuiteInfo } from '../../../shared/evals/eval-console.js';
import { FIGURE_NAMES, HIGHER_IS_BETTER, RATIO_FIGURES, type FigureName } from '../../../shared/evals/suite-format.js';
import { EVAL_PROVIDERS, type EvalProviderName, type SuiteFigures } from '../../../shared/evals/run-report.js';
import type { Formatters } from '../format/formatters.js';
import { useFormat } from '../format/useFormat.js';
import { useController } from '../state/context.js';
import './evals.css';

const POLL_MS = 500;
const PERCENT_1 = { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 } as const;

/** A labelled left-to-right text input of the run form (an address, a model name); its test id is eval-`name`. */
function LtrField(props: {
  formId: string;
  name: string;
  label: string;
  disabled: boolean;
  required?: boolean;
  value: string;
  onValue: (value: string) => void;
}) {
  const id = `${props.formId}-${props.name}`;
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        data-testid={`eval-${props.name}`}
        value={props.value}
        onChange={(e) => props.onValue(e.target.value)}
        disabled={props.disabled}
        dir="ltr"
        required={props.required}
      />
    </>
  );
}

function useFigure() {
  const { t, i18n } = useTranslation();
  const fmt: Formatters = useFormat();
  const percent = new Intl.NumberFormat(i18n.language, PERCENT_1);
  return {
    value(name: FigureName, v: number | null): string {
      if (v === null) return '–';
      if (RATIO_FIGURES.has(name)) return percent.format(v);
      if (name === 'costPerCaseUsd') return fmt.currency(v, 'USD');
      if (name === 'p50LatencyMs' || name === 'p95LatencyMs')
        return t('evals.ms', { value: fmt.number(Math.round(v * 10) / 10) });
      return fmt.number(Math.round(v));
    },
    delta(name: FigureName, d: number): string {
      const sign = d > 0 ? '+' : '';
      if (RATIO_FIGURES.has(name))
        return t('evals.points', { value: `${sign}${fmt.number(Math.round(d * 1000) / 10)}` });
      if (name === 'costPerCaseUsd') return `${sign}${fmt.currency(d, 'USD')}`;
      return `${sign}${fmt.number(Math.round(d * 10) / 10)}`;
    },
  };
}

function FiguresTable({ run }: { run: EvalRunState }) {
  const { t } = useTranslation();
  const figure = useFigure();
  const report = run.report!;
  const cmp = report.comparison;
  const regressed = new Set(cmp?.regressions.map((r) => r.figure) ?? []);
  const f: SuiteFigures = report.figures;
  return (
    <table className="evals-figures" data-testid="eval-figures">
      <thead>
        <tr>
          <th scope="col">{t('evals.columns.figure')}</th>
          <th scope="col">{t('evals.columns.run')}</th>
          {cmp && <th scope="col">{t('evals.columns.baseline')}</th>}
          {cmp && <th scope="col">{t('evals.columns.change')}</th>}
        </tr>
      </thead>
      <tbody>
        {FIGURE_NAMES.map((name) => {
          const d = cmp?.deltas[name];
          const now = f[name];
          const base = d !== undefined && now !== null ? now - d : null;
          const trend = d === undefined || d === 0 ? '' : d > 0 === HIGHER_IS_BETTER.has(name) ? 'better' : 'worse';
          return (
            <tr
              key={name}
              className={regressed.has(name) ? 'regressed' : undefined}
              data-testid={`eval-figure-${name}`}
            >
              <th scope="row">
                {t(`evals.figures.${name}`)}
                {regressed.has(name) && <span className="evals-flag"> · {t('evals.regressed')}</span>}
              </th>
              <td>{figure.value(name, now)}</td>
              {cmp && <td>{figure.value(name, base)}</td>}
              {cmp && <td className={trend}>{d === undefined ? '' : figure.delta(name, d)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The routed provider's figures per route: who answered how many tickets, how well, at what cost and speed. */
function RouteTable({ run }: { run: EvalRunState }) {
  const { t, i18n } = useTranslation();
  const fmt: Formatters = useFormat();
  const percent = new Intl.NumberFormat(i18n.language, PERCENT_1);
  // A resolution by a small model costs fractions of a cent: three significant digits, not two decimals.
  const cost = new Intl.NumberFormat(i18n.language, {
    style: 'currency',
    currency: 'USD',
    maximumSignificantDigits: 3,
  });
  const report = run.report!;
  const orNone = (v: number | null, show: (v: number) => string) => (v === null ? '–' : show(v));
  const ms = (v: number) => t('evals.ms', { value: fmt.number(Math.round(v * 10) / 10) });
  const pricing = report.pricing;
  return (
    <section aria-labelledby="evals-routes-title">
      <h4 id="evals-routes-title">{t('evals.routes.title')}</h4>
      <table className="evals-figures" data-testid="eval-routes">
        <thead>
          <tr>
            {(['route', 'share', 'passRate', 'wrongResolutions', 'costPerResolution', 'p50', 'p95'] as const).map(
              (c) => (
                <th scope="col" key={c}>
                  {t(`evals.routes.columns.${c}`)}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {report.perRoute.map((r) => (
            <tr key={r.route} data-testid={`eval-route-${r.route}`}>
              <th scope="row">{t(`evals.routes.names.${r.route}`)}</th>
              <td>{t('evals.routes.share', { share: percent.format(r.share), n: r.n })}</td>
              <td>{orNone(r.passRate, (v) => percent.format(v))}</td>
              <td>{fmt.number(r.wrongResolutions)}</td>
              <td>{orNone(r.costPerResolutionUsd, (v) => cost.format(v))}</td>
              <td>{orNone(r.p50LatencyMs, ms)}</td>
              <td>{orNone(r.p95LatencyMs, ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pricing && (
        <p className="evals-baselines" data-testid="eval-pricing">
          {pricing.source === 'none'
            ? t('evals.routes.noPricing')
            : t('evals.routes.pricing', {
                input: fmt.currency(pricing.inputPerMillion, 'USD'),
                output: fmt.currency(pricing.outputPerMillion, 'USD'),
              })}
        </p>
      )}
    </section>
  );
}

function RunResult({ run, onPromote, busy }: { run: EvalRunState; onPromote: () => void; busy: boolean }) {
  const { t } = useTranslation();
  const report = run.report!;
  const cmp = report.comparison;
  const failing = report.cases.filter((c) => !c.passed);
  const verdict = !cmp
    ? t('evals.verdict.none')
    : cmp.regressions.length
      ? t('evals.verdict.failed', { figures: cmp.regressions.map((r) => t(`evals.figures.${r.figure}`)).join(', ') })
      : t('evals.verdict.passed');
  return (
    <section className="evals-result" aria-labelledby="evals-result-title">
      <h3 id="evals-result-title">
        {t('evals.result', { suite: report.suite.name, passed: report.figures.passed, total: report.figures.n })}
      </h3>
      <p
        className={`evals-verdict ${!cmp ? 'none' : cmp.regressions.length ? 'fail' : 'pass'}`}
        role="status"
        data-testid="eval-verdict"
      >
        {verdict}
      </p>
      {report.skipped.length > 0 && (
        <p className="evals-baselines" data-testid="eval-skipped">
          {t('evals.skipped', { n: report.skipped.length, ids: report.skipped.map((c) => c.id).join(', ') })}
        </p>
      )}
      <FiguresTable run={run} />
      {report.perRoute.length > 0 && <RouteTable run={run} />}
      {cmp && cmp.newlyFailing.length > 0 && (
        <p data-testid="eval-newly-failing">{t('evals.newlyFailing', { ids: cmp.newlyFailing.join(', ') })}</p>
      )}
      <div className="evals-actions">
        {run.promotedTo ? (
          <p role="status" data-testid="eval-promoted">
            {t('evals.promoted', { file: run.promotedTo })}
          </p>
        ) : (
          <button
            type="button"
            data-testid="eval-promote"
            onClick={onPromote}
            disabled={busy || report.engineOverride !== null}
          >
            {t('evals.promote')}
          </button>
        )}
      </div>
      <h4>{t('evals.failing', { n: failing.length })}</h4>
      <ul className="evals-failing" data-testid="eval-failing">
        {failing.slice(0, 200).map((c) => (
          <li key={c.id} data-testid="eval-failing-case">
            <code>{c.id}</code> <q dir="auto">{c.customerText.slice(0, 160)}</q>
            <ul>
              {c.failures.map((why, i) => (
                <li key={i}>{why}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Team leads: pick a suite and a provider, run it with progress, read the figures against the baseline, promote a run. */
export function EvalsScreen() {
  const { t } = useTranslation();
  const { api } = useController();
  const id = useId();
  const [suites, setSuites] = useState<EvalSuiteInfo[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [file, setFile] = useState('');
  const [provider, setProvider] = useState<EvalProviderName>('builtin');
  const [baseURL, setBaseURL] = useState('http://127.0.0.1:11434/v1');
  const [model, setModel] = useState('');
  const [run, setRun] = useState<EvalRunState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const loadSuites = useCallback(async () => {
    const r = await api.listEvalSuites({});
    if (!r.ok) return setError(r.error.message);
    setSuites(r.value.suites);
    setProblems(r.value.problems);
    setFile((current) => current || r.value.suites[0]?.file || '');
  }, [api, t]);

  const poll = useCallback(
    async (runId?: string) => {
      const r = await api.getEvalRun(runId ? { runId } : {});
      if (!r.ok) return setError(r.error.message);
      setRun(r.value);
      if (r.value && (r.value.state === 'running' || r.value.state === 'starting')) {
        timer.current = setTimeout(() => void poll(r.value!.runId), POLL_MS);
      } else if (r.value?.state === 'done') void loadSuites();
    },
    [api, loadSuites],
  );

  useEffect(() => {
    void loadSuites();
    void poll();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [loadSuites, poll]);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    const r = await api.startEvalRun(
      provider === 'builtin'
        ? { file, provider }
        : provider === 'openai'
          ? { file, provider, baseURL, model }
          : // The routed engine replays the suite's recorded model answers unless a model is named.
            { file, provider, ...(model.trim() ? { baseURL, model } : {}) },
    );
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setRun(r.value);
    if (timer.current) clearTimeout(timer.current);
    void poll(r.value.runId);
  };

  const cancel = async () => {
    if (!run) return;
    const r = await api.cancelEvalRun({ runId: run.runId });
    if (!r.ok) return setError(r.error.message);
    setRun(r.value);
  };

  const promote = async () => {
    if (!run) return;
    setBusy(true);
    const r = await api.promoteEvalRun({ runId: run.runId });
    setBusy(false);
    if (!r.ok) return setError(r.error.message);
    setRun(r.value);
    void loadSuites();
  };

  const running = run?.state === 'running' || run?.state === 'starting';
  const openAiFields = [
    { name: 'base-url', label: t('evals.baseUrl'), value: baseURL, onValue: setBaseURL },
    { name: 'model', label: t('evals.model'), value: model, onValue: setModel, required: provider === 'openai' },
  ];
  const selected = suites?.find((s) => s.file === file) ?? null;
  return (
    <div className="evals-screen" data-testid="evals-screen">
      <h2>{t('evals.title')}</h2>
      <p className="evals-intro">{t('evals.intro')}</p>
      {error && (
        <p className="evals-error" role="alert" data-testid="eval-error">
          {error}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" className="evals-error">
          <p>{t('evals.problems')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <form className="evals-form" onSubmit={(e) => void start(e)}>
        <label htmlFor={`${id}-suite`}>{t('evals.suite')}</label>
        <select
          id={`${id}-suite`}
          data-testid="eval-suite"
          value={file}
          onChange={(e) => setFile(e.target.value)}
          disabled={running}
        >
          {(suites ?? []).map((s) => (
            <option key={s.file} value={s.file}>
              {t('evals.suiteOption', { name: s.name, tenant: s.tenant, cases: s.cases })}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-provider`}>{t('evals.provider')}</label>
        <select
          id={`${id}-provider`}
          data-testid="eval-provider"
          value={provider}
          onChange={(e) => setProvider(EVAL_PROVIDERS.find((p) => p === e.target.value) ?? 'builtin')}
          disabled={running}
        >
          {EVAL_PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {t(`evals.providers.${p}`)}
            </option>
          ))}
        </select>
        {provider !== 'builtin' && (
          <>
            {openAiFields.map((field) => (
              <LtrField key={field.name} formId={id} {...field} disabled={running} />
            ))}
          </>
        )}
        {provider === 'routed' && (
          <p className="evals-hint" data-testid="eval-routed-hint">
            {t('evals.routedHint')}
          </p>
        )}
        <div className="evals-buttons">
          <button type="submit" data-testid="eval-run" disabled={running || busy || !file}>
            {t('evals.run')}
          </button>
          {running && (
            <button type="button" data-testid="eval-cancel" onClick={() => void cancel()}>
              {t('evals.cancel')}
            </button>
          )}
        </div>
      </form>
      {selected && (
        <p className="evals-baselines" data-testid="eval-baselines">
          {selected.baselines.length
            ? t('evals.baselines', {
                list: selected.baselines.map((b) => (b.model ? `${b.provider} (${b.model})` : b.provider)).join(', '),
              })
            : t('evals.noBaselines')}
        </p>
      )}
      {run && running && (
        <div className="evals-progress" data-testid="eval-progress">
          <progress max={run.total || 1} value={run.done} aria-label={t('evals.progressLabel')} />
          <span role="status">
            {run.state === 'starting'
              ? t('evals.state.starting')
              : t('evals.progress', { done: run.done, total: run.total, passed: run.passed })}
          </span>
        </div>
      )}
      {run?.state === 'failed' && (
        <p className="evals-error" role="alert" data-testid="eval-failed">
          {t('evals.state.failed', { error: run.error ?? '' })}
        </p>
      )}
      {run?.state === 'cancelled' && <p role="status">{t('evals.state.cancelled')}</p>}
      {run?.state === 'done' && run.report && <RunResult run={run} onPromote={() => void promote()} busy={busy} />}
    </div>
  );
}
