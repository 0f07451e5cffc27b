/**
 * Retrieval over the tenant's published articles (ports.ts ArticleRetriever): passages ranked by bm25 in SQLite
 * FTS5 and, when the provider has embeddings, by cosine too, the two rankings fused (reciprocal rank fusion). The
 * customer's language version comes first; passages in other languages are still found after it. `useArticles`
 * re-indexes when the articles change; vectors of unchanged passages come from the vector store.
 */
import { baseLanguage } from '../../shared/i18n/ui-languages.js';
import { MAX_SUGGESTIONS } from '../../shared/domain/ai-assist.js';
import type { SettingEntry } from '../../shared/settings/tenant-settings.js';
import type { ArticleRetriever, Passage, PassageSearch, ScoredPassage } from '../routing/ports.js';
import { createEmbedder, type Embedder, type EmbeddingsOptions } from './embeddings.js';
import { createLexicalIndex, MAX_QUERY_LENGTH, type LexicalHit } from './lexical-index.js';
import { passagesOfArticles } from './passages.js';
import { rankFusion } from './rank-fusion.js';
import { dot, openVectorStore, type VectorStore } from './vector-store.js';

export interface ArticleRetrieverOptions {
  articles: readonly SettingEntry<'article'>[];
  /** Rank by meaning too, with the provider's embeddings; full text only when absent. */
  embeddings?: EmbeddingsOptions;
  /** Told once when embeddings are turned off. */
  log?: (message: string) => void;
}

export interface GroundingRetriever extends ArticleRetriever {
  /** Indexes these articles instead (published ones only); call it whenever the tenant's articles change. */
  useArticles(articles: readonly SettingEntry<'article'>[]): void;
  /** Article ids for an agent, best first, at most `limit` (and MAX_SUGGESTIONS). */
  suggestArticles(text: string, language: string | null, limit: number): Promise<string[]>;
  /** Embeds the passages not embedded yet (search does it when needed); resolves at once without embeddings. */
  prepare(): Promise<void>;
  /** Whether searches rank by embeddings too (configured and not turned off by a failure). */
  readonly usesEmbeddings: boolean;
  readonly passageCount: number;
  /** Bytes the full-text index takes in SQLite. */
  indexBytes(): number;
  close(): void;
}

export const MAX_SEARCH_RESULTS = 50;
/** Passages beyond this many are ranked by full text only. */
export const MAX_EMBEDDED_PASSAGES = 20_000;
const MIN_CANDIDATES = 40;

export function createArticleRetriever(options: ArticleRetrieverOptions): GroundingRetriever {
  const index = createLexicalIndex();
  const store: VectorStore | null = options.embeddings ? openVectorStore(options.embeddings.cacheFile ?? null) : null;
  const embedder: Embedder | null =
    options.embeddings && store ? createEmbedder(options.embeddings, store, options.log ?? (() => {})) : null;
  let passages: Passage[] = [];
  let byId = new Map<string, Passage>();
  let vectors: Map<string, Float32Array> | null = null;
  let preparing: Promise<void> | null = null;
  let generation = 0;

  const useArticles = (articles: readonly SettingEntry<'article'>[]) => {
    passages = passagesOfArticles(articles);
    byId = new Map(passages.map((passage) => [passage.id, passage]));
    index.replace(passages.map(({ id, language, text, title }) => ({ id, language, text: `${title}\n${text}` })));
    generation += 1;
    vectors = null;
    preparing = null;
  };

  const prepare = (): Promise<void> => {
    if (!embedder?.enabled || vectors) return Promise.resolve();
    if (preparing) return preparing;
    const mine = generation;
    const embedded = passages.slice(0, MAX_EMBEDDED_PASSAGES);
    preparing = embedder.embed(embedded.map(embeddedText), true).then((found) => {
      if (mine !== generation || !found) return;
      vectors = new Map(embedded.map((passage, i) => [passage.id, found[i] ?? new Float32Array()]));
    });
    return preparing;
  };

  /** Passage ids by cosine with the query, best first; empty without embeddings. */
  const byMeaning = async (text: string, pool: number): Promise<string[]> => {
    await prepare();
    const current = vectors;
    if (!embedder || !current) return [];
    const query = (await embedder.embed([text.slice(0, MAX_QUERY_LENGTH)], false))?.[0];
    if (!query) return [];
    return [...current]
      .map(([id, vector]) => ({ id, cosine: dot(query, vector) }))
      .filter((hit) => hit.cosine > 0)
      .sort((a, b) => b.cosine - a.cosine)
      .slice(0, pool)
      .map((hit) => hit.id);
  };

  const search = async (text: string, { language, limit }: PassageSearch): Promise<ScoredPassage[]> => {
    const wanted = Math.max(1, Math.min(MAX_SEARCH_RESULTS, Math.floor(limit)));
    const pool = Math.max(wanted * 4, MIN_CANDIDATES);
    const lexical = byBm25([
      ...index.search(text, language, pool),
      ...(language ? index.search(text, language, pool, language) : []),
    ]);
    const fused = rankFusion([lexical, await byMeaning(text, pool)]);
    const customerBase = language ? baseLanguage(language) : null;
    return [...fused]
      .flatMap(([id, fusion]) => {
        const passage = byId.get(id);
        if (!passage) return [];
        const ownLanguage = customerBase !== null && baseLanguage(passage.language) === customerBase;
        return [{ ...passage, score: (ownLanguage ? 1 : 0) + fusion }];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, wanted);
  };

  useArticles(options.articles);
  return {
    search,
    passage: (id) => byId.get(id) ?? null,
    useArticles,
    prepare,
    async suggestArticles(text, language, limit) {
      const wanted = Math.max(0, Math.min(MAX_SUGGESTIONS, Math.floor(limit)));
      if (wanted === 0) return [];
      const found = await search(text, { language, limit: MAX_SEARCH_RESULTS });
      return [...new Set(found.map((passage) => passage.articleId))].slice(0, wanted);
    },
    get usesEmbeddings() {
      return embedder?.enabled ?? false;
    },
    get passageCount() {
      return passages.length;
    },
    indexBytes: () => index.bytes(),
    close() {
      index.close();
      store?.close();
    },
  };
}

function embeddedText(passage: Passage): string {
  return `${passage.title}\n${passage.text}`;
}

/** Hits of several searches of one index, best (lowest bm25) first, each id once. */
function byBm25(hits: readonly LexicalHit[]): string[] {
  return [...new Set([...hits].sort((a, b) => a.bm25 - b.bm25).map((hit) => hit.id))];
}
