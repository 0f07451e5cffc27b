import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The ticket history panel's texts (TicketHistory.tsx): the `history` namespace, one catalog per UI language in this
 * folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('history', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
