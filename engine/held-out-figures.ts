/**
 * The held-out figures of an intent model, one definition for the history-learning eval and for the autopilot's
 * choice between a retrained model and the one in use: intent accuracy, and containment at a bounded wrong share.
 *
 * Containment at ≤ 0.8 % wrong: the engine resolves a ticket on its own when the model's top intent is at least as
 * confident as a threshold; the threshold is the lowest one at which at most 0.8 % of the tickets resolved have the
 * wrong intent, and the containment is the share of all held-out tickets resolved at it. The threshold is read off the
 * held-out examples themselves (an operating point, slightly optimistic), the same way for every model compared.
 */
import type { IntentClassifier, TrainingExample } from './intent-classifier.js';

/** The wrong-resolution share containment is measured at: wrong intents among the tickets the AI resolved. */
export const MAX_WRONG_SHARE = 0.008;

export interface HeldOutFigures {
  /** Held-out examples measured. */
  n: number;
  /** Top intent equal to the label, over n. */
  accuracy: number;
  /** Share of n resolved at the threshold (see the module comment). */
  containment: number;
  /** The confidence from which a ticket is resolved; 1 when none can be resolved within the wrong share. */
  threshold: number;
}

export interface ScoredPrediction {
  correct: boolean;
  confidence: number;
}

/** The largest share of predictions resolvable, most confident first, with wrong / resolved ≤ maxWrongShare. */
export function containmentAtWrongShare(
  predictions: readonly ScoredPrediction[],
  maxWrongShare = MAX_WRONG_SHARE,
): { containment: number; threshold: number } {
  const ranked = [...predictions].sort((a, b) => b.confidence - a.confidence);
  let best = { resolved: 0, threshold: 1 };
  let wrong = 0;
  ranked.forEach((prediction, i) => {
    if (!prediction.correct) wrong++;
    const resolved = i + 1;
    // A threshold resolves every prediction at least that confident: only the last of equal confidences counts.
    const nextIsTied = ranked[i + 1]?.confidence === prediction.confidence;
    if (!nextIsTied && wrong <= maxWrongShare * resolved) best = { resolved, threshold: prediction.confidence };
  });
  return { containment: ranked.length ? best.resolved / ranked.length : 0, threshold: best.threshold };
}

/** The model's figures on held-out examples it was not trained on (a label it never learned counts as wrong). */
export function heldOutFigures(model: IntentClassifier, heldOut: readonly TrainingExample[]): HeldOutFigures {
  const predictions = heldOut.map((example) => {
    const top = model.predict(example.text, example.language)[0]!;
    return { correct: top.intent === example.label, confidence: top.probability };
  });
  const correct = predictions.filter((p) => p.correct).length;
  return {
    n: heldOut.length,
    accuracy: heldOut.length ? correct / heldOut.length : 0,
    ...containmentAtWrongShare(predictions),
  };
}
