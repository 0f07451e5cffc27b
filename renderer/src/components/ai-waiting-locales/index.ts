import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The inbox's texts while tickets wait for the AI (inbox-empty-message.ts): the `aiWaiting` namespace, one catalog per
 * UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace(
  'aiWaiting',
  import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }),
);
