import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The Evals screen's texts: the `evals` namespace, one catalog per UI language in this folder (en.ts is the reference,
 * typing the others).
 */
export default stringNamespace('evals', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
