/** Accuracy, per-label precision/recall/F1 and macro-F1 of intent predictions. */

export interface LabelMetrics {
  n: number;
  correct: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface IntentEvaluation {
  n: number;
  correct: number;
  accuracy: number;
  /** Mean F1 over the labels present in the gold data. */
  macroF1: number;
  meanConfidence: number;
  perLabel: Record<string, LabelMetrics>;
}

export interface Prediction {
  gold: string;
  predicted: string;
  confidence: number;
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;

export function evaluateIntents(predictions: readonly Prediction[]): IntentEvaluation {
  const gold = new Map<string, number>();
  const predicted = new Map<string, number>();
  const hits = new Map<string, number>();
  let correct = 0;
  let confidence = 0;
  for (const p of predictions) {
    gold.set(p.gold, (gold.get(p.gold) ?? 0) + 1);
    predicted.set(p.predicted, (predicted.get(p.predicted) ?? 0) + 1);
    confidence += p.confidence;
    if (p.gold === p.predicted) {
      correct++;
      hits.set(p.gold, (hits.get(p.gold) ?? 0) + 1);
    }
  }
  const perLabel: Record<string, LabelMetrics> = {};
  let f1Sum = 0;
  for (const label of [...gold.keys()].sort()) {
    const n = gold.get(label)!;
    const c = hits.get(label) ?? 0;
    const predictedCount = predicted.get(label) ?? 0;
    const precision = predictedCount ? c / predictedCount : 0;
    const recall = c / n;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    f1Sum += f1;
    perLabel[label] = {
      n,
      correct: c,
      accuracy: round(recall),
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
    };
  }
  const n = predictions.length;
  return {
    n,
    correct,
    accuracy: n ? round(correct / n) : 0,
    macroF1: gold.size ? round(f1Sum / gold.size) : 0,
    meanConfidence: n ? round(confidence / n) : 0,
    perLabel,
  };
}
