import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { LanguageTagSchema } from '../../shared/settings/setting-values.js';
import { readJsonFile } from '../json-file.js';

/**
 * demo-shop.json in a demo tenant's seed folder: the tenant's own website as `npm run serve` shows it beside the
 * console (electron/core/demo-shop/), where a newcomer plays the customer in the chat widget. Content only, in the
 * site's language: the widget itself is the tenant's widget setting.
 */
export const DEMO_SHOP_FILE = 'demo-shop.json';

const text = (max: number) => z.string().trim().min(1).max(max);

export const DemoShopSchema = z.strictObject({
  /** The site's name, in its header and the page title. */
  name: text(80),
  tagline: text(200),
  /** The language the page is written in (its lang attribute). */
  language: LanguageTagSchema,
  /** The line saying who is signed in (a made-up customer). */
  signedIn: text(120),
  /** The page's boxes: an account's facts, a shop's products, orders. */
  panels: z
    .array(
      z.strictObject({
        heading: text(80),
        rows: z
          .array(z.strictObject({ label: text(120), value: text(120), note: text(200).optional() }))
          .min(1)
          .max(12),
      }),
    )
    .min(1)
    .max(6),
  /** Questions a newcomer may put to the chat, listed under a heading beside it. */
  tryAsking: z.strictObject({ heading: text(80), questions: z.array(text(200)).min(1).max(6) }),
  /** What this page is (a demo of a made-up company), in its footer. */
  footnote: text(400),
});
export type DemoShop = z.infer<typeof DemoShopSchema>;

/** The tenant's demo website from its seed folder, or null when the tenant ships none; an invalid file throws. */
export function readDemoShop(resourcesDir: string, tenantId: string): DemoShop | null {
  const file = join(resourcesDir, 'tenants', tenantId, DEMO_SHOP_FILE);
  return existsSync(file) ? readJsonFile(file, DemoShopSchema, 'demo shop') : null;
}
