const UNITS = [
  ['byte', 1],
  ['kilobyte', 1024],
  ['megabyte', 1024 * 1024],
] as const;

/** A file's size in the reader's language and unit (bytes, kB, MB), one decimal at most. */
export function fileSize(bytes: number, locale: string): string {
  const [unit, scale] = [...UNITS].reverse().find(([, size]) => bytes >= size) ?? UNITS[0];
  try {
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    }).format(bytes / scale);
  } catch {
    return `${bytes} B`;
  }
}
