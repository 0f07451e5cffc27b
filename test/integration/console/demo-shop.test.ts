import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDemoShop, type DemoShopStart } from '../../../electron/core/demo-shop/demo-shop.js';
import { startPageServer } from '../../../lib/page-server.js';
import { RESOURCES_DIR } from '../../../lib/paths.js';
import { QueueClient } from '../../../lib/queue-client/queue-client.js';
import { latestSettings } from '../../../lib/queue-client/latest-settings.js';
import { freePort } from '../../helpers/child-process.js';
import { startTestQueue, type TestQueue } from '../../helpers/queue-server.js';
import { saveSetting } from '../../helpers/queue-tenant-settings.js';
import { saveWidgetSetting, testWidget } from '../../helpers/widget-settings.js';

const SITE = 'https://www.northwind.example';

describe('the demo shop of npm run serve', () => {
  let queue: TestQueue;
  let shop: DemoShopStart | undefined;

  beforeEach(async () => {
    queue = await startTestQueue();
    const admin = new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin });
    await saveSetting(admin, 'queue', 'general', { name: 'General' });
  });
  afterEach(async () => {
    if (shop?.served) await shop.close();
    shop = undefined;
    await queue.close();
  });

  const widgetNow = async () => {
    const settings = await latestSettings(new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin }));
    if (!settings.ok) throw new Error(settings.error.message);
    return settings.value.find((item) => item.kind === 'widget' && item.id === 'website');
  };
  const start = async (token: string, port = 0) => {
    shop = await startDemoShop({ port, queueUrl: queue.url, token, resourcesDir: RESOURCES_DIR });
    return shop;
  };
  const served = (started: DemoShopStart) => {
    if (!started.served) throw new Error(`The shop was not served: ${started.reason}`);
    return started;
  };

  it("serves the tenant's website with its widget, the queue allowed by its CSP, and allows its own origin", async () => {
    const saved = testWidget({ queueId: 'general', allowedOrigins: [SITE], accentColor: '#0b5cad', title: 'Help' });
    await saveWidgetSetting(queue.url, queue.tokens.admin, 'website', saved);
    const { url, warning } = served(await start(queue.tokens.admin));
    expect(warning).toBeNull();
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' ${queue.url}`);
    expect(policy).toContain(`connect-src ${queue.url}`);
    expect(policy).not.toContain('unsafe-inline');
    const html = await page.text();
    expect(html).toContain('<title>Northwind Pay</title>');
    expect(html).toContain(
      `<script src="${queue.url}/widget.js" data-tenant="payments" data-key="${saved.publicKey}" defer></script>`,
    );
    const stylesheet = await fetch(new URL('/demo-shop/shop.css', url));
    expect(await stylesheet.text()).toContain('--accent: #0b5cad');
    expect((await fetch(new URL('/elsewhere', url))).status).toBe(404);

    const stored = await widgetNow();
    expect(stored?.value).toEqual({ ...saved, allowedOrigins: [SITE, new URL(url).origin] });
    expect(stored?.version).toBe(2);
  });

  it('leaves the widget alone when its origin is allowed already', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    await saveWidgetSetting(
      queue.url,
      queue.tokens.admin,
      'website',
      testWidget({ queueId: 'general', allowedOrigins: [origin] }),
    );
    const { url, warning } = served(await start(queue.tokens.admin, port));
    expect(new URL(url).origin).toBe(origin);
    expect(warning).toBeNull();
    expect((await widgetNow())?.version).toBe(1);
  });

  it("with a console's token only, serves the shop and says the origin needs an admin, changing nothing", async () => {
    await saveWidgetSetting(
      queue.url,
      queue.tokens.admin,
      'website',
      testWidget({ queueId: 'general', allowedOrigins: [SITE] }),
    );
    const { url, warning } = served(await start(queue.tokens.agent));
    expect(warning).toContain(`does not allow ${new URL(url).origin}`);
    expect((await widgetNow())?.version).toBe(1);
  });

  it('is not served without an enabled widget, nor on a port in use', async () => {
    expect(await start(queue.tokens.admin)).toEqual({
      served: false,
      reason: 'the tenant "payments" has no enabled chat widget',
    });
    await saveWidgetSetting(
      queue.url,
      queue.tokens.admin,
      'website',
      testWidget({ queueId: 'general', allowedOrigins: [SITE], enabled: false }),
    );
    expect((await start(queue.tokens.admin)).served).toBe(false);

    await saveWidgetSetting(
      queue.url,
      queue.tokens.admin,
      'website',
      testWidget({ queueId: 'general', allowedOrigins: [SITE] }),
    );
    const taken = await startPageServer(0, () => null);
    try {
      const port = Number(new URL(taken.origin).port);
      expect(await start(queue.tokens.admin, port)).toEqual({
        served: false,
        reason: `port ${port} is in use (--shop-port N picks another)`,
      });
    } finally {
      await taken.close();
    }
  });
});
