import { WIDGET_SCRIPT_ATTRIBUTES, WIDGET_SCRIPT_PATH, type WidgetIdentity } from '../shared/api/widget-contract.js';

/** What a host page needs to show a tenant's chat widget: the queue it talks to, the tenant and the widget's key. */
export interface WidgetEmbed {
  queueUrl: string;
  tenantId: string;
  publicKey: string;
  /** The host site's signed-in customer, signed by its server (identity verification). */
  identity?: WidgetIdentity;
}

/** The widget's script tag for a host page (shared/api/widget-contract.ts: the tag's attributes). */
export function widgetScriptTag(embed: WidgetEmbed): string {
  const { identity } = embed;
  const attributes: Array<[string, string | undefined]> = [
    ['src', new URL(WIDGET_SCRIPT_PATH, embed.queueUrl).href],
    [WIDGET_SCRIPT_ATTRIBUTES.tenant, embed.tenantId],
    [WIDGET_SCRIPT_ATTRIBUTES.key, embed.publicKey],
    [WIDGET_SCRIPT_ATTRIBUTES.customerId, identity?.customerId],
    [WIDGET_SCRIPT_ATTRIBUTES.customerName, identity?.name],
    [WIDGET_SCRIPT_ATTRIBUTES.customerEmail, identity?.email],
    [WIDGET_SCRIPT_ATTRIBUTES.customerSignature, identity?.signature],
  ];
  const written = attributes
    .filter((attribute): attribute is [string, string] => attribute[1] !== undefined)
    .map(([name, value]) => `${name}="${escapeHtml(value)}"`);
  return `<script ${written.join(' ')} defer></script>`;
}

/**
 * A strict Content-Security-Policy for a page that shows the widget: its own files, and the queue's origin for the
 * widget's script, its requests and event stream, its styles and images; no inline script or style anywhere.
 */
export function widgetHostPagePolicy(queueUrl: string): string {
  const queue = new URL(queueUrl).origin;
  return [
    "default-src 'none'",
    `script-src 'self' ${queue}`,
    `connect-src ${queue}`,
    `style-src 'self' ${queue}`,
    `img-src 'self' ${queue} data:`,
    `font-src ${queue}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}
