const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

function safe<T>(make: () => T, fallback: () => T): T {
  try {
    return make();
  } catch {
    return fallback();
  }
}

/** Dates, numbers, percentages and language names, all through Intl in the UI locale. */
export function createFormatters(locale: string) {
  const dateTime = safe(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    () => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }),
  );
  const time = safe(
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }),
    () => new Intl.DateTimeFormat('en', { timeStyle: 'short' }),
  );
  const relative = safe(
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' }),
    () => new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'short' }),
  );
  const number = safe(() => new Intl.NumberFormat(locale), () => new Intl.NumberFormat('en'));
  const percent = safe(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    () => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }),
  );
  const languages = safe<Intl.DisplayNames | null>(
    () => new Intl.DisplayNames([locale], { type: 'language' }),
    () => null,
  );

  const parse = (iso: string): Date | null => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };

  return {
    locale,
    dateTime: (iso: string) => {
      const d = parse(iso);
      return d ? dateTime.format(d) : iso;
    },
    time: (iso: string) => {
      const d = parse(iso);
      return d ? time.format(d) : iso;
    },
    /** "5 min. ago", "yesterday"... relative to `now`. */
    age: (iso: string, now: number) => {
      const d = parse(iso);
      if (!d) return iso;
      const seconds = Math.round((d.getTime() - now) / 1000);
      for (const [unit, size] of UNITS) {
        if (Math.abs(seconds) >= size) return relative.format(Math.trunc(seconds / size), unit);
      }
      return relative.format(0, 'minute');
    },
    number: (n: number) => number.format(n),
    percent: (ratio: number) => percent.format(ratio),
    languageName: (code: string) => {
      try {
        return languages?.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
