import { resolve } from 'node:path';
import { readQueueTokens, type QueueTokensFile } from '../embedded-queue.js';
import { newerQueueNotice } from '../sync/parse-from-newer-queue.js';
import { QueueClient } from '../sync/queue-client.js';
import { exitWithUsage } from './cli-support.js';

/** Builds a queue client from `--queue URL` plus `--token T` or the role's token in `--tokens-file FILE`. */
export function queueClientFromArgs(
  values: { queue?: string; token?: string; 'tokens-file'?: string },
  role: keyof QueueTokensFile['tokens'],
  usage: string,
): QueueClient {
  if (!values.queue) exitWithUsage('--queue URL is required.', usage);
  let token = values.token;
  if (!token && values['tokens-file']) token = readQueueTokens(resolve(values['tokens-file'])).tokens[role];
  if (!token) exitWithUsage(`--token or --tokens-file (with a ${role} token) is required.`, usage);
  return new QueueClient({ baseUrl: values.queue, token, onUnknownFields: (what, fields) => process.stderr.write(`${newerQueueNotice(what, fields)}\n`) });
}
