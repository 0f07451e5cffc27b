import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The knowledge base's texts (article editor and the agent's article search): the `articles` namespace, one catalog
 * per UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('articles', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
