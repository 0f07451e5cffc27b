import { WIDGET_SCRIPT_ATTRIBUTES } from '../shared/api/widget-constants.js';
import type { WidgetIdentity } from '../shared/api/widget-contract.js';

/** What the host page asked for: the queue (the script's own origin), the tenant, the widget's key, the customer. */
export interface EmbedOptions {
  readonly queueOrigin: string;
  readonly tenantId: string;
  readonly key: string;
  readonly identity: WidgetIdentity | null;
}

/** The namespaced object a host page may set before the script: `window.SwitchboardWidget = { identity: {...} }`. */
export const GLOBAL_NAME = 'SwitchboardWidget';

/** The script tag as far as the widget reads it. */
export interface ScriptTag {
  readonly src: string;
  getAttribute(name: string): string | null;
}

/** Why the widget does not start, for the one console.warn to the site's developer. */
export type EmbedProblem = string;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value : undefined);

/** The identity from `window.SwitchboardWidget.identity`, else from the tag's data-customer-* attributes. */
function identityOf(tag: ScriptTag, global: unknown): WidgetIdentity | null {
  const given = (global as { identity?: Record<string, unknown> } | undefined)?.identity;
  const customerId = text(given?.customerId) ?? text(tag.getAttribute(WIDGET_SCRIPT_ATTRIBUTES.customerId));
  const signature = text(given?.signature) ?? text(tag.getAttribute(WIDGET_SCRIPT_ATTRIBUTES.customerSignature));
  if (!customerId || !signature) return null;
  const name = text(given?.name) ?? text(tag.getAttribute(WIDGET_SCRIPT_ATTRIBUTES.customerName));
  const email = text(given?.email) ?? text(tag.getAttribute(WIDGET_SCRIPT_ATTRIBUTES.customerEmail));
  return { customerId, signature, ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

/** The options of the widget's script tag, or what is missing. */
export function readEmbedOptions(tag: ScriptTag | null, global: unknown): EmbedOptions | EmbedProblem {
  if (!tag) return 'widget.js must be loaded by a <script> tag (document.currentScript is not set).';
  let queueOrigin: string;
  try {
    queueOrigin = new URL(tag.src).origin;
  } catch {
    return `widget.js could not read its own address (${tag.src}).`;
  }
  const tenantId = text(tag.getAttribute(WIDGET_SCRIPT_ATTRIBUTES.tenant));
  const key = text(tag.getAttribute(WIDGET_SCRIPT_ATTRIBUTES.key));
  if (!tenantId || !key)
    return `The widget's script tag needs ${WIDGET_SCRIPT_ATTRIBUTES.tenant} and ${WIDGET_SCRIPT_ATTRIBUTES.key}.`;
  return { queueOrigin, tenantId, key, identity: identityOf(tag, global) };
}
