import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The customer panel's earlier tickets (issue 19): the `customerHistory` namespace, one catalog per UI language in this
 * folder (en.ts is the reference).
 */
export default stringNamespace(
  'customerHistory',
  import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }),
);
