/**
 * What an OpenAI-compatible endpoint answers, step by step: a tool call, a final answer, an HTTP error or a hang. An
 * eval case may carry the model's recorded answers as these steps (`model` in the suite format), replayed by a local
 * server (lib/scripted-openai-server.ts) so a run goes through the real SDK; the tests' scripted server takes the same
 * steps. Bounded: a suite file is input like any other.
 */
import { z } from 'zod';

export const MAX_REPLAY_STEPS = 20;
export const MAX_REPLAY_TEXT = 20_000;
export const MAX_REPLAY_HANG_MS = 120_000;

const JsonObject = z.record(z.string().max(200), z.unknown());
const boundedJson = (what: string) => (value: unknown) =>
  JSON.stringify(value).length <= MAX_REPLAY_TEXT || `${what} is longer than ${MAX_REPLAY_TEXT} characters as JSON.`;

export const ScriptStepSchema = z.union([
  z.strictObject({
    tool: z.string().min(1).max(64),
    arguments: z.union([z.string().max(MAX_REPLAY_TEXT), JsonObject.refine(boundedJson('The tool arguments'))]),
    id: z.string().min(1).max(100).optional(),
  }),
  z.strictObject({
    final: z.union([z.string().max(MAX_REPLAY_TEXT), JsonObject.refine(boundedJson('The final answer'))]),
  }),
  z.strictObject({
    status: z.number().int().min(400).max(599),
    headers: z.record(z.string().max(100), z.string().max(1_000)).optional(),
    body: z.unknown().refine(boundedJson('The error body')).optional(),
  }),
  z.strictObject({ hangMs: z.number().int().min(1).max(MAX_REPLAY_HANG_MS) }),
]);
export type ScriptStep = z.infer<typeof ScriptStepSchema>;

/** A case's model: its recorded answers, or `outage` (every request answers 500 until the engine gives up). */
export const ModelReplaySchema = z.union([z.literal('outage'), z.array(ScriptStepSchema).min(1).max(MAX_REPLAY_STEPS)]);
export type ModelReplay = z.infer<typeof ModelReplaySchema>;
