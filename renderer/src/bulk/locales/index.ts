import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The inbox's selection and bulk bar: the `bulk` namespace, one catalog per UI language in this folder (en.ts is the reference). */
export default stringNamespace('bulk', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
