import { useTranslation } from 'react-i18next';
import { useBulkSelection } from './bulk-selection.js';

/** The mark of an inbox row selected for a bulk action (`x`); it follows the selection on its own. */
export function RowSelectMark({ ticketId }: { ticketId: string }) {
  const { t } = useTranslation();
  const selected = useBulkSelection((s) => s.selected.includes(ticketId));
  return selected ? (
    <span className="bulk-mark" role="img" aria-label={t('bulk.rowSelected')} data-testid="bulk-mark">
      ✓
    </span>
  ) : null;
}
