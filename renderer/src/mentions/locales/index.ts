import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * Mentions (issue 19): the note editor's `@` completion, the Mentions view and its notices; the `mentions` namespace,
 * one catalog per UI language in this folder (en.ts is the reference).
 */
export default stringNamespace('mentions', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
