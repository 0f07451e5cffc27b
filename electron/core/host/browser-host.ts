import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { firstStreamEvent, type ConsoleApi, type ConsoleEvent } from '../../../shared/api/console-contract.js';
import { dispatchConsoleCall } from '../../../shared/api/console-dispatch.js';
import { BROWSER_SSO_CALLBACK_PATH, type BrowserSsoReturn } from './browser-sso-return.js';
import { answerHostClientError, answerHostError, answerHostFrameworkError, answerHostNotFound } from './host-errors.js';
import { bearerToken, createHostToken, tokenMatches } from './host-token.js';
import { setSecurityHeaders } from './security-headers.js';

export interface BrowserHostOptions {
  api: ConsoleApi;
  /** The built renderer (vite build output). */
  rendererDir: string;
  port: number;
  token?: string;
  /** Signing in with the identity provider: the provider sends the page back to GET /auth/callback, handed here. */
  ssoReturn?: BrowserSsoReturn;
}

export interface BrowserHost {
  url: string;
  token: string;
  /** The address to open: the console with its per-run token. */
  consoleUrl: string;
  close(): Promise<void>;
}

/**
 * Browser mode: serves the built renderer and the console API on 127.0.0.1 only, guarded by a
 * per-run token, so the same console runs in any browser where Electron cannot.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  if (!existsSync(options.rendererDir)) {
    throw new Error(
      `The renderer has not been built (${options.rendererDir} is missing). Run "npm run build:renderer" first.`,
    );
  }
  const token = options.token ?? createHostToken();
  const app = Fastify({
    logger: false,
    bodyLimit: 256 * 1024,
    clientErrorHandler: answerHostClientError,
    frameworkErrors: answerHostFrameworkError,
  });
  const openStreams = new Set<() => void>();
  let port = options.port;

  app.addHook('onRequest', async (_request, reply) => setSecurityHeaders(reply.raw));
  app.addHook('onRequest', async (request, reply) => {
    // Refuses DNS-rebinding: only loopback host names may talk to this host.
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    if (host !== '127.0.0.1' && host !== 'localhost') {
      return reply
        .code(403)
        .send({ ok: false, error: { code: 'forbidden_host', message: 'This console only answers on 127.0.0.1.' } });
    }
  });

  app.setErrorHandler(answerHostError);
  app.setNotFoundHandler(answerHostNotFound);

  await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html' });

  app.post<{ Params: { method: string } }>('/api/call/:method', async (request, reply) => {
    if (!tokenMatches(token, bearerToken(request.headers.authorization))) {
      return reply.code(401).send({
        ok: false,
        error: {
          code: 'unauthorized',
          message: 'Open the console with the address printed at start-up; it carries the access token.',
        },
      });
    }
    return dispatchConsoleCall(options.api, request.params.method, request.body);
  });

  app.get<{ Querystring: { token?: string } }>('/api/events', (request, reply) => {
    if (!tokenMatches(token, request.query.token)) {
      void reply.code(401).send({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token.' } });
      return;
    }
    streamEvents(app, options.api, request.raw, reply.raw, openStreams);
  });

  const ssoReturn = options.ssoReturn;
  if (ssoReturn) {
    // No access token here: the provider's redirect carries none. The callback's state must name a sign-in this
    // console started (the page itself keeps its token in sessionStorage and finds it again at `/`).
    app.get(BROWSER_SSO_CALLBACK_PATH, async (request, reply) => {
      const next = await ssoReturn.complete(new URL(request.url, url));
      return reply.header('cache-control', 'no-store').redirect(next, 303);
    });
  }

  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  if (address && typeof address === 'object') port = address.port;
  const url = `http://127.0.0.1:${port}/`;
  ssoReturn?.listenAt(url);
  return {
    url,
    token,
    consoleUrl: `${url}?token=${encodeURIComponent(token)}`,
    async close() {
      for (const end of openStreams) end();
      await app.close();
    },
  };
}

function streamEvents(
  app: FastifyInstance,
  api: ConsoleApi,
  request: NodeJS.ReadableStream,
  response: import('node:http').ServerResponse,
  openStreams: Set<() => void>,
): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  const send = (event: ConsoleEvent) => response.write(`data: ${JSON.stringify(event)}\n\n`);
  const unsubscribe = api.subscribe(send);
  const ping = setInterval(() => response.write(': ping\n\n'), 15_000);
  const end = () => {
    clearInterval(ping);
    unsubscribe();
    openStreams.delete(end);
    response.end();
  };
  openStreams.add(end);
  request.on('close', end);
  void firstStreamEvent(api).then((event) => {
    if (event) send(event);
  });
  app.log.debug('console event stream opened');
}
