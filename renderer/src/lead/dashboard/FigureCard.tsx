/** One figure of the dashboard as a card: its name, its value written for the locale, and the counts behind it. */
export interface Figure {
  /** Id for tests and styles (a metric column, `backlog`, `slaFirstReply`...). */
  metric: string;
  label: string;
  /** The exact value (a share 0..1, a count); null when it has none. */
  value: number | null;
  text: string;
  basis?: string | undefined;
}

export function FigureCard({ figure, className }: { figure: Figure; className: string }) {
  return (
    <div className={className} data-metric={figure.metric} data-value={figure.value ?? ''}>
      <dt>{figure.label}</dt>
      <dd>
        <span className="summary-value">{figure.text}</span>
        {figure.basis ? <span className="summary-basis">{figure.basis}</span> : null}
      </dd>
    </div>
  );
}
