import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsFromSeedItems } from '../../../engine/seed-tenant.js';
import { readTenantSeed } from '../../../lib/tenant-seed/tenant-seed.js';
import { intentAnswersFromArticles, type IntentAnswers } from '../../../shared/settings/article-knowledge.js';
import { REPO_ROOT } from '../ai/fixtures.js';
import { articleOf } from '../../helpers/queue-tenant-settings.js';

const answersOf = (articles: Parameters<typeof articleOf>[1]) =>
  intentAnswersFromArticles(
    settingsFromSeedItems([{ kind: 'article', id: 'a', value: articleOf('x', articles) }]).article,
  );

describe('the answers the built-in engine sends from published articles', () => {
  it('sends an article written in Markdown as plain text: emphasis gone, a link with its address, list items as lines', () => {
    const body = [
      '## Card delivery',
      '',
      'Your card arrives **within 5 business days**. Follow it in *Card > Track delivery*',
      'or on [our status page](https://status.example.test/cards).',
      '',
      '- Standard: free',
      '- Express: `9.90 EUR`',
      '',
      '1. Open the app',
      '2. Tap **Card**',
    ].join('\n');
    expect(answersOf({ en: body, de: 'Sie kommt in __5 Tagen__.' })).toEqual({
      x: {
        en: [
          'Card delivery',
          '',
          'Your card arrives within 5 business days. Follow it in Card > Track delivery or on our status page (https://status.example.test/cards).',
          '',
          '- Standard: free',
          '- Express: 9.90 EUR',
          '',
          '1. Open the app',
          '2. Tap Card',
        ].join('\n'),
        de: 'Sie kommt in 5 Tagen.',
      },
    });
  });

  it('sends a plain-text article as written, its paragraphs apart by their blank line', () => {
    const body = 'It arrives in 5–7 days; see Card > Track delivery (3 * 2 = 6).\n\nStill missing? Write to us.';
    expect(answersOf({ en: body })).toEqual({ x: { en: body } });
  });
});

/** Seed articles written in Markdown on purpose, by tenant, article id and language: the plain text they answer with. */
const MARKDOWN_SEED_ANSWERS: Record<string, string> = {
  'retail/order-status/en':
    'Every Harbor Goods order is pending, processed, delivered or cancelled.\n\n- A pending order has not left the warehouse yet: you can still change its address, payment method or item options, or cancel it.\n- A processed order is on its way and can no longer be changed.\n- A delivered order can be returned or exchanged.\n\nYou find each order and its status in your account under Orders.',
  'retail/order-status/es':
    'Cada pedido de Harbor Goods está pendiente, procesado, entregado o cancelado.\n\n- Un pedido pendiente aún no ha salido del almacén: todavía puedes cambiar la dirección, el método de pago o las opciones de los artículos, o cancelarlo.\n- Un pedido procesado está en camino y ya no se puede cambiar.\n- Un pedido entregado se puede devolver o cambiar.\n\nEncontrarás cada pedido y su estado en tu cuenta, en Pedidos.',
};

describe('the demo seeds answer as before', () => {
  const tenantsDir = join(REPO_ROOT, 'resources', 'tenants');
  const tenants = readdirSync(tenantsDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());

  it('has the seeds this test checks', () => {
    expect(tenants.map((tenant) => tenant.name)).toEqual(expect.arrayContaining(['payments', 'retail']));
  });

  it.each(tenants.map((tenant) => tenant.name))(
    '%s: every published seed article answers with its text byte for byte (the Markdown ones listed above: their plain text)',
    (tenant) => {
      const articles = settingsFromSeedItems(readTenantSeed(join(tenantsDir, tenant)).items).article;
      const expected: IntentAnswers = {};
      let plainVersions = 0;
      for (const article of articles) {
        if (article.value.status !== 'published') continue;
        for (const intent of article.value.intents)
          for (const [language, version] of Object.entries(article.value.versions)) {
            const markdownAnswer = MARKDOWN_SEED_ANSWERS[`${tenant}/${article.id}/${language}`];
            if (markdownAnswer === undefined) plainVersions++;
            (expected[intent] ??= {})[language] ??= markdownAnswer ?? version.body;
          }
      }
      expect(plainVersions).toBeGreaterThan(0);
      expect(intentAnswersFromArticles(articles)).toEqual(expected);
    },
  );
});
