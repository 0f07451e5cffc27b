import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The texts of the lead's routing policy editor and its preview: the `routing` namespace, one catalog per UI language
 * in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('routing', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
