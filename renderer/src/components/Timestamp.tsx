import { useFormat } from '../format/useFormat.js';

/** A date and time as the UI language writes it, machine-readable in `dateTime`. */
export function Timestamp({ at, className }: { at: string; className?: string }) {
  const fmt = useFormat();
  return (
    <time className={className} dateTime={at}>
      {fmt.dateTime(at)}
    </time>
  );
}
