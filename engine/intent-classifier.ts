/**
 * Multinomial logistic regression (softmax) over hashed sparse text features.
 * Trained with mini-batch lazy Adam + L2, deterministic for a given seed; confidence calibrated by a
 * temperature fitted on a held-out slice of the training data.
 */
import {
  DEFAULT_FEATURE_OPTIONS,
  extractFeatureCounts,
  fitVocabulary,
  rowLookup,
  weighFeatures,
  type FeatureOptions,
  type SparseVector,
  type Vocabulary,
} from './text-features.js';
import { createRandom, shuffleInPlace, stratifiedSplit } from './random.js';

export interface TrainingExample {
  text: string;
  label: string;
  /** ISO 639-1 code when known; used to calibrate confidence per language. */
  language?: string | null;
}

export interface IntentScore {
  intent: string;
  probability: number;
}

export interface ClassifierHyperparameters {
  features: FeatureOptions;
  /** Keep a hashed feature only if it occurs in at least this many training texts. */
  minDf: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Share of the training data held out to fit the temperature; 0 disables calibration (T = 1). */
  calibrationFraction: number;
  /** After fitting the temperature, retrain on all the data (slower, slightly more accurate). */
  refitOnAll: boolean;
}

export const DEFAULT_HYPERPARAMETERS: ClassifierHyperparameters = {
  features: DEFAULT_FEATURE_OPTIONS,
  minDf: 2,
  epochs: 4,
  batchSize: 128,
  learningRate: 0.05,
  l2: 3e-6,
  seed: 1,
  calibrationFraction: 0.1,
  // Retraining on every example after the temperature is fitted costs a second training run at first
  // start (the model is cached after) and gains on held-out Banking77 splits (seeds 1-3): intent
  // accuracy +0.2 to +0.6 points, containment +0.4 to +1.3 points at a lower wrong-resolution rate.
  refitOnAll: true,
};

export interface TrainingProgress {
  phase: 'features' | 'train' | 'calibrate' | 'refit';
  epoch?: number;
  epochs?: number;
  loss?: number;
}

interface Weights {
  w: Float32Array; // nFeatures x nLabels, row-major by feature
  bias: Float32Array; // nLabels
}

interface Dataset {
  vectors: SparseVector[];
  targets: Int32Array;
}

function logitsOf(x: SparseVector, weights: Weights, nLabels: number, out: Float64Array): void {
  for (let c = 0; c < nLabels; c++) out[c] = weights.bias[c]!;
  const { w } = weights;
  for (let k = 0; k < x.indices.length; k++) {
    const base = x.indices[k]! * nLabels;
    const v = x.values[k]!;
    for (let c = 0; c < nLabels; c++) out[c]! += v * w[base + c]!;
  }
}

/** In-place softmax of logits / temperature; returns the probabilities array. */
function softmaxInPlace(z: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < z.length; c++) if (z[c]! > max) max = z[c]!;
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp((z[c]! - max) / temperature);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** Adam's state for `n` parameters: the first and second moment estimates and the gradient, all zero. */
function adamState<A extends Float32Array | Float64Array>(n: number, TypedArray: new (length: number) => A) {
  return { m: new TypedArray(n), v: new TypedArray(n), grad: new TypedArray(n) };
}

function trainWeights(
  data: Dataset,
  nFeatures: number,
  nLabels: number,
  hp: ClassifierHyperparameters,
  onProgress?: (p: TrainingProgress) => void,
  phase: TrainingProgress['phase'] = 'train',
): Weights {
  const size = nFeatures * nLabels;
  const w = new Float32Array(size);
  const { m, v, grad } = adamState(size, Float32Array);
  const bias = new Float32Array(nLabels);
  const { m: bm, v: bv, grad: bgrad } = adamState(nLabels, Float64Array);
  const touched = new Uint8Array(nFeatures);
  const touchedList = new Int32Array(nFeatures);
  const z = new Float64Array(nLabels);
  const active = new Int32Array(nLabels);
  const weights: Weights = { w, bias };
  const beta1 = 0.9;
  const beta2 = 0.999;
  const eps = 1e-8;
  const random = createRandom(hp.seed);
  const order = Array.from({ length: data.vectors.length }, (_, i) => i);
  let step = 0;

  for (let epoch = 0; epoch < hp.epochs; epoch++) {
    shuffleInPlace(order, random);
    // Linear decay of the step size over epochs helps the last epochs settle.
    const lr = hp.learningRate * (1 - epoch / (hp.epochs + 1));
    let lossSum = 0;
    for (let start = 0; start < order.length; start += hp.batchSize) {
      const end = Math.min(order.length, start + hp.batchSize);
      const scale = 1 / (end - start);
      let nTouched = 0;
      bgrad.fill(0);
      for (let o = start; o < end; o++) {
        const i = order[o]!;
        const x = data.vectors[i]!;
        const y = data.targets[i]!;
        logitsOf(x, weights, nLabels, z);
        softmaxInPlace(z, 1);
        lossSum -= Math.log(Math.max(z[y]!, 1e-12));
        z[y]! -= 1;
        // Once trained a little, most classes have p ~ 0: skipping their negligible gradient makes
        // the backward pass several times faster without changing the result measurably.
        let nActive = 0;
        for (let c = 0; c < nLabels; c++) {
          const g = z[c]!;
          bgrad[c]! += g * scale;
          if (g > 1e-5 || g < -1e-5) active[nActive++] = c;
        }
        for (let k = 0; k < x.indices.length; k++) {
          const f = x.indices[k]!;
          if (!touched[f]) {
            touched[f] = 1;
            touchedList[nTouched++] = f;
          }
          const base = f * nLabels;
          const xv = x.values[k]! * scale;
          for (let a = 0; a < nActive; a++) {
            const c = active[a]!;
            grad[base + c]! += xv * z[c]!;
          }
        }
      }
      step++;
      const lrT = (lr * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
      for (let t = 0; t < nTouched; t++) {
        const f = touchedList[t]!;
        touched[f] = 0;
        const base = f * nLabels;
        for (let c = 0; c < nLabels; c++) {
          const j = base + c;
          const g = grad[j]! + hp.l2 * w[j]!;
          grad[j] = 0;
          const mj = beta1 * m[j]! + (1 - beta1) * g;
          const vj = beta2 * v[j]! + (1 - beta2) * g * g;
          m[j] = mj;
          v[j] = vj;
          w[j]! -= (lrT * mj) / (Math.sqrt(vj) + eps);
        }
      }
      for (let c = 0; c < nLabels; c++) {
        const g = bgrad[c]!;
        bm[c] = beta1 * bm[c]! + (1 - beta1) * g;
        bv[c] = beta2 * bv[c]! + (1 - beta2) * g * g;
        bias[c]! -= (lrT * bm[c]!) / (Math.sqrt(bv[c]!) + eps);
      }
    }
    onProgress?.({ phase, epoch: epoch + 1, epochs: hp.epochs, loss: lossSum / order.length });
  }
  return weights;
}

/** Temperature minimising the negative log-likelihood of held-out logits (golden-section on ln T). */
function fitTemperature(logits: Float64Array[], targets: number[]): number {
  if (logits.length === 0) return 1;
  const z = new Float64Array(logits[0]!.length);
  const nll = (logT: number) => {
    const t = Math.exp(logT);
    let sum = 0;
    logits.forEach((l, i) => {
      z.set(l);
      softmaxInPlace(z, t);
      sum -= Math.log(Math.max(z[targets[i]!]!, 1e-12));
    });
    return sum / logits.length;
  };
  let a = Math.log(0.05);
  let b = Math.log(20);
  const g = (Math.sqrt(5) - 1) / 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let fc = nll(c);
  let fd = nll(d);
  for (let it = 0; it < 40; it++) {
    if (fc < fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - g * (b - a);
      fc = nll(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + g * (b - a);
      fd = nll(d);
    }
  }
  return Math.exp((a + b) / 2);
}

/** A language gets its own temperature only with at least this many held-out examples. */
const MIN_EXAMPLES_PER_LANGUAGE_TEMPERATURE = 15;

const MAGIC = 0x43494253; // "SBIC" little-endian
const FORMAT_VERSION = 1;

interface ModelHeader {
  labels: string[];
  features: FeatureOptions;
  hashBits: number;
  nFeatures: number;
  temperature: number;
  languageTemperatures: Record<string, number>;
  hyperparameters: ClassifierHyperparameters;
}

export class IntentClassifier {
  private readonly lookup: Int32Array;
  private readonly nLabels: number;

  private constructor(
    readonly labels: readonly string[],
    readonly features: FeatureOptions,
    private readonly vocab: Vocabulary,
    private readonly weights: Weights,
    /** Softmax temperature fitted on held-out data (1 = uncalibrated). */
    readonly temperature: number,
    /**
     * Per-language temperatures, for languages with enough held-out examples; never below the global
     * one, so a language with little training data gets more modest (honest) confidences.
     */
    readonly languageTemperatures: Readonly<Record<string, number>>,
    readonly hyperparameters: ClassifierHyperparameters,
  ) {
    this.lookup = rowLookup(vocab);
    this.nLabels = labels.length;
  }

  static train(
    examples: readonly TrainingExample[],
    hyperparameters: Partial<ClassifierHyperparameters> = {},
    onProgress?: (p: TrainingProgress) => void,
  ): IntentClassifier {
    const hp: ClassifierHyperparameters = { ...DEFAULT_HYPERPARAMETERS, ...hyperparameters };
    if (examples.length === 0) throw new Error('Cannot train the intent classifier: there are no training examples.');
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    if (labels.length < 2)
      throw new Error('Cannot train the intent classifier: it needs at least two different labels.');
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    onProgress?.({ phase: 'features' });
    const counts = examples.map((e) => extractFeatureCounts(e.text, hp.features));
    const vocab = fitVocabulary(counts, hp.features.hashBits, hp.minDf);
    const lookup = rowLookup(vocab);
    const vectors = counts.map((c) => weighFeatures(c, vocab, lookup));
    const targets = Int32Array.from(examples, (e) => labelIndex.get(e.label)!);
    const nFeatures = vocab.buckets.length;
    const nLabels = labels.length;

    let temperature = 1;
    const languageTemperatures: Record<string, number> = {};
    let weights: Weights;
    if (hp.calibrationFraction > 0) {
      const split = stratifiedSplit(
        examples.map((e) => `${e.label}\u0000${e.language ?? ''}`),
        hp.calibrationFraction,
        hp.seed + 7919,
      );
      const trainPart: Dataset = {
        vectors: split.train.map((i) => vectors[i]!),
        targets: Int32Array.from(split.train, (i) => targets[i]!),
      };
      weights = trainWeights(trainPart, nFeatures, nLabels, hp, onProgress, 'train');
      onProgress?.({ phase: 'calibrate' });
      const heldLogits = split.heldOut.map((i) => {
        const z = new Float64Array(nLabels);
        logitsOf(vectors[i]!, weights, nLabels, z);
        return z;
      });
      const heldTargets = split.heldOut.map((i) => targets[i]!);
      temperature = fitTemperature(heldLogits, heldTargets);
      const byLanguage = new Map<string, number[]>();
      split.heldOut.forEach((exampleIndex, k) => {
        const lang = examples[exampleIndex]!.language;
        if (!lang) return;
        const list = byLanguage.get(lang);
        if (list) list.push(k);
        else byLanguage.set(lang, [k]);
      });
      for (const [lang, ks] of [...byLanguage.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
        if (ks.length < MIN_EXAMPLES_PER_LANGUAGE_TEMPERATURE) continue;
        const t = fitTemperature(
          ks.map((k) => heldLogits[k]!),
          ks.map((k) => heldTargets[k]!),
        );
        languageTemperatures[lang] = Math.max(t, temperature);
      }
      if (hp.refitOnAll) weights = trainWeights({ vectors, targets }, nFeatures, nLabels, hp, onProgress, 'refit');
    } else {
      weights = trainWeights({ vectors, targets }, nFeatures, nLabels, hp, onProgress, 'train');
    }
    return new IntentClassifier(labels, hp.features, vocab, weights, temperature, languageTemperatures, hp);
  }

  /** All labels ranked by calibrated probability, highest first. Pass the text's language when known. */
  predict(text: string, language?: string | null): IntentScore[] {
    const temperature = (language && this.languageTemperatures[language]) || this.temperature;
    const x = weighFeatures(extractFeatureCounts(text, this.features), this.vocab, this.lookup);
    const z = new Float64Array(this.nLabels);
    logitsOf(x, this.weights, this.nLabels, z);
    softmaxInPlace(z, temperature);
    return this.labels
      .map((intent, i) => ({ intent, probability: z[i]! }))
      .sort((a, b) => b.probability - a.probability || a.intent.localeCompare(b.intent));
  }

  /** Compact binary: magic, version, JSON header, then Int32 buckets, Float32 idf, weights, bias. */
  serialise(): Uint8Array {
    const header: ModelHeader = {
      labels: [...this.labels],
      features: this.features,
      hashBits: this.vocab.hashBits,
      nFeatures: this.vocab.buckets.length,
      temperature: this.temperature,
      languageTemperatures: { ...this.languageTemperatures },
      hyperparameters: this.hyperparameters,
    };
    const headerBytes = new TextEncoder().encode(JSON.stringify(header));
    const headerPadded = Math.ceil(headerBytes.length / 4) * 4;
    const arrays = [this.vocab.buckets, this.vocab.idf, this.weights.w, this.weights.bias];
    const total = 12 + headerPadded + arrays.reduce((s, a) => s + a.byteLength, 0);
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, FORMAT_VERSION, true);
    view.setUint32(8, headerBytes.length, true);
    out.set(headerBytes, 12);
    let offset = 12 + headerPadded;
    for (const a of arrays) {
      out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), offset);
      offset += a.byteLength;
    }
    return out;
  }

  static deserialise(bytes: Uint8Array): IntentClassifier {
    const copy = new Uint8Array(bytes); // aligned, owned buffer
    const view = new DataView(copy.buffer);
    if (copy.length < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('Not a Switchboard intent model file.');
    const version = view.getUint32(4, true);
    if (version !== FORMAT_VERSION) throw new Error(`Unsupported intent model format version ${version}.`);
    const headerLength = view.getUint32(8, true);
    const header = JSON.parse(new TextDecoder().decode(copy.subarray(12, 12 + headerLength))) as ModelHeader;
    const n = header.nFeatures;
    const c = header.labels.length;
    let offset = 12 + Math.ceil(headerLength / 4) * 4;
    const take = <T>(ctor: new (b: ArrayBuffer, o: number, l: number) => T, length: number): T => {
      const arr = new ctor(copy.buffer, offset, length);
      offset += length * 4;
      return arr;
    };
    const buckets = take(Int32Array, n);
    const idf = take(Float32Array, n);
    const w = take(Float32Array, n * c);
    const bias = take(Float32Array, c);
    if (offset !== copy.length) throw new Error('The intent model file is truncated or corrupt.');
    return new IntentClassifier(
      header.labels,
      header.features,
      { hashBits: header.hashBits, buckets, idf },
      { w, bias },
      header.temperature,
      header.languageTemperatures ?? {},
      header.hyperparameters,
    );
  }
}
