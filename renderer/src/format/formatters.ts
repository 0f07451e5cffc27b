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

const DURATION_UNITS: ReadonlyArray<['day' | 'hour' | 'minute' | 'second', number]> = [
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** Dates, numbers, percentages, money, durations, lists and language names, all through Intl in the UI locale. */
export function createFormatters(locale: string) {
  /** A formatter for the UI locale, or for English where the runtime lacks that locale. */
  const inLocale = <T>(make: (tag: string) => T): T =>
    safe(
      () => make(locale),
      () => make('en'),
    );
  const date = inLocale((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }));
  const dateTime = inLocale((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short' }));
  const time = inLocale((tag) => new Intl.DateTimeFormat(tag, { timeStyle: 'short' }));
  const relative = inLocale((tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style: 'short' }));
  const number = inLocale((tag) => new Intl.NumberFormat(tag));
  const percent = inLocale((tag) => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }));
  const conjunction = inLocale((tag) => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const currencies = new Map<string, Intl.NumberFormat>();
  const currencyFormat = (code: string): Intl.NumberFormat | null => {
    const key = code.toUpperCase();
    const known = currencies.get(key);
    if (known) return known;
    // An unknown currency code has no formatter at all.
    const made = safe<Intl.NumberFormat | null>(
      () => inLocale((tag) => new Intl.NumberFormat(tag, { style: 'currency', currency: key })),
      () => null,
    );
    if (made) currencies.set(key, made);
    return made;
  };
  const durations = new Map<string, Intl.NumberFormat>();
  const durationFormat = (unit: string): Intl.NumberFormat => {
    const known = durations.get(unit);
    if (known) return known;
    const made = inLocale(
      (tag) => new Intl.NumberFormat(tag, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }),
    );
    durations.set(unit, made);
    return made;
  };
  const languages = safe<Intl.DisplayNames | null>(
    () => new Intl.DisplayNames([locale], { type: 'language' }),
    () => null,
  );

  // DisplayNames.of is slow enough to show in a list's frame time: each name is looked up once.
  const languageNames = new Map<string, string>();

  const parse = (iso: string): Date | null => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? null : d;
  };

  /** An ISO date written by `format`; what is no date stays as it came. */
  const formatIso = (format: Intl.DateTimeFormat) => (iso: string) => {
    const d = parse(iso);
    return d ? format.format(d) : iso;
  };

  return {
    locale,
    date: formatIso(date),
    dateTime: formatIso(dateTime),
    time: formatIso(time),
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
    /** Items joined the UI locale's way: "a, b, and c", "a, b und c", "a、b和c". */
    list: (items: readonly string[]) => conjunction.format(items),
    /** An amount in its own currency (ISO 4217 code), written the UI locale's way: "1.234,50 €", "US$12.00". */
    currency: (amount: number, currencyCode: string) => {
      const format = currencyFormat(currencyCode);
      return format ? format.format(amount) : `${number.format(amount)} ${currencyCode}`;
    },
    /** A length of time in its largest whole unit: "3 min", "1.5 hr", "2 days". */
    duration: (seconds: number) => {
      const abs = Math.abs(seconds);
      for (const [unit, size] of DURATION_UNITS) {
        if (abs >= size || unit === 'second') return durationFormat(unit).format(seconds / size);
      }
      return durationFormat('second').format(seconds);
    },
    languageName: (code: string) => {
      const known = languageNames.get(code);
      if (known !== undefined) return known;
      let name = code;
      try {
        name = languages?.of(code) ?? code;
      } catch {
        // An unknown or malformed code shows as it is.
      }
      languageNames.set(code, name);
      return name;
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;
