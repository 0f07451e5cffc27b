import { stringNamespace, type CatalogTree } from '../../../../shared/i18n/catalog.js';

/**
 * What the AI left for the agent on a ticket (AssistPanel.tsx, ArticleDialog.tsx) and the two-way translation of a
 * reply (ReplyTranslation.tsx): the `assist` namespace, one catalog per UI language in this folder (en.ts is the
 * reference, typing the others).
 */
export default stringNamespace('assist', import.meta.glob<CatalogTree>('./*.ts', { eager: true, import: 'default' }));
