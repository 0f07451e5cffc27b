/** The line the intent-model child prints when the model is in the cache (cli/train-intent-model.ts), written and read here. */
export interface IntentModelReady {
  file: string;
  /** False when it was already in the cache. */
  trained: boolean;
  /** From the child's start to the model on disk. */
  ms: number;
}

export const INTENT_MODEL_READY = /^Intent model (trained|loaded) in (\d+) ms: (.+)$/;

export function intentModelReadyLine(model: IntentModelReady): string {
  return `Intent model ${model.trained ? 'trained' : 'loaded'} in ${model.ms} ms: ${model.file}`;
}

export function parseIntentModelReady(match: RegExpMatchArray): IntentModelReady {
  return { trained: match[1] === 'trained', ms: Number(match[2]), file: match[3] ?? '' };
}
