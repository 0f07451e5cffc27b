import { useCallback, useRef } from 'react';

/**
 * For screens that load on every change of their filters and on every sync: numbers each load so
 * that the answer to a load a newer one replaced is dropped instead of overwriting the newer answer
 * (answers can come back out of order). `begin()` starts a load and returns `isLatest()` for it.
 */
export function useLatestRequest(): () => () => boolean {
  const latest = useRef(0);
  return useCallback(() => {
    const number = ++latest.current;
    return () => number === latest.current;
  }, []);
}
