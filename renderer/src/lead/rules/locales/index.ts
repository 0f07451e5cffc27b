import { stringNamespace, type CatalogTree } from '../../../../../shared/i18n/catalog.js';

/**
 * The escalation rules editor's texts: the `rules` namespace, one catalog per UI language in this folder (en.ts is the
 * reference, typing the others).
 */
export default stringNamespace('rules', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
