import { stringNamespace, type CatalogTree } from '../../../../../shared/i18n/catalog.js';

/**
 * The admin screen's texts for the chat widget, webhooks and the generic channel (signing secrets, delivery logs):
 * the `integrations` namespace, one catalog per UI language in this folder (en.ts is the reference).
 */
export default stringNamespace(
  'integrations',
  import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }),
);
