/**
 * Grounding: retrieval over the tenant's published articles (full text in SQLite FTS5, plus the provider's
 * embeddings when it has them), the check that an answer says only what its cited passages support, the citations
 * a decision keeps, and article and macro suggestions for agents.
 */
export {
  createArticleRetriever,
  MAX_SEARCH_RESULTS,
  type ArticleRetrieverOptions,
  type GroundingRetriever,
} from './article-retriever.js';
export { citationsOf } from './citations.js';
export type { EmbeddingsOptions } from './embeddings.js';
export { checkGrounding } from './grounding-check.js';
export { createMacroSuggester, type MacroSuggester } from './macro-suggester.js';
export { MAX_PASSAGE_LENGTH, passagesOfArticles } from './passages.js';
export { providerEmbeddings, type ProviderEmbeddingsSetting } from './provider-embeddings.js';
