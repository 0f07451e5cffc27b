import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * Who else is on a ticket (issue 19): the ticket view's presence line and the inbox rows' initials, the `presence`
 * namespace, one catalog per UI language in this folder (en.ts is the reference).
 */
export default stringNamespace('presence', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
