import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The tenant settings workspace's texts: the `admin` namespace, one catalog per UI language in this folder (en.ts is
 * the reference, typing the others).
 */
export default stringNamespace('admin', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
