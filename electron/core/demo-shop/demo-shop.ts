import { startPageServer, type PageServer, type ServedFile } from '../../../lib/page-server.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { readDemoShop, DEMO_SHOP_FILE, type DemoShop } from '../../../lib/tenant-seed/demo-shop-file.js';
import { widgetHostPagePolicy } from '../../../lib/widget-embed.js';
import { DEMO_SHOP_PATH, DEMO_SHOP_STYLESHEET_PATH, demoShopCss, demoShopHtml } from './demo-shop-page.js';
import { allowShopOrigin, readShopWidget, type ShopWidget } from './demo-shop-widget.js';

export interface DemoShopOptions {
  /** The shop's port on 127.0.0.1 (0: a free one); another origin than the queue's and the console's. */
  port: number;
  queueUrl: string;
  /**
   * A token of the tenant: its admin's (the embedded queue's tokens file or --tokens-file) lets the shop add its own
   * origin to the widget's allowed origins; another role's (the console's) only reads the widget.
   */
  token: string;
  resourcesDir: string;
}

/** A running shop (with a sentence when its widget will not show there), or why none is served. */
export type DemoShopStart =
  { served: true; url: string; warning: string | null; close(): Promise<void> } | { served: false; reason: string };

/**
 * The demo tenant's website with its chat widget (`npm run serve` prints "Customer chat: URL"): the token's tenant's
 * demo-shop.json and its first enabled widget. Never throws: what keeps the shop from being served is the reason.
 */
export async function startDemoShop(options: DemoShopOptions): Promise<DemoShopStart> {
  const client = new QueueClient({ baseUrl: options.queueUrl, token: options.token });
  const caller = await client.whoami();
  if (!caller.ok) return notServed(`the queue did not say whose token this is (${caller.error.message})`);
  const { tenantId, role } = caller.value;
  let shop: DemoShop | null;
  try {
    shop = readDemoShop(options.resourcesDir, tenantId);
  } catch (error) {
    return notServed(messageOf(error));
  }
  if (!shop) return notServed(`the tenant "${tenantId}" has no demo website (${DEMO_SHOP_FILE})`);
  const widget = await readShopWidget(client);
  if (!widget.ok) return notServed(`its chat widget could not be read (${widget.error.message})`);
  if (!widget.value) return notServed(`the tenant "${tenantId}" has no enabled chat widget`);
  let server: PageServer;
  try {
    server = await startPageServer(options.port, shopFiles(shop, widget.value, options.queueUrl, tenantId));
  } catch (error) {
    const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    return notServed(inUse ? `port ${options.port} is in use (--shop-port N picks another)` : messageOf(error));
  }
  const origin = await allowShopOrigin(widget.value, server.origin, role === 'admin' ? client : null);
  let warning: string | null = null;
  if (!origin.ok) warning = `${server.origin} could not be allowed: ${origin.error.message}`;
  else if (typeof origin.value === 'object') warning = origin.value.notAllowed;
  return { served: true, url: `${server.origin}${DEMO_SHOP_PATH}`, warning, close: () => server.close() };
}

/** The page (with its Content-Security-Policy: the queue's origin for the widget) and its stylesheet. */
function shopFiles(
  shop: DemoShop,
  widget: ShopWidget,
  queueUrl: string,
  tenantId: string,
): (path: string) => ServedFile | null {
  const page: ServedFile = {
    contentType: 'text/html; charset=utf-8',
    body: demoShopHtml(shop, { queueUrl, tenantId, publicKey: widget.value.publicKey }),
    headers: { 'content-security-policy': widgetHostPagePolicy(queueUrl), 'referrer-policy': 'no-referrer' },
  };
  const stylesheet: ServedFile = {
    contentType: 'text/css; charset=utf-8',
    body: demoShopCss(widget.value.accentColor),
  };
  return (path) => (path === DEMO_SHOP_PATH ? page : path === DEMO_SHOP_STYLESHEET_PATH ? stylesheet : null);
}

function notServed(reason: string): DemoShopStart {
  return { served: false, reason };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
