/** What a tenant hands on from the admin screen, built from the queue's address: the widget's tag, an inbound URL. */
import { WIDGET_SCRIPT_ATTRIBUTES, WIDGET_SCRIPT_PATH } from '../../../../shared/api/widget-constants.js';

const withoutTrailingSlash = (url: string) => url.replace(/\/+$/, '');

/** The script tag a tenant puts on its pages: the queue's widget.js with the tenant and the widget's public key. */
export function embedSnippet(queueUrl: string, tenantId: string, publicKey: string): string {
  const attribute = (name: string, value: string) => `${name}="${value.replace(/[&"<>]/g, escapeHtml)}"`;
  return (
    `<script src="${withoutTrailingSlash(queueUrl)}${WIDGET_SCRIPT_PATH}" ` +
    `${attribute(WIDGET_SCRIPT_ATTRIBUTES.tenant, tenantId)} ${attribute(WIDGET_SCRIPT_ATTRIBUTES.key, publicKey)} async></script>`
  );
}

function escapeHtml(character: string): string {
  return { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' }[character] ?? character;
}

/** Where a generic channel's adapter posts (shared/channels/messaging-channel.ts: POST /v1/inbound/:tenant/:channel). */
export function inboundUrl(queueUrl: string, tenantId: string, channelId: string): string {
  return `${withoutTrailingSlash(queueUrl)}/v1/inbound/${encodeURIComponent(tenantId)}/${encodeURIComponent(channelId)}`;
}
