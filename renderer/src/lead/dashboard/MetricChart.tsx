import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  /** One value per category; null leaves a gap. */
  values: Array<number | null>;
  color: string;
}

interface Props {
  title: string;
  /** Category names along the x axis (days, queues, languages...). */
  categories: string[];
  series: ChartSeries[];
  /** Formats a y value for the axis and the legend. */
  formatValue: (value: number) => string;
  testId?: string;
}

const CHART_HEIGHT = 240;

/**
 * A line chart of shares per category, drawn by uPlot on a canvas (cheap for hundreds of points).
 * Categories sit at 0, 1, 2... on x and are labelled by name; the legend shows values under the cursor.
 */
export function MetricChart({ title, categories, series, formatValue, testId }: Props) {
  const box = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const widthOf = () => Math.max(320, element.clientWidth);
    const width = widthOf();
    const label = (index: number) => categories[Math.round(index)] ?? '';
    const chart = new uPlot(
      {
        title,
        width,
        height: CHART_HEIGHT,
        scales: { x: { time: false }, y: { range: [0, 1] } },
        axes: [
          { values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? label(tick) : '')) },
          { values: (_u, ticks) => ticks.map((tick) => formatValue(tick)), size: 56 },
        ],
        series: [
          { label: '', value: (_u, index) => (index === null ? '' : label(index)) },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            points: { show: true },
            value: (_u: uPlot, value: number | null) => (value === null ? '–' : formatValue(value)),
          })),
        ],
      },
      [categories.map((_c, index) => index), ...series.map((s) => s.values)] as uPlot.AlignedData,
      element,
    );
    // The chart follows its panel's width: the window resized, the grid wrapped to another column count.
    const resized = new ResizeObserver(() => {
      if (chart.width !== widthOf()) chart.setSize({ width: widthOf(), height: CHART_HEIGHT });
    });
    resized.observe(element);
    return () => {
      resized.disconnect();
      chart.destroy();
    };
  }, [title, categories, series, formatValue]);

  return <div className="metric-chart" ref={box} data-testid={testId} role="img" aria-label={title} />;
}
