/**
 * What the editor holds beyond the text just sent. A macro can go into the editor while a reply is on its way
 * (the macro picker stays usable while an action runs), so emptying the editor once the reply is accepted must
 * keep it. `now` is the editor's text when the answer comes, `sent` the trimmed text that was sent. Additions
 * are put after the text (macros, a refused change brought back); anything else is kept whole, never dropped.
 */
export function textAddedWhileSending(now: string, sent: string): string {
  const current = now.trim();
  if (current === sent) return '';
  if (current.startsWith(sent)) return current.slice(sent.length).trim();
  return current;
}
