import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The team lead's screens' texts (tabs, dashboard, review sample): the `lead` namespace, one catalog per UI language
 * in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('lead', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
