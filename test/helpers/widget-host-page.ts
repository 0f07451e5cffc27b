import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml, widgetHostPagePolicy, widgetScriptTag, type WidgetEmbed } from '../../lib/widget-embed.js';

/** Where the host page is served: its origin (for a widget's allowedOrigins) and its address. */
export interface HostedPage {
  origin: string;
  url: string;
}

/**
 * A customer's website for the widget tests: the same page with the widget's script tag on two origins of
 * 127.0.0.1 (two ports, neither the queue's), one for the widget's allowedOrigins and one left out of them.
 */
export interface WidgetHostPages {
  /** The origin the test allows. */
  readonly allowed: HostedPage;
  /** The same page on another origin, which the test leaves out of allowedOrigins. */
  readonly disallowed: HostedPage;
  /** The pages show this widget from their next load on (another key, another identity, none). */
  show(embed: WidgetEmbed): void;
  stop(): Promise<void>;
}

export const HOST_PAGE_PATH = '/shop';

/**
 * Serves the host page on two free loopback ports with a strict Content-Security-Policy that allows the queue's
 * origin for the widget (lib/widget-embed.ts); anything but the page is 404. Both servers close on stop.
 */
export async function startWidgetHostPages(embed: WidgetEmbed): Promise<WidgetHostPages> {
  let shown = embed;
  const servers: Server[] = [];
  const listen = async (): Promise<HostedPage> => {
    const server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://host').pathname;
      if (request.method !== 'GET' || path !== HOST_PAGE_PATH) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response
        .writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': widgetHostPagePolicy(shown.queueUrl),
          'cache-control': 'no-store',
        })
        .end(hostPageHtml(shown));
    });
    servers.push(server);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { origin, url: `${origin}${HOST_PAGE_PATH}` };
  };
  const stop = async () => {
    await Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
          }),
      ),
    );
  };
  try {
    const allowed = await listen();
    const disallowed = await listen();
    return {
      allowed,
      disallowed,
      show: (next) => {
        shown = next;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function hostPageHtml(embed: WidgetEmbed): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(embed.tenantId)} shop</title>
${widgetScriptTag(embed)}
</head>
<body>
<main>
<h1>Welcome to our shop</h1>
<p>Questions? The chat at the bottom of the page answers them.</p>
</main>
</body>
</html>
`;
}
