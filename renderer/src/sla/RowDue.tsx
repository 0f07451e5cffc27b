import { useTranslation } from 'react-i18next';
import type { InboxRow } from '../../../shared/api/console-contract.js';
import { useFormat } from '../format/useFormat.js';
import { rowCountdown } from './row-countdown.js';

const TEXT_KEYS = {
  first_reply: { due_in: 'sla.firstReplyDueIn', overdue: 'sla.firstReplyOverdue' },
  resolution: { due_in: 'sla.resolutionDueIn', overdue: 'sla.resolutionOverdue' },
} as const;

/** Whole minutes, at least one: a countdown never reads "0 min" or seconds. */
const wholeMinutesInSeconds = (ms: number) => Math.max(1, Math.round(ms / 60_000)) * 60;

/** An inbox row's SLA countdown: "Reply due in 2 hr", "Resolution overdue by 30 min", in business time. */
export function RowDue({ row, now }: { row: InboxRow; now: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const countdown = rowCountdown(row, now);
  if (!countdown || !row.sla) return null;
  const text =
    countdown.kind === 'due_now'
      ? t('sla.dueNow')
      : t(TEXT_KEYS[row.sla.target][countdown.kind], {
          duration: fmt.duration(wholeMinutesInSeconds(countdown.businessMs)),
        });
  return (
    <time
      className={`row-due${countdown.kind === 'due_in' ? '' : ' overdue'}`}
      dateTime={row.dueAt}
      title={t('sla.dueTitle', { time: fmt.dateTime(row.dueAt), zone: row.sla.hours.timeZone })}
    >
      {text}
    </time>
  );
}
