/**
 * "Test connection" of the AI provider settings: one small real request through the `openai` SDK, the
 * same kind the translator sends (structured JSON, one short text), no retries, with the configured
 * timeout. A failure says which kind (unreachable, timeout, key refused, unknown model...) and what
 * the endpoint answered, so the person can fix the right field.
 */
import OpenAI from 'openai';
import type { ProviderConnectionTest, ProviderTestFailure } from '../../shared/api/provider-settings-contract.js';
import { fail, ok, type Result } from '../../shared/result.js';
import { createOpenAiClient, type OpenAiEndpoint } from './client.js';
import { parseAnswer, translationRequest } from './translator.js';

export interface ConnectionTestTarget extends OpenAiEndpoint {
  model: string;
}

const SAMPLE_TEXT = 'Thank you.';
const SAMPLE_LANGUAGE = 'de';

export async function testOpenAiConnection(
  target: ConnectionTestTarget,
  clock: () => number = () => performance.now(),
): Promise<Result<ProviderConnectionTest>> {
  const client = createOpenAiClient(target);
  const started = clock();
  let content: string | null;
  let answeredModel: string;
  try {
    const completion = await client.chat.completions.create(
      translationRequest(target.model, JSON.stringify({ texts: [SAMPLE_TEXT] }), SAMPLE_LANGUAGE),
    );
    content = completion.choices[0]?.message.content ?? null;
    answeredModel = completion.model || target.model;
  } catch (error) {
    const failure = describeConnectionError(error, target);
    return fail(failure.code, failure.message);
  }
  const latencyMs = Math.max(0, Math.round(clock() - started));
  const parsed = parseAnswer(content, 1);
  if (!parsed.ok) {
    return fail<ProviderConnectionTest>(
      'provider_bad_answer',
      `The endpoint answered, but not with the JSON translations need (${parsed.error.message}). The server may not support structured output (response_format json_schema).`,
    );
  }
  return ok({ model: answeredModel, latencyMs });
}

/** Which kind of failure an SDK error is, and a sentence that names the endpoint's answer. */
export function describeConnectionError(
  error: unknown,
  target: Pick<ConnectionTestTarget, 'baseURL' | 'model' | 'timeoutMs'>,
): { code: ProviderTestFailure; message: string } {
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    const seconds = Math.round((target.timeoutMs ?? 30_000) / 1000);
    return { code: 'provider_timeout', message: `${target.baseURL} did not answer within ${seconds} s.` };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return {
      code: 'provider_unreachable',
      message: `Could not connect to ${target.baseURL} (${connectionCause(error)}). Check the address and that the server is running.`,
    };
  }
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    const status = error.status;
    const said = `HTTP ${status}${error.message ? `: ${error.message.slice(0, 300)}` : ''}`;
    if (status === 401 || status === 403)
      return { code: 'provider_unauthorized', message: `The endpoint refused the API key (${said}).` };
    if (mentionsUnknownModel(error))
      return {
        code: 'provider_model_unknown',
        message: `The endpoint does not know the model "${target.model}" (${said}).`,
      };
    if (status === 404)
      return {
        code: 'provider_not_found',
        message: `Nothing at ${target.baseURL} answers the chat completions API (${said}); OpenAI-compatible base URLs usually end in /v1.`,
      };
    if (status === 429)
      return {
        code: 'provider_rate_limited',
        message: `The endpoint asks to slow down or the account has no quota left (${said}).`,
      };
    if (status >= 500) return { code: 'provider_server_error', message: `The endpoint failed (${said}).` };
    return { code: 'provider_refused', message: `The endpoint refused the request (${said}).` };
  }
  return {
    code: 'provider_unreachable',
    message: `The request could not be made: ${error instanceof Error ? error.message : String(error)}.`,
  };
}

function mentionsUnknownModel(error: InstanceType<typeof OpenAI.APIError>): boolean {
  if (error.code === 'model_not_found') return true;
  if (error.status !== 404 && error.status !== 400) return false;
  return (
    /model/i.test(error.message) &&
    /(not found|does not exist|unknown|not exist|no such|invalid model)/i.test(error.message)
  );
}

/** The system's reason behind the SDK's generic "Connection error." (ECONNREFUSED, ENOTFOUND...). */
function connectionCause(error: InstanceType<typeof OpenAI.APIConnectionError>): string {
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 4 && cause instanceof Error; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    cause = cause.cause;
  }
  return error.cause instanceof Error ? error.cause.message : error.message;
}
