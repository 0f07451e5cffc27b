import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokensOfTenant } from '../../lib/embedded-queue.js';
import { QueueClient } from '../../lib/queue-client/queue-client.js';
import { verifySignedRequest } from '../../lib/request-signing.js';
import { newSecretKeyText, SECRET_KEY_ENV } from '../../server/secrets/secret-key.js';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../shared/channels/request-signature.js';
import { WebhookEventSchema } from '../../shared/channels/webhook-events.js';
import { seriousViolations } from '../helpers/browser-axe.js';
import { REPO_ROOT, waitFor } from '../helpers/child-process.js';
import { activeTestId } from '../helpers/console-page.js';
import { consoleInBrowserPerFile } from '../helpers/e2e-console.js';
import { screenshotPath } from '../helpers/e2e-page-steps.js';

const WIDGET_ID = 'shop-chat';
const WEBHOOK_ID = 'crm';
const SHOP_ORIGIN = 'https://shop.example.com';

/** A webhook receiver on 127.0.0.1 that answers 200 and keeps what it was sent. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * Issue 16's admin screen in Chromium against a real queue: an admin makes a chat widget by the keyboard (a bad
 * origin refused on its field, a public key made in the browser, the embed snippet with the queue's address, the
 * identity secret shown once and never again), and a webhook (a bad URL and no events on their fields, its signing
 * secret shown once) whose delivery log shows the delivery of a new ticket's event to a receiver this test runs,
 * signed with that secret; Redeliver sends the same event again; and a generic channel (its reply URL checked on the
 * field, the inbound URL for its adapter, the channel secret shown once). Each step axe clean; one screenshot.
 */
describe('the chat widget and webhooks in the admin screen', () => {
  const secretKey = newSecretKeyText();
  const e2e = consoleInBrowserPerFile({
    role: 'admin',
    autopilot: false,
    queueEnv: () => ({ [SECRET_KEY_ENV]: secretKey }),
  });
  const received: Received[] = [];
  let receiver: Server;
  let receiverUrl = '';
  beforeAll(async () => {
    receiver = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        response.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

  const admin = () =>
    new QueueClient({ baseUrl: e2e.stack.queueUrl, token: tokensOfTenant(e2e.stack.tokens, undefined).tokens.admin });
  const storedValue = async (kind: string, id: string) => {
    const page = await admin().listSettings(0, 1000);
    if (!page.ok) throw new Error(page.error.message);
    return page.value.items.find((item) => item.kind === kind && item.id === id)?.value;
  };
  const axeClean = async (page: Page) =>
    expect(await seriousViolations(page, '[data-testid="admin-screen"]')).toEqual([]);
  const openSection = async (page: Page, kind: string) => {
    await page.getByTestId(`admin-section-${kind}`).click();
    await page.getByTestId(`admin-${kind}`).waitFor();
  };
  const openItem = (page: Page, kind: string, id: string) =>
    page.getByTestId(`admin-${kind}`).locator(`[data-item-id="${id}"]`).click();

  it('makes a widget: a bad origin on its field, a key from the browser, the snippet, the identity secret once', async () => {
    const { page } = e2e;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('nav-admin').click({ timeout: 15_000 });
    await openSection(page, 'widget');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => activeTestId(page)).toBe('admin-id');
    await page.keyboard.type(WIDGET_ID);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Shop chat');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('widget-queue').inputValue()).not.toBe('');
    await page.getByTestId('widget-greeting-en').fill('Hi! Ask us anything about your order.');
    const key = await page.getByTestId('widget-key').inputValue();
    expect(key).toMatch(/^pk_[A-Za-z0-9]{24}$/);

    // An origin with a path is refused on the field that adds it; Enter there does not save the form.
    const newOrigin = page.getByTestId('widget-new-origin');
    await newOrigin.focus();
    await page.keyboard.type('shop.example.com/cart');
    await page.keyboard.press('Enter');
    await expect.poll(() => newOrigin.getAttribute('aria-invalid')).toBe('true');
    const described = await newOrigin.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${described?.split(' ').at(-1)}"]`).textContent()).toMatch(
      /https:\/\/host:port, without a path/,
    );
    await axeClean(page);
    expect(await storedValue('widget', WIDGET_ID)).toBeUndefined();
    await page.keyboard.press('Control+a');
    await page.keyboard.type(`${SHOP_ORIGIN}/`);
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('widget-origin').inputValue()).toBe(SHOP_ORIGIN);
    expect(await newOrigin.getAttribute('aria-invalid')).toBeNull();

    await page.keyboard.press('Control+s');
    await page.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await storedValue('widget', WIDGET_ID)).toMatchObject({
      title: 'Shop chat',
      publicKey: key,
      allowedOrigins: [SHOP_ORIGIN],
      greeting: { en: 'Hi! Ask us anything about your order.' },
    });
    const tenantId = tokensOfTenant(e2e.stack.tokens, undefined).tenantId;
    expect(await page.getByTestId('widget-snippet').inputValue()).toBe(
      `<script src="${e2e.stack.queueUrl}/widget.js" data-tenant="${tenantId}" data-key="${key}" async></script>`,
    );

    // The identity secret: made on the queue, shown once here.
    await page.getByTestId('secret-since').and(page.locator('[data-set="false"]')).waitFor({ timeout: 15_000 });
    await page.getByTestId('secret-make').click();
    const secret = await page.getByTestId('secret-value').inputValue({ timeout: 15_000 });
    expect(secret).toMatch(/^idsec_/);
    expect(await page.getByTestId('secret-once').textContent()).toBe('Copy it now: it will not be shown again.');
    await axeClean(page);
    // Opened again, the widget says a secret is in use and shows it no more.
    await page.getByTestId('admin-close').click();
    await openItem(page, 'widget', WIDGET_ID);
    await page.getByTestId('secret-since').and(page.locator('[data-set="true"]')).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('secret-shown').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
  });

  it('makes a generic channel: its reply URL, the inbound URL for the adapter, the channel secret once', async () => {
    const { page } = e2e;
    await openSection(page, 'channel');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => activeTestId(page)).toBe('admin-id');
    await page.keyboard.type('sms');
    await page.keyboard.press('Tab');
    await page.keyboard.type('SMS');
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('channel-type');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('channel-type').inputValue()).toBe('webhook');
    await page.getByTestId('channel-queue').selectOption({ index: 1 });
    await page.getByTestId('channel-replyUrl').fill('http://sms.example.com/replies');
    await page.keyboard.press('Control+s');
    const replyUrl = page.getByTestId('channel-replyUrl');
    await expect.poll(() => replyUrl.getAttribute('aria-invalid')).toBe('true');
    await replyUrl.fill('http://127.0.0.1:9/replies');
    await page.keyboard.press('Control+s');
    await page.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await storedValue('channel', 'sms')).toMatchObject({
      type: 'webhook',
      config: { replyUrl: 'http://127.0.0.1:9/replies' },
    });
    const tenantId = tokensOfTenant(e2e.stack.tokens, undefined).tenantId;
    expect(await page.getByTestId('channel-inbound-url').inputValue()).toBe(
      `${e2e.stack.queueUrl}/v1/inbound/${tenantId}/sms`,
    );
    await page.getByTestId('secret-make').click();
    expect(await page.getByTestId('secret-value').inputValue({ timeout: 15_000 })).toMatch(/^chsec_/);
    await axeClean(page);
  });

  it('makes a webhook whose delivery log shows a ticket event delivered, signed with the secret shown once', async () => {
    const { page } = e2e;
    await openSection(page, 'webhook');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => activeTestId(page)).toBe('admin-id');
    await page.keyboard.type(WEBHOOK_ID);
    await page.keyboard.press('Tab');
    await page.keyboard.type('CRM');
    await page.keyboard.press('Tab');
    await page.keyboard.type('http://crm.example.com/hooks');
    await page.keyboard.press('Control+s');
    // Plain http to another machine and no event: each said on its field, nothing stored.
    const url = page.getByTestId('webhook-url');
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => activeTestId(page)).toBe('webhook-url');
    expect(await page.getByTestId('webhook-events').textContent()).toContain('Choose at least one event.');
    await axeClean(page);
    expect(await storedValue('webhook', WEBHOOK_ID)).toBeUndefined();

    await url.fill(receiverUrl);
    await page.getByTestId('webhook-event-ticket.created').check();
    await page.keyboard.press('Control+s');
    await page.getByTestId('admin-saved').waitFor({ timeout: 15_000 });
    expect(await storedValue('webhook', WEBHOOK_ID)).toMatchObject({ url: receiverUrl, events: ['ticket.created'] });

    await page.getByTestId('secret-make').click();
    const secret = await page.getByTestId('secret-value').inputValue({ timeout: 15_000 });
    expect(secret).toMatch(/^whsec_/);
    await page.getByTestId('delivery-log-empty').waitFor({ timeout: 15_000 });

    // A new ticket: its event reaches the receiver, signed with the secret the admin saw once.
    const ticket = await e2e.stack.postTicket('Where is my parcel?', 'My order 1042 has not arrived yet.');
    const delivery = await waitFor(async () => received[0] ?? null, 60_000, 'the ticket.created delivery');
    expect(
      verifySignedRequest({
        secret,
        timestampHeader: String(delivery.headers[TIMESTAMP_HEADER]),
        signatureHeader: String(delivery.headers[SIGNATURE_HEADER]),
        body: delivery.body,
        nowMs: Date.now(),
      }),
    ).toEqual({ ok: true });
    const event = WebhookEventSchema.parse(JSON.parse(delivery.body));
    expect(event).toMatchObject({ type: 'ticket.created', ticket: { id: ticket.ticket.id } });

    // The log (read again every 10 s while open) says delivered, with the receiver's answer.
    const item = page.getByTestId('delivery-log-item').and(page.locator('[data-event="ticket.created"]'));
    await item.and(page.locator('[data-state="delivered"]')).waitFor({ timeout: 30_000 });
    await item.getByRole('button').first().focus();
    await page.keyboard.press('Enter');
    const attempt = page.getByTestId('delivery-log-attempt').first();
    expect(await attempt.getAttribute('data-status')).toBe('200');
    expect(await attempt.textContent()).toContain('thanks');
    await axeClean(page);
    await page.getByTestId('delivery-log').scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('chat-admin-1280.png'), fullPage: true });
    mkdirSync(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(screenshotPath('chat-admin-1280.png'), join(REPO_ROOT, 'docs', 'screenshots', 'chat-admin-1280.png'));

    // Redeliver: the same event once more, with its event id.
    await page.getByTestId('delivery-log-redeliver').click();
    const again = await waitFor(async () => received[1] ?? null, 30_000, 'the redelivery');
    expect(again.headers[EVENT_ID_HEADER]).toBe(delivery.headers[EVENT_ID_HEADER]);
    expect(JSON.parse(again.body)).toMatchObject({ id: event.id, type: 'ticket.created' });
  });
});
