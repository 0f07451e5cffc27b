import { startPageServer, type PageServer } from '../../lib/page-server.js';
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
  const servers: PageServer[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
  const listen = async (): Promise<HostedPage> => {
    const server = await startPageServer(0, (path) =>
      path === HOST_PAGE_PATH
        ? {
            contentType: 'text/html; charset=utf-8',
            body: hostPageHtml(shown),
            headers: { 'content-security-policy': widgetHostPagePolicy(shown.queueUrl) },
          }
        : null,
    );
    servers.push(server);
    return { origin: server.origin, url: `${server.origin}${HOST_PAGE_PATH}` };
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
