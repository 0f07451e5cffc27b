import { useEffect, useState } from 'react';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { ArticleSearchHit, ArticleSearchQuery } from '../../../shared/settings/settings-console.js';
import { useLatestRequest } from '../state/useLatestRequest.js';

export type ArticleSearchApi = Pick<ConsoleApi, 'searchArticles'>;

export type ArticleSearchState =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'found'; hits: ArticleSearchHit[] }
  | { kind: 'failed'; message: string };

/** How long typing pauses before the search runs. */
const TYPING_PAUSE_MS = 120;

/**
 * The one renderer caller of the article search (the console's local cache, so offline too): the editor's list
 * (drafts included) and the agent's article dialog (published only, in the ticket's language). Searches again as
 * the text changes, a short pause after typing; an answer a newer search replaced is dropped. Blank text: idle.
 */
export function useArticleSearch(api: ArticleSearchApi, query: ArticleSearchQuery): ArticleSearchState {
  const [state, setState] = useState<ArticleSearchState>({ kind: 'idle' });
  const begin = useLatestRequest();
  const { text, language, includeDrafts, limit } = query;

  useEffect(() => {
    const isLatest = begin();
    if (!text.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    setState({ kind: 'searching' });
    const timer = setTimeout(() => {
      void api
        .searchArticles({
          text,
          ...(language ? { language } : {}),
          ...(includeDrafts ? { includeDrafts } : {}),
          ...(limit ? { limit } : {}),
        })
        .then((result) => {
          if (!isLatest()) return;
          setState(
            result.ok ? { kind: 'found', hits: result.value } : { kind: 'failed', message: result.error.message },
          );
        });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [api, begin, text, language, includeDrafts, limit]);

  return state;
}
