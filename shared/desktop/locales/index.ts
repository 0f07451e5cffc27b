import { stringNamespace, type CatalogTree } from '../../i18n/catalog.js';

/**
 * The desktop's texts outside the console's page (notifications, unread count, tray, application menu): the
 * `desktop` namespace, one catalog per UI language in this folder (en.ts is the reference). Shared, because
 * Electron's main process shows them as well as the console.
 */
export default stringNamespace('desktop', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
