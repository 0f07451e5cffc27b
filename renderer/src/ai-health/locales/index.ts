import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The texts of the lead's AI health screen (integration drift, shadow runs, the month's model spend): the `aiHealth`
 * namespace, one catalog per UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('aiHealth', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
