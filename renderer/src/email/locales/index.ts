import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The email channel’s texts: a customer’s mail (folded quote, attachments) and the admin's
 * Channels section. The `email` namespace, one catalog per UI language in this folder (en.ts is the reference).
 */
export default stringNamespace('email', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
