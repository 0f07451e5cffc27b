/**
 * How Electron's main process hands the operating system's preferred languages to the sandboxed
 * preload: one command-line switch on the renderer process (webPreferences.additionalArguments),
 * read back from process.argv. The renderer picks its UI language from the list.
 */
export const SYSTEM_LANGUAGES_SWITCH = '--switchboard-system-languages=';

/** BCP 47-ish tags only ("en-US", "zh-Hant-TW", "pt_BR"); anything else is dropped. */
const TAG = /^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;
const MAX_TAGS = 16;

export function encodeSystemLanguages(tags: readonly string[]): string {
  const kept = [...new Set(tags.map((tag) => tag.trim()).filter((tag) => TAG.test(tag)))].slice(0, MAX_TAGS);
  return `${SYSTEM_LANGUAGES_SWITCH}${kept.join(',')}`;
}

export function decodeSystemLanguages(argv: readonly string[]): string[] {
  const arg = argv.find((a) => a.startsWith(SYSTEM_LANGUAGES_SWITCH));
  if (!arg) return [];
  return arg
    .slice(SYSTEM_LANGUAGES_SWITCH.length)
    .split(',')
    .filter((tag) => TAG.test(tag))
    .slice(0, MAX_TAGS);
}
