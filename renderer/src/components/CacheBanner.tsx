import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState } from '../state/context.js';

/** Tells the agent the local cache file was damaged and is being rebuilt from the queue. */
export function CacheBanner() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const rebuilt = useConsoleState((s) => s.status?.cacheRebuilt ?? null);
  if (!rebuilt) return null;
  return (
    <div className="banner" role="status" data-testid="cache-rebuilt">
      {t('cache.rebuilt', { time: fmt.dateTime(rebuilt.at), file: rebuilt.movedTo })}
    </div>
  );
}
