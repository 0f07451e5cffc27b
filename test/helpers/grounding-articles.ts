/**
 * Articles for the grounding tests and the retrieval bench: the payments demo's published articles as its seed makes
 * them (lib/tenant-seed), and small articles of our own (Japanese, Chinese, a draft) built as settings entries.
 */
import { fileURLToPath } from 'node:url';
import { settingsFromSeedItems } from '../../engine/seed-tenant.js';
import { readTenantSeed } from '../../lib/tenant-seed/tenant-seed.js';
import type { ArticleSetting } from '../../shared/settings/setting-values.js';
import type { SettingEntry, TenantSettings } from '../../shared/settings/tenant-settings.js';

const PAYMENTS_SEED_DIR = fileURLToPath(new URL('../../resources/tenants/payments', import.meta.url));

/** The payments demo's settings as its seed makes them: its articles (published where the AI may answer), macros. */
export function paymentsSettings(): TenantSettings {
  return settingsFromSeedItems(readTenantSeed(PAYMENTS_SEED_DIR).items);
}

/** One article as the settings feed hands it out. */
export function articleEntry(
  id: string,
  versions: ArticleSetting['versions'],
  status: ArticleSetting['status'] = 'published',
  version = 1,
): SettingEntry<'article'> {
  return {
    id,
    version,
    value: { status, intents: [], versions },
    savedAt: new Date(0).toISOString(),
    savedBy: 'test',
  };
}

/** Card delivery in Japanese and Chinese (the payments demo has neither). */
export const CJK_DELIVERY = articleEntry('card_delivery_cjk', {
  ja: {
    title: 'カードのお届け',
    body: 'カードはご注文から5〜7営業日でお届けします。速達の場合は2営業日です。10営業日を過ぎても届かない場合は、アプリのカード > 未着を報告から連絡してください。無料で再発行します。',
  },
  zh: {
    title: '卡片配送',
    body: '卡片将在下单后5至7个工作日内送达，加急配送为2个工作日。如果10个工作日后仍未收到，请在应用中点击 卡片 > 报告未收到，我们会免费补发新卡。',
  },
});
