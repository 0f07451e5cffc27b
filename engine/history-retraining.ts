/**
 * One retraining of a tenant's intent model from its labelled history (run in a child process, see
 * autopilot/intent-model-cli.ts --history): the tenant's own training data (none for a tenant without a training
 * file) plus the labelled tickets not held out, trained into the model cache, then the new model and the one in use
 * measured on the same held-out tickets (engine/model-adoption.ts isHeldOutTicket). The caller decides adoption.
 */
import { basename } from 'node:path';
import { z } from 'zod';
import { ModelVersionSchema } from '../shared/settings/intent-model-record.js';
import { readJsonFile } from '../lib/json-file.js';
import { writeFileAtomically } from '../lib/write-file-atomically.js';
import { heldOutFigures } from './held-out-figures.js';
import type { ClassifierHyperparameters, TrainingExample, TrainingProgress } from './intent-classifier.js';
import { MAX_EXAMPLE_TEXT, MAX_FOLLOWED_TICKETS, type LabelledTicket } from './history-labels.js';
import { isHeldOutTicket } from './model-adoption.js';
import { loadOrTrainClassifier, readModelFile } from './model-cache.js';

const LabelledTicketSchema = z.strictObject({
  ticketId: z.string().min(1).max(200),
  text: z.string().min(1).max(MAX_EXAMPLE_TEXT),
  label: z.string().min(1).max(100),
  language: z.string().max(20).nullable().optional(),
});

/** The history file the autopilot hands its retraining child. */
export const LabelledHistoryFileSchema = z.array(LabelledTicketSchema).max(MAX_FOLLOWED_TICKETS);

export function writeLabelledHistory(file: string, history: readonly LabelledTicket[]): void {
  writeFileAtomically(file, JSON.stringify(history));
}

export function readLabelledHistory(file: string): LabelledTicket[] {
  return readJsonFile(file, LabelledHistoryFileSchema, 'labelled history');
}

/** What the child reports of a retraining, beside the model (MODEL.json): the version, not yet adopted, and who trained it. */
export const RetrainingReportSchema = ModelVersionSchema.extend({ trainedBy: z.number().int() });
export type RetrainingReport = z.infer<typeof RetrainingReportSchema>;

export function retrainingReportFile(modelFile: string): string {
  return `${modelFile}.json`;
}

export interface HistoryRetrainingInput {
  history: readonly LabelledTicket[];
  /** The tenant's own training data (loadTrainingData), empty for a tenant without a training file. */
  baseExamples: readonly TrainingExample[];
  /** The model in use, measured on the same held-out tickets; null when there is none. */
  currentModelFile: string | null;
  cacheDir: string;
  hyperparameters?: Partial<ClassifierHyperparameters>;
  onProgress?: (progress: TrainingProgress) => void;
}

/** Trains (or finds in the cache) the model of this history, measures it, writes its report beside it and answers it. */
export function retrainFromHistory(input: HistoryRetrainingInput): RetrainingReport & { file: string } {
  const heldOut = input.history.filter((example) => isHeldOutTicket(example.ticketId));
  const trainedOn = input.history.filter((example) => !isHeldOutTicket(example.ticketId));
  const examples: TrainingExample[] = [
    ...input.baseExamples,
    ...trainedOn.map(({ text, label, language }) => ({ text, label, language: language ?? null })),
  ];
  const model = loadOrTrainClassifier({
    cacheDir: input.cacheDir,
    examples,
    hyperparameters: input.hyperparameters,
    onProgress: input.onProgress,
  });
  const intents: Record<string, number> = {};
  for (const example of trainedOn) intents[example.label] = (intents[example.label] ?? 0) + 1;
  const report: RetrainingReport = {
    model: basename(model.file),
    trainedAt: new Date().toISOString(),
    labelledTickets: input.history.length,
    historyExamples: trainedOn.length,
    baseExamples: input.baseExamples.length,
    figures: heldOutFigures(model.classifier, heldOut),
    previousFigures: input.currentModelFile ? heldOutFigures(readModelFile(input.currentModelFile), heldOut) : null,
    intents,
    trainedBy: process.pid,
    adopted: false,
    verdict: '',
  };
  writeFileAtomically(retrainingReportFile(model.file), `${JSON.stringify(report, null, 2)}\n`);
  return { ...report, file: model.file };
}
