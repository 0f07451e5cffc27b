/**
 * The Markdown an article body is written in, read into plain data: the article editor's preview renders it as
 * React elements (text only, so nothing in a body becomes HTML); an agent's reply and the built-in engine's answer
 * to the customer (shared/settings/article-knowledge.ts) get it as plain text. The subset help centers use:
 * headings, paragraphs, bullet and numbered lists, quotes, fenced code, and inline code, bold, italics and links.
 * Anything else is kept as the text it is: a paragraph without marks is its own plain text (the lines of one
 * paragraph join with a space, as Markdown reads them; paragraphs stay apart by a blank line).
 */

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'strong'; children: Inline[] }
  | { kind: 'em'; children: Inline[] }
  | { kind: 'link'; children: Inline[]; href: string };

export type Block =
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'code'; text: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(```|~~~)/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,9}[.)]\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;

/** The blocks of a Markdown text, in order. */
export function markdownBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: markdownInlines(paragraph.join(' ')) });
    paragraph = [];
  };

  for (let at = 0; at < lines.length; at++) {
    const line = lines[at] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      endParagraph();
      const code: string[] = [];
      while (++at < lines.length && !(lines[at] ?? '').trimStart().startsWith(fence[1] ?? '```'))
        code.push(lines[at] ?? '');
      blocks.push({ kind: 'code', text: code.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    const quote = QUOTE.exec(line);
    if (heading) {
      endParagraph();
      blocks.push({ kind: 'heading', level: heading[1]?.length ?? 1, inlines: markdownInlines(heading[2] ?? '') });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = numbered !== null;
      const item = markdownInlines((bullet ?? numbered)?.[1] ?? '');
      const last = blocks.at(-1);
      if (last?.kind === 'list' && last.ordered === ordered && isListLine(lines[at - 1])) last.items.push(item);
      else blocks.push({ kind: 'list', ordered, items: [item] });
    } else if (quote) {
      endParagraph();
      const last = blocks.at(-1);
      const text = quote[1] ?? '';
      if (last?.kind === 'quote' && QUOTE.test(lines[at - 1] ?? ''))
        last.inlines.push({ kind: 'text', text: ' ' }, ...markdownInlines(text));
      else blocks.push({ kind: 'quote', inlines: markdownInlines(text) });
    } else if (line.trim() === '') {
      endParagraph();
    } else {
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  return blocks;
}

const isListLine = (line: string | undefined) => line !== undefined && (BULLET.test(line) || NUMBERED.test(line));

/**
 * Inline marks, tried in this order where one can start (`**` before `*`, so bold is not read as two italics).
 * Sticky patterns, matched at a position without copying the rest of the text; a mark spans at most 2,000
 * characters, so a stray `*` in a long body is not looked for to its end.
 */
const INLINE_RULES: ReadonlyArray<{ pattern: RegExp; make: (match: RegExpExecArray) => Inline }> = [
  { pattern: /`([^`]+)`/y, make: (m) => ({ kind: 'code', text: m[1] ?? '' }) },
  {
    pattern: /\*\*(?=[^\s*])([\s\S]{0,2000}?\S)\*\*/y,
    make: (m) => ({ kind: 'strong', children: markdownInlines(m[1] ?? '') }),
  },
  {
    pattern: /__(?=[^\s_])([\s\S]{0,2000}?\S)__/y,
    make: (m) => ({ kind: 'strong', children: markdownInlines(m[1] ?? '') }),
  },
  {
    pattern: /\*(?=[^\s*])([\s\S]{0,2000}?\S)\*/y,
    make: (m) => ({ kind: 'em', children: markdownInlines(m[1] ?? '') }),
  },
  {
    pattern: /_(?=[^\s_])([\s\S]{0,2000}?\S)_(?![A-Za-z0-9])/y,
    make: (m) => ({ kind: 'em', children: markdownInlines(m[1] ?? '') }),
  },
  {
    pattern: /\[([^\]]+)\]\(\s*([^)\s]+)\s*\)/y,
    make: (m) => ({ kind: 'link', children: markdownInlines(m[1] ?? ''), href: m[2] ?? '' }),
  },
];
const MARK_STARTS = new Set(['`', '*', '_', '[']);

/** The inline mark that starts at `at`, and how long it is. */
function inlineAt(text: string, at: number): { inline: Inline; length: number } | null {
  if (!MARK_STARTS.has(text[at] ?? '')) return null;
  for (const rule of INLINE_RULES) {
    rule.pattern.lastIndex = at;
    const match = rule.pattern.exec(text);
    if (match) return { inline: rule.make(match), length: match[0].length };
  }
  return null;
}

/** The inline pieces of one block's text. */
export function markdownInlines(text: string): Inline[] {
  const inlines: Inline[] = [];
  let plain = '';
  let at = 0;
  while (at < text.length) {
    const mark = inlineAt(text, at);
    if (mark) {
      if (plain) inlines.push({ kind: 'text', text: plain });
      plain = '';
      inlines.push(mark.inline);
      at += mark.length;
    } else {
      // A backslash keeps the next character as it is (\* is a star).
      const escaped = text[at] === '\\' && at + 1 < text.length;
      plain += escaped ? text[at + 1] : text[at];
      at += escaped ? 2 : 1;
    }
  }
  if (plain) inlines.push({ kind: 'text', text: plain });
  return inlines;
}

/** The text of inline pieces without their marks; a link keeps its address after its text. */
function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.kind) {
        case 'text':
        case 'code':
          return inline.text;
        case 'strong':
        case 'em':
          return inlineText(inline.children);
        case 'link': {
          const label = inlineText(inline.children);
          return label === inline.href ? label : `${label} (${inline.href})`;
        }
      }
    })
    .join('');
}

/** One block as plain text: the marks gone, a list's items one a line. */
export function blockPlainText(block: Block): string {
  switch (block.kind) {
    case 'code':
      return block.text;
    case 'list':
      return block.items
        .map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inlineText(item)}`)
        .join('\n');
    default:
      return inlineText(block.inlines);
  }
}

/** A Markdown text as plain text for a reply: the marks gone, list items kept as lines, blocks apart by a blank line. */
export function markdownPlainText(markdown: string): string {
  return markdownBlocks(markdown).map(blockPlainText).join('\n\n');
}
