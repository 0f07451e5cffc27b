import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/** Tags on tickets: chips, the tag picker, the inbox's tag filter: the `tags` namespace, one catalog per UI language in this folder (en.ts is the reference). */
export default stringNamespace('tags', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
