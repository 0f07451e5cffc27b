import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The SLA texts of the console (an inbox row's countdown by business time, the breaches announced to a lead): the
 * `sla` namespace, one catalog per UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('sla', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
