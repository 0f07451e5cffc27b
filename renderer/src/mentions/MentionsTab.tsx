import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat.js';
import { useMentions } from './mentions-store.js';

/** The nav tab of the Mentions view (`g m`), with the number of unread mentions. */
export function MentionsTab({ onShow }: { onShow: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const shown = useMentions((s) => s.viewShown);
  const unread = useMentions((s) => s.unread);
  return (
    <button
      type="button"
      className="nav-tab"
      data-testid="nav-mentions"
      aria-current={shown ? 'page' : undefined}
      aria-keyshortcuts="g m"
      onClick={onShow}
    >
      <span>{t('mentions.tab')}</span>
      <span className="badge" data-count={unread}>
        {fmt.number(unread)}
      </span>
    </button>
  );
}
