import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The texts of the lead's "What the AI learned" screen (the intent model learned from the tenant's history): the
 * `learning` namespace, one catalog per UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('learning', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
