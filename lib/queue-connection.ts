import { resolve } from 'node:path';
import { readQueueTokens, type QueueTokensFile } from './embedded-queue.js';
import { QUEUE_TOKEN_ENV } from './queue-token-env.js';
import { newerQueueNotice } from './queue-client/parse-from-newer-queue.js';
import { QueueClient } from './queue-client/queue-client.js';
import { exitWithUsage } from './cli-support.js';

/**
 * Builds a queue client from `--queue URL` and a token: `--token T`, else the role's token in
 * `--tokens-file FILE`, else $SWITCHBOARD_QUEUE_TOKEN (how the console hands its autopilot child the
 * token: `--token` shows it to every local user in the process list). The variable is removed from this
 * process's environment once read, so nothing this process starts inherits it.
 */
export function queueClientFromArgs(
  values: { queue?: string; token?: string; 'tokens-file'?: string },
  role: keyof QueueTokensFile['tokens'],
  usage: string,
): QueueClient {
  const fromEnvironment = process.env[QUEUE_TOKEN_ENV]?.trim() || undefined;
  delete process.env[QUEUE_TOKEN_ENV];
  if (!values.queue) exitWithUsage('--queue URL is required.', usage);
  let token = values.token;
  if (!token && values['tokens-file']) token = readQueueTokens(resolve(values['tokens-file'])).tokens[role];
  token ||= fromEnvironment;
  if (!token)
    exitWithUsage(`A ${role} token is required: set ${QUEUE_TOKEN_ENV}, or give --tokens-file (or --token).`, usage);
  return queueClientFor(values.queue, token);
}

/** A command's client of the queue at `baseUrl`; fields a newer queue sends are told on stderr. */
export function queueClientFor(baseUrl: string, token: string): QueueClient {
  return new QueueClient({
    baseUrl,
    token,
    onUnknownFields: (what, fields) => process.stderr.write(`${newerQueueNotice(what, fields)}\n`),
  });
}
