import type { WidgetConversation, WidgetSession } from '../../../shared/api/widget-contract.js';
import type { WidgetSetting } from '../../../shared/settings/setting-values.js';
import type { TestQueue } from '../../helpers/queue-server.js';
import { saveWidgetSetting, testWidget } from '../../helpers/widget-settings.js';

export const SHOP_ORIGIN = 'https://shop.example';
export const WIDGET_KEY = 'pk_TestWidgetKey000001';
export const WIDGET_QUEUE = 'web-chat';

/** The test queue's tenant with an owner queue and a widget shown on SHOP_ORIGIN (fields overridden). */
export async function withWidget(queue: TestQueue, fields: Partial<WidgetSetting> = {}): Promise<void> {
  if (!(await queue.store.listOwnerQueues(queue.tenantId)).some((owner) => owner.id === WIDGET_QUEUE))
    await queue.store.createOwnerQueue(queue.tenantId, { id: WIDGET_QUEUE, name: 'Web chat' });
  await saveWidgetSetting(
    queue.url,
    queue.tokens.admin,
    'site',
    testWidget({ queueId: WIDGET_QUEUE, allowedOrigins: [SHOP_ORIGIN], publicKey: WIDGET_KEY, ...fields }),
  );
}

export interface VisitorAnswer<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** A request as the widget on a page of `origin` sends it (null: no Origin header). */
export async function visitorCall<T = WidgetConversation>(
  queue: TestQueue,
  method: string,
  path: string,
  options: { origin?: string | null; session?: string; body?: unknown; token?: string } = {},
): Promise<VisitorAnswer<T>> {
  const origin = options.origin === undefined ? SHOP_ORIGIN : options.origin;
  const headers: Record<string, string> = {};
  if (origin !== null) headers.origin = origin;
  const bearer = options.session ?? options.token;
  if (bearer !== undefined) headers.authorization = `Bearer ${bearer}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${queue.url}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === '' ? null : JSON.parse(text)) as T };
}

/** A new anonymous visitor's session on the test widget. */
export async function newVisitor(queue: TestQueue): Promise<WidgetSession> {
  const answer = await visitorCall<WidgetSession>(queue, 'POST', `/v1/widget/${queue.tenantId}/sessions`, {
    body: { key: WIDGET_KEY, language: 'pt-BR' },
  });
  if (answer.status !== 201)
    throw new Error(`The session was answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The visitor sends a message; the answer is the queue's. */
export function sendMessage(
  queue: TestQueue,
  session: string,
  text: string,
  clientMessageId: string,
): Promise<VisitorAnswer<WidgetConversation>> {
  return visitorCall(queue, 'POST', '/v1/widget/messages', { session, body: { clientMessageId, text } });
}
