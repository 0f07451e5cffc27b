/**
 * An example adapter that connects an SMS provider to Switchboard's generic channel (README, "Connect an SMS or
 * messaging provider"). It runs beside your provider account:
 *
 *   provider --form POST /sms--> adapter --signed JSON--> POST {queue}/v1/inbound/{tenant}/{channel}
 *   queue --signed JSON reply--> POST /replies on the adapter (the channel's replyUrl) --> provider's send API
 *
 * Run: SWITCHBOARD_QUEUE_URL=https://queue.example SWITCHBOARD_TENANT=acme SWITCHBOARD_CHANNEL=sms
 *      SWITCHBOARD_CHANNEL_SECRET=chsec_... PORT=8080 npx tsx examples/sms-adapter.ts
 * The secret is the one POST /v1/secrets/channel/sms answered. Fill in the two functions marked PROVIDER below.
 * lib/request-signing.ts (no dependencies but node:crypto) is the signature scheme; copy it along with this file.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { signRequest, verifySignedRequest } from '../lib/request-signing.js';
import type { ChannelReply, InboundChannelMessage } from '../shared/channels/messaging-channel.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../shared/channels/request-signature.js';

export interface SmsAdapterConfig {
  /** The queue's address, e.g. https://queue.example. */
  queueUrl: string;
  tenantId: string;
  /** The generic channel's id (a `channel` setting of type webhook whose replyUrl is this adapter's /replies). */
  channelId: string;
  /** The channel's signing secret (chsec_...): signs what the adapter posts, verifies the queue's replies. */
  secret: string;
  /** PROVIDER: sends one SMS through your provider; resolves once the provider accepted it, throws otherwise. */
  sendSms: (to: string, text: string) => Promise<void>;
  /** PROVIDER: whether an inbound request really comes from your provider (its own request signature). */
  isFromProvider: (request: IncomingMessage, form: URLSearchParams) => boolean;
}

/** The adapter's HTTP server (not yet listening). */
export function createSmsAdapter(config: SmsAdapterConfig): Server {
  // Replies the provider accepted, by the queue's delivery id: a retried delivery is not texted twice.
  // (In memory for the example; keep it in your database in production.)
  const sent = new Set<string>();

  return createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      console.error('sms-adapter:', error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    if (request.method === 'POST' && request.url === '/sms') return inbound(request, body, response);
    if (request.method === 'POST' && request.url === '/replies') return reply(request, body, response);
    response.writeHead(404).end();
  }

  /** The provider's form POST (From, Body, MessageSid as Twilio names them) to the queue, signed. */
  async function inbound(request: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
    const form = new URLSearchParams(body);
    if (!config.isFromProvider(request, form)) return void response.writeHead(403).end();
    const from = form.get('From') ?? '';
    const message: InboundChannelMessage = {
      conversationId: from,
      messageId: form.get('MessageSid') ?? '',
      from: { id: from },
      text: form.get('Body') ?? '',
    };
    const json = JSON.stringify(message);
    const timestamp = Math.floor(Date.now() / 1000);
    const answer = await fetch(`${config.queueUrl}/v1/inbound/${config.tenantId}/${config.channelId}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signRequest(config.secret, timestamp, json),
        [TIMESTAMP_HEADER]: String(timestamp),
      },
      body: json,
    });
    // Not taken (the queue down, a 5xx): the provider posts it again later; the message id keeps it from doubling.
    response.writeHead(answer.status === 202 ? 200 : 502, { 'content-type': 'text/xml' }).end('<Response/>');
  }

  /** A reply the queue posts to the channel's replyUrl: checked, then texted; a 2xx tells the queue it went out. */
  async function reply(request: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
    const check = verifySignedRequest({
      secret: config.secret,
      timestampHeader: header(request, TIMESTAMP_HEADER),
      signatureHeader: header(request, SIGNATURE_HEADER),
      body,
      nowMs: Date.now(),
    });
    if (!check.ok) return void response.writeHead(401).end(check.reason);
    const replyBody = JSON.parse(body) as ChannelReply;
    if (!sent.has(replyBody.id)) {
      await config.sendSms(replyBody.conversationId, replyBody.message.text);
      sent.add(replyBody.id);
    }
    response.writeHead(200).end('sent');
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new Error('The request body is over 1 MB.');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Started as a program: reads its settings from the environment. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const required = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`Set ${name}.`);
    return value;
  };
  const server = createSmsAdapter({
    queueUrl: required('SWITCHBOARD_QUEUE_URL'),
    tenantId: required('SWITCHBOARD_TENANT'),
    channelId: required('SWITCHBOARD_CHANNEL'),
    secret: required('SWITCHBOARD_CHANNEL_SECRET'),
    // PROVIDER: call your provider's send API here (e.g. Twilio's Messages.create) and await its acceptance.
    sendSms: async (to, text) => console.log(`SMS to ${to}: ${text}`),
    // PROVIDER: check your provider's request signature here (e.g. X-Twilio-Signature); never accept every request.
    isFromProvider: () => process.env.SMS_ADAPTER_TRUST_ALL === '1',
  });
  server.listen(Number(process.env.PORT ?? 8080), () => {
    console.log(`SMS adapter on port ${(server.address() as AddressInfo).port}`);
  });
}
