/**
 * A tenant that starts with no labelled data, simulated: its tickets arrive in a random order, agents resolve each
 * one (labelled with its true intent), and after N resolved tickets the intent model is trained on those N alone, as
 * the autopilot would retrain it, then measured on held-out examples no history ever contains.
 */
import { IntentClassifier, type TrainingExample } from '../engine/intent-classifier.js';
import { heldOutFigures, type HeldOutFigures } from '../engine/held-out-figures.js';
import { isWorkingEngine } from '../engine/model-adoption.js';
import { createRandom, shuffleInPlace, stratifiedSplit } from '../engine/random.js';

export interface HistoryCurveOptions {
  /** History sizes to train at, ascending; a size beyond the history available is left out (see `cappedAt`). */
  steps: readonly number[];
  /** Share of every intent held out for measuring. */
  holdout: number;
  seed: number;
  onStep?: (resolved: number) => void;
}

export interface HistoryCurvePoint extends HeldOutFigures {
  /** Resolved tickets of history trained on. */
  resolved: number;
  /** Intents seen in that history. */
  intents: number;
  trainMs: number;
  working: boolean;
}

export interface HistoryCurve {
  examples: number;
  intents: number;
  heldOut: number;
  /** The history available to learn from (examples minus held out). */
  historyAvailable: number;
  points: HistoryCurvePoint[];
  /** Steps asked for that exceed the history available. */
  cappedAt: number[];
  /** The smallest step whose model is a working engine (WORKING_ENGINE), null when none is. */
  minimumWorkingHistory: number | null;
}

export function historyCurve(examples: readonly TrainingExample[], options: HistoryCurveOptions): HistoryCurve {
  const split = stratifiedSplit(
    examples.map((e) => e.label),
    options.holdout,
    options.seed,
  );
  const heldOut = split.heldOut.map((i) => examples[i]!);
  // Tickets arrive in a random order, the same for every step: step N's history is the first N of it.
  const arrivals = shuffleInPlace(
    split.train.map((i) => examples[i]!),
    createRandom(options.seed + 1),
  );
  const points: HistoryCurvePoint[] = [];
  for (const resolved of options.steps.filter((step) => step <= arrivals.length)) {
    options.onStep?.(resolved);
    const history = arrivals.slice(0, resolved);
    const intents = new Set(history.map((e) => e.label)).size;
    const started = performance.now();
    const model = IntentClassifier.train(history, { seed: options.seed });
    const trainMs = Math.round(performance.now() - started);
    const figures = heldOutFigures(model, heldOut);
    points.push({ resolved, intents, trainMs, ...figures, working: isWorkingEngine(figures) });
  }
  return {
    examples: examples.length,
    intents: new Set(examples.map((e) => e.label)).size,
    heldOut: heldOut.length,
    historyAvailable: arrivals.length,
    points,
    cappedAt: options.steps.filter((step) => step > arrivals.length),
    minimumWorkingHistory: points.find((p) => p.working)?.resolved ?? null,
  };
}
