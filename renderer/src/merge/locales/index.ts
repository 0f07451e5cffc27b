import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Merging tickets: the merge dialog, the undo bar, a merged ticket's pointer: the `merge` namespace, one catalog per UI language in this folder (en.ts is the reference). */
export default stringNamespace('merge', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
