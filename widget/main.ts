import { accentColors } from './accent-colors.js';
import { GLOBAL_NAME, readEmbedOptions, type EmbedOptions } from './embed-options.js';
import { WidgetView } from './ui/widget-view.js';
import { widgetStyles } from './ui/widget-styles.js';
import { VisitorStorage } from './visitor-storage.js';
import { WidgetApi } from './widget-api.js';
import { WidgetController } from './widget-controller.js';
import { pickGreeting, widgetLanguage } from './widget-language.js';
import { widgetTranslator } from './widget-texts.js';
import { retryDelay } from './retry-delay.js';

/**
 * widget.js: the chat widget a tenant's website embeds with one script tag. Everything it shows lives in one shadow
 * root under a <switchboard-chat> element; the page's globals are left alone (it only reads window.SwitchboardWidget).
 */
const PREFIX = 'Switchboard chat widget:';

function warn(reason: string): void {
  console.warn(`${PREFIX} ${reason}. The launcher is not shown.`);
}

async function start(options: EmbedOptions): Promise<void> {
  const api = new WidgetApi(options.queueOrigin, options.tenantId, options.key);
  let config = await api.config();
  for (let failures = 1; config.kind === 'offline' || config.kind === 'rate_limited'; failures++) {
    await new Promise((resolve) => setTimeout(resolve, retryDelay(failures)));
    config = await api.config();
  }
  if (config.kind === 'refused') {
    warn(`the queue refused this page (${config.code}: ${config.message})`);
    return;
  }
  const { title, greeting, accentColor, position, requireIdentity } = config.value;
  if (requireIdentity && !options.identity) {
    warn('this widget requires identity verification, and the page gave no signed customer');
    return;
  }
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const language = widgetLanguage(preferred);
  const t = widgetTranslator(language.code);

  const host = document.createElement('switchboard-chat');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(widgetStyles(accentColors(accentColor), position));
  shadow.adoptedStyleSheets = [sheet];

  let warned = false;
  const controller = new WidgetController(
    options,
    api,
    new VisitorStorage(options.tenantId, options.key),
    language,
    t,
    (reason) => {
      controller.stop();
      host.remove();
      if (!warned) warn(reason);
      warned = true;
    },
  );
  const view = new WidgetView(t, language, title, pickGreeting(greeting, preferred), {
    opened: () => controller.opened(),
    send: (text) => controller.send(text),
    rate: (score, comment) => controller.rate(score, comment),
  });
  shadow.append(view.root);
  document.body.append(host);
  controller.attach(view);
}

const options = readEmbedOptions(
  document.currentScript instanceof HTMLScriptElement ? document.currentScript : null,
  (window as unknown as Record<string, unknown>)[GLOBAL_NAME],
);
if (typeof options === 'string') warn(options);
else if (document.body) void start(options);
else document.addEventListener('DOMContentLoaded', () => void start(options), { once: true });
