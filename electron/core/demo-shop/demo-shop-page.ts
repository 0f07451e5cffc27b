import type { DemoShop } from '../../../lib/tenant-seed/demo-shop-file.js';
import { escapeHtml, widgetScriptTag, type WidgetEmbed } from '../../../lib/widget-embed.js';

/** Where the demo shop's page and its stylesheet are served. */
export const DEMO_SHOP_PATH = '/demo-shop';
export const DEMO_SHOP_STYLESHEET_PATH = `${DEMO_SHOP_PATH}/shop.css`;

/**
 * The demo tenant's website: its name and tagline, the signed-in customer, its panels (an account's facts, products,
 * orders), the questions to try in the chat, and the tenant's chat widget. Every text is escaped; the page has no
 * inline script or style, so its Content-Security-Policy needs neither.
 */
export function demoShopHtml(shop: DemoShop, embed: WidgetEmbed): string {
  const panels = shop.panels.map((panel, index) => {
    const rows = panel.rows.map(
      (row) =>
        `<div class="row"><dt>${escapeHtml(row.label)}</dt><dd><span class="value">${escapeHtml(row.value)}</span>${
          row.note ? `<span class="note">${escapeHtml(row.note)}</span>` : ''
        }</dd></div>`,
    );
    return `<section class="panel" aria-labelledby="panel-${index}"><h2 id="panel-${index}">${escapeHtml(panel.heading)}</h2><dl>${rows.join('')}</dl></section>`;
  });
  const questions = shop.tryAsking.questions.map((question) => `<li>${escapeHtml(question)}</li>`);
  return `<!doctype html>
<html lang="${escapeHtml(shop.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(shop.name)}</title>
<link rel="stylesheet" href="${DEMO_SHOP_STYLESHEET_PATH}">
${widgetScriptTag(embed)}
</head>
<body>
<header class="site-header">
<h1>${escapeHtml(shop.name)}</h1><p class="tagline">${escapeHtml(shop.tagline)}</p>
<p class="signed-in">${escapeHtml(shop.signedIn)}</p>
</header>
<main>
<aside class="try-asking" aria-labelledby="try-asking"><h2 id="try-asking">${escapeHtml(shop.tryAsking.heading)}</h2><ul>${questions.join('')}</ul></aside>
<div class="panels">${panels.join('\n')}</div>
</main>
<footer><p>${escapeHtml(shop.footnote)}</p></footer>
</body>
</html>
`;
}

/** The page's stylesheet in the widget's accent colour (a checked `#rrggbb`, WidgetSettingSchema). */
export function demoShopCss(accentColor: string): string {
  return `:root { --accent: ${accentColor}; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1c1f24; background: #f4f6f9; }
.site-header { padding: 1.25rem 2rem; background: var(--accent); color: #fff; }
.site-header h1 { margin: 0; font-size: 1.6rem; }
.tagline { margin: 0.25rem 0 0; }
.signed-in { margin: 0.5rem 0 0; font-weight: 600; }
/* Left-aligned and narrow enough that the open chat panel at the right leaves the page readable. */
main { display: grid; grid-template-columns: minmax(14rem, 1fr) minmax(0, 2fr); align-items: start; gap: 1.5rem;
  max-width: 52rem; margin: 2rem; }
.panels { display: grid; gap: 1.5rem; }
.panel, .try-asking { background: #fff; border-radius: 0.75rem; padding: 1.25rem 1.5rem;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.12); }
h2 { margin: 0 0 0.75rem; font-size: 1.15rem; }
dl { margin: 0; }
.row { display: flex; justify-content: space-between; gap: 1rem; padding: 0.6rem 0; border-top: 1px solid #e3e7ee; }
.row:first-child { border-top: none; }
dt { font-weight: 600; }
dd { margin: 0; text-align: end; }
.value { display: block; }
.note { display: block; color: #4a5361; font-size: 0.875rem; }
.try-asking ul { margin: 0; padding-inline-start: 1.25rem; }
.try-asking li { margin: 0.5rem 0; }
footer { max-width: 52rem; margin: 0 2rem 6rem; color: #4a5361; font-size: 0.875rem; }
@media (max-width: 48rem) { main { grid-template-columns: 1fr; } }
`;
}
