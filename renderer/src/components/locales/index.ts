import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The console's own texts (header, lists, ticket view, editor, review, settings, shortcuts): the `console` namespace,
 * one catalog per UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('console', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
