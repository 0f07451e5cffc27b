import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { WIDGET_LIMITS } from '../../shared/api/widget-contract.js';
import en from '../../widget/locales/en.js';
import { launchChromium } from '../helpers/browser.js';
import { startTestQueue, type TestQueue } from '../helpers/queue-server.js';
import { saveSetting } from '../helpers/queue-tenant-settings.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { startWidgetHostPages, type WidgetHostPages } from '../helpers/widget-host-page.js';
import { saveWidgetSetting, testWidget } from '../helpers/widget-settings.js';

const HOST = 'switchboard-chat';
const PUBLIC_KEY = 'pk_ResilienceWidget001';

/**
 * The widget when the network misbehaves, in Chromium, talking to a real queue through a TCP proxy the test cuts: a
 * dropped connection is said ("Reconnecting…", then "Connected again.") and the conversation goes on; past the
 * visitor's message limit the queue answers 429 and the widget asks to wait, the typed text kept in the input.
 */
describe('the chat widget over a dropped connection and past the rate limit, in Chromium', () => {
  let queue: TestQueue;
  let proxy: TcpProxy;
  let pages: WidgetHostPages;
  let browser: Browser;

  beforeAll(async () => {
    queue = await startTestQueue();
    proxy = await startTcpProxy(Number(new URL(queue.url).port));
    const queueUrl = `http://127.0.0.1:${proxy.port}`;
    await saveSetting(new QueueClient({ baseUrl: queue.url, token: queue.tokens.admin }), 'queue', 'cards', {
      name: 'Cards',
    });
    pages = await startWidgetHostPages({ queueUrl, tenantId: queue.tenantId, publicKey: PUBLIC_KEY });
    const widget = testWidget({ queueId: 'cards', allowedOrigins: [pages.allowed.origin], publicKey: PUBLIC_KEY });
    await saveWidgetSetting(queue.url, queue.tokens.admin, 'website', widget);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.stop();
    await proxy?.close();
    await queue?.close();
  });

  it('says it reconnects and is back after a drop, then asks to wait past the limit and keeps the text', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(pages.allowed.url);
      const widget = page.locator(HOST);
      await widget.locator('button.launcher').click();
      const input = widget.locator('textarea#message');
      await input.fill('My card was declined.');
      await input.press('Enter');
      await widget.locator('li.message.customer:not(.sending)').waitFor();

      // The connection drops: the notice says so, then says the widget is back.
      const notice = widget.locator('.notice');
      await expect.poll(() => proxy.open()).toBeGreaterThan(0);
      proxy.dropAll();
      await expect.poll(() => notice.textContent()).toBe(en.reconnecting);
      await expect.poll(() => notice.textContent()).toBe(en.reconnected);

      // The visitor writes fast: past the limit (a burst of the minute's messages, refilling as time passes) the queue
      // refuses, the widget asks to wait and puts the refused text back in the input.
      const waitPlease = /^Too many messages\. Please wait \d+ seconds?, then send again\.$/;
      for (let sent = 1; sent <= 2 * WIDGET_LIMITS.messagesPerVisitorPerMinute; sent++) {
        if (waitPlease.test((await notice.textContent()) ?? '')) break;
        await input.fill(`Message ${sent}`);
        await input.press('Enter');
      }
      await expect.poll(() => notice.textContent()).toMatch(waitPlease);
      // Every refused text is back (two when the second was sent before the first refusal came back).
      await expect.poll(() => input.inputValue()).toMatch(/^Message \d+(\nMessage \d+)*$/);
      const stored = await queue.call<{ tickets: Array<{ id: string }> }>('GET', '/v1/tickets');
      const ticket = await queue.call<{ messages: Array<{ author: string; text: string }> }>(
        'GET',
        `/v1/tickets/${stored.body.tickets[0]?.id}`,
      );
      const texts = ticket.body.messages.filter((message) => message.author === 'customer').map((m) => m.text);
      expect(new Set(texts).size, 'each message stored once').toBe(texts.length);
      // What the widget put back is what the queue refused: none of it was stored.
      for (const refused of (await input.inputValue()).split('\n')) expect(texts).not.toContain(refused);
    } finally {
      await context.close();
    }
  });
});
