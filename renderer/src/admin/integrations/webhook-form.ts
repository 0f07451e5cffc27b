import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '../../../../shared/channels/webhook-events.js';
import type { WebhookSetting } from '../../../../shared/settings/setting-values.js';
import type { SettingFormSpec } from '../setting-editor.js';

/** A webhook as its admin section edits it: the value itself (the events as chosen, in the list's order). */
export type WebhookForm = WebhookSetting;

export const WEBHOOK_FORM: SettingFormSpec<'webhook', WebhookForm> = {
  kind: 'webhook',
  fieldPaths: ['name', 'url', 'events', 'enabled'],
  blank: () => ({ name: '', url: '', events: [], enabled: true }),
  fromValue: (value) => ({ ...value, events: [...value.events] }),
  toValue: (form) => ({ ...form, url: form.url.trim() }),
};

/** The events with `event` switched on or off, in WEBHOOK_EVENT_TYPES' order. */
export function withEvent(
  events: readonly WebhookEventType[],
  event: WebhookEventType,
  on: boolean,
): WebhookEventType[] {
  return WEBHOOK_EVENT_TYPES.filter((type) => (type === event ? on : events.includes(type)));
}
