import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * The AI provider section of the Settings dialog: the `providerSettings` namespace, one catalog per UI language in
 * this folder (en.ts is the reference, typing the others).
 */
export default stringNamespace(
  'providerSettings',
  import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }),
);
