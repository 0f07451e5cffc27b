import { z } from 'zod';
import {
  ProviderApiKeySchema,
  ProviderBaseUrlSchema,
  ProviderEmbeddingsModelSchema,
  ProviderModelSchema,
  ProviderTimeoutSchema,
} from '../shared/api/provider-settings-contract.js';

/**
 * The console's AI provider as its autopilot gets it: the endpoint, model, embeddings model (if any) and timeout the console is set to (Settings,
 * or serve's flags), and the key, if any (local servers need none). With it the autopilot runs the routed engine
 * (`--provider openai`); without it the built-in engine.
 */
export const AutopilotProviderSchema = z.strictObject({
  baseURL: ProviderBaseUrlSchema,
  model: ProviderModelSchema,
  /** The endpoint's embeddings model: retrieval ranks the tenant's articles by meaning too (absent: full text only). */
  embeddingsModel: ProviderEmbeddingsModelSchema.optional(),
  timeoutSeconds: ProviderTimeoutSchema,
  apiKey: ProviderApiKeySchema.optional(),
  defaultHeaders: z.record(z.string().max(200), z.string().max(4096)).optional(),
});
export type AutopilotProvider = z.infer<typeof AutopilotProviderSchema>;

/**
 * How a console hands its autopilot child the queue when it started the child before the queue was up
 * (`--queue-from-stdin`): one JSON line on the child's stdin, with the console's AI provider and its key. Not in its
 * arguments, which every local user can read, and not in its environment, which is fixed before the queue has issued
 * the token.
 */
const QueueLineSchema = z.strictObject({
  queueUrl: z.url(),
  token: z.string().min(1),
  provider: AutopilotProviderSchema.optional(),
});
export type QueueLine = z.infer<typeof QueueLineSchema>;

export function queueLine(queue: QueueLine): string {
  return JSON.stringify(queue);
}

/** The queue from the first line of `input`; rejects when the input ends first or the line is not one. */
export async function readQueueLine(input: NodeJS.ReadableStream): Promise<QueueLine> {
  const line = await firstLine(input);
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    json = null;
  }
  const parsed = QueueLineSchema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      'The first line on stdin is not the queue (a JSON object with queueUrl and token, and optionally the provider).',
    );
  return parsed.data;
}

function firstLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer | string) => {
      buffered += chunk.toString();
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      done();
      resolve(buffered.slice(0, end));
    };
    const onEnd = () => {
      done();
      reject(new Error('stdin ended before the queue was given.'));
    };
    const done = () => {
      input.off('data', onData);
      input.off('end', onEnd);
      input.pause();
    };
    input.on('data', onData);
    input.on('end', onEnd);
  });
}
