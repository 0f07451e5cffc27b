import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * A public reply's delivery line, the same on every channel (email, chat, generic channel): the `delivery` namespace,
 * one catalog per UI language in this folder (en.ts is the reference).
 */
export default stringNamespace('delivery', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
