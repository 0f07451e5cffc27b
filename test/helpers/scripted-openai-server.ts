/**
 * The scripted OpenAI-compatible server (lib/scripted-openai-server.ts) for tests: each POST /v1/chat/completions takes
 * the next scripted step (a tool call, a final answer, an HTTP error, a hang) and records the request body, so tests
 * drive the real `openai` SDK and can check exactly what left the machine.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  startScriptedOpenAiServer,
  type ScriptedOpenAiServer,
  type ScriptedServerOptions,
} from '../../lib/scripted-openai-server.js';

export {
  COMPLETION_TOKENS,
  startScriptedOpenAiServer,
  type RecordedRequest,
  type ScriptedOpenAiServer,
  type ScriptedServerOptions,
  type ScriptStep,
} from '../../lib/scripted-openai-server.js';

/** One scripted server for a test file: started before its tests, its script reset before each, closed after. */
export function scriptedOpenAiServerPerFile(options: ScriptedServerOptions = {}): () => ScriptedOpenAiServer {
  let server: ScriptedOpenAiServer | null = null;
  beforeAll(async () => {
    server = await startScriptedOpenAiServer(options);
  });
  afterAll(async () => server?.close());
  beforeEach(() => server?.reset());
  return () => {
    if (!server) throw new Error('The scripted OpenAI server is used before the file started it.');
    return server;
  };
}
