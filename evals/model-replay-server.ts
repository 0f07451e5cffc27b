/**
 * The replay model of a routed run without an endpoint: the cases' recorded model answers (`model` in the suite
 * format) served by an OpenAI-compatible server on 127.0.0.1 (lib/scripted-openai-server.ts, port 0) for the run, so
 * every case goes through the real SDK, retries and timeouts included. Each case starts with its own answers; asking
 * the model more or less than the case recorded is reported as the case's failure, since the recording no longer
 * describes the run (a changed prompt or route).
 */
import type { EvalCase } from '../shared/evals/suite-format.js';
import { startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../lib/scripted-openai-server.js';

/** The model name a replayed run reports (and its baseline is filed under). */
export const REPLAY_MODEL = 'replay';

export interface ModelReplayServer {
  baseURL: string;
  /** Loads the case's recorded answers (none for `outage` or a case that records none: every request answers 500). */
  useCase(c: EvalCase): void;
  /** After the case: how the model's use departed from the recording, one sentence each. */
  departures(c: EvalCase): string[];
  close(): Promise<void>;
}

export async function startModelReplay(): Promise<ModelReplayServer> {
  const server: ScriptedOpenAiServer = await startScriptedOpenAiServer();
  return {
    baseURL: server.baseURL,
    useCase(c) {
      server.reset();
      if (Array.isArray(c.model)) server.script(...c.model);
    },
    departures(c) {
      const asked = server.requests.length;
      if (c.model === 'outage') return [];
      if (c.model === undefined)
        return asked ? [`The model was asked ${asked} times, but the case records no model answers.`] : [];
      const out: string[] = [];
      if (server.exhausted())
        out.push(
          `The model was asked ${server.exhausted()} times more than the case records (${c.model.length} answers).`,
        );
      if (server.remaining())
        out.push(`${server.remaining()} of the case's ${c.model.length} recorded model answers were not asked for.`);
      return out;
    },
    close: () => server.close(),
  };
}
