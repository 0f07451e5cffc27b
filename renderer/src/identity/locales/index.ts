import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * Sign-in, the signed-in person and the admin's users, API tokens and sign-in policy: the `identity` namespace, one
 * catalog per UI language in this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace('identity', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
