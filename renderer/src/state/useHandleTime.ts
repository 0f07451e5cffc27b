import { useEffect } from 'react';
import { MAX_HANDLE_SECONDS } from '../../../shared/api/mutations.js';
import { useController } from './context.js';

/**
 * Handle time: how long the ticket stays open in the view while the window is visible. Reported to the
 * console (recordHandleTime) when the view closes or moves to another ticket, and when the page goes away;
 * less than a second is not reported. Leads reviewing a ticket count too: it is time spent on it.
 */
export function useHandleTime(ticketId: string | null): void {
  const { api } = useController();
  useEffect(() => {
    const record = api.recordHandleTime;
    if (!ticketId || !record) return;
    let visibleSince: number | null = document.visibilityState === 'visible' ? performance.now() : null;
    let totalMs = 0;
    const pause = () => {
      if (visibleSince === null) return;
      totalMs += performance.now() - visibleSince;
      visibleSince = null;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') visibleSince ??= performance.now();
      else pause();
    };
    const flush = () => {
      const resumeAfter = visibleSince !== null;
      pause();
      const seconds = Math.min(MAX_HANDLE_SECONDS, Math.round(totalMs / 1000));
      totalMs = 0;
      if (resumeAfter) visibleSince = performance.now();
      if (seconds >= 1) void record({ ticketId, seconds });
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [api, ticketId]);
}
