/** A message in the reader's language (a catalog key with its values; `at`, an instant, is formatted as a time), or the queue's own sentence as it came. */
export type FormMessage =
  { key: string; values?: Record<string, string | number>; at?: string } | { text: string; key?: undefined };
