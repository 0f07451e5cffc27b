/**
 * A small HTML to Markdown converter for imported help-center articles and comments. It keeps the structure
 * people write (paragraphs, headings, lists, emphasis, code, quotes, links and images to web addresses) and
 * keeps no HTML: every other tag is dropped with its text kept, script-like elements are dropped with their
 * content, and text that Markdown would read as markup or HTML is escaped.
 */
export function htmlToMarkdown(html: string): string {
  const out = new MarkdownWriter();
  const dropped: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  const links: (string | null)[] = [];
  for (const token of html.matchAll(TOKEN)) {
    const [whole, closing, rawName, attributes] = token;
    if (rawName === undefined) {
      if (dropped.length === 0 && !whole.startsWith('<!--')) out.text(decodeEntities(whole));
      continue;
    }
    const name = rawName.toLowerCase();
    if (DROPPED_WITH_CONTENT.has(name)) {
      if (closing) dropped.pop();
      else if (!whole.endsWith('/>')) dropped.push(name);
      continue;
    }
    if (dropped.length > 0) continue;
    if (closing) closeTag(name, out, lists, links);
    else openTag(name, attributes ?? '', out, lists, links);
  }
  return out.result();
}

/** A comment, a tag (its closing slash, name, attributes), a run of text, or a stray `<`. */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;

const DROPPED_WITH_CONTENT = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
  'select',
  'textarea',
  'button',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'nav',
  'table',
  'thead',
  'tbody',
  'tr',
  'figure',
  'figcaption',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
]);
const EMPHASIS: Readonly<Record<string, string>> = { strong: '**', b: '**', em: '*', i: '*', del: '~~', s: '~~' };

function openTag(
  name: string,
  attributes: string,
  out: MarkdownWriter,
  lists: { ordered: boolean; next: number }[],
  links: (string | null)[],
): void {
  const heading = /^h([1-6])$/.exec(name);
  if (heading) out.block(`${'#'.repeat(Number(heading[1]))} `);
  else if (BLOCKS.has(name)) out.block();
  else if (name === 'br') out.lineBreak();
  else if (name === 'hr') out.block('---', true);
  else if (name === 'blockquote') out.enterQuote();
  else if (name === 'pre') out.enterPre();
  else if (name === 'code') out.code();
  else if (name === 'ul' || name === 'ol') {
    if (lists.length === 0) out.block();
    lists.push({ ordered: name === 'ol', next: 1 });
  } else if (name === 'li') {
    const list = lists.at(-1) ?? { ordered: false, next: 1 };
    out.listItem(lists.length, list.ordered ? `${list.next++}. ` : '- ');
  } else if (name === 'td' || name === 'th') out.text(' ');
  else if (EMPHASIS[name]) out.raw(EMPHASIS[name]);
  else if (name === 'a') {
    const href = webAddress(attribute(attributes, 'href'), true);
    links.push(href);
    if (href) out.raw('[');
  } else if (name === 'img') {
    const src = webAddress(attribute(attributes, 'src'), false);
    const alt = escapeMarkdown(decodeEntities(attribute(attributes, 'alt') ?? ''));
    if (src) out.raw(`![${alt}](<${src}>)`);
    else if (alt) out.raw(alt);
  }
}

function closeTag(
  name: string,
  out: MarkdownWriter,
  lists: { ordered: boolean; next: number }[],
  links: (string | null)[],
): void {
  if (/^h[1-6]$/.test(name) || BLOCKS.has(name)) out.block();
  else if (name === 'blockquote') out.leaveQuote();
  else if (name === 'pre') out.leavePre();
  else if (name === 'code') out.code();
  else if (name === 'ul' || name === 'ol') {
    lists.pop();
    if (lists.length === 0) out.block();
  } else if (EMPHASIS[name]) out.raw(EMPHASIS[name]);
  else if (name === 'a') {
    const href = links.pop();
    if (href) out.raw(`](<${href}>)`);
  }
}

/** Builds the Markdown: blocks separated by blank lines, quotes prefixed, whitespace collapsed outside `pre`. */
class MarkdownWriter {
  private readonly lines: string[] = [''];
  private quoteDepth = 0;
  private preDepth = 0;
  private inCode = false;
  private indent = '';

  text(text: string): void {
    if (this.preDepth > 0) {
      const [first = '', ...rest] = text.split(/\r?\n/);
      this.append(first);
      for (const line of rest) {
        this.newLine();
        this.append(line);
      }
      return;
    }
    const collapsed = text.replace(/\s+/g, ' ');
    const current = this.lines.at(-1) ?? '';
    const atStart = current.trim() === '' || current.endsWith(' ') || /[>#\-.] $/.test(current);
    const trimmed = atStart && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
    this.append(this.inCode ? trimmed.replace(/`/g, "'") : escapeMarkdown(trimmed, atStart));
  }

  raw(markup: string): void {
    this.append(markup);
  }

  code(): void {
    if (this.preDepth === 0) {
      this.inCode = !this.inCode;
      this.append('`');
    }
  }

  block(prefix = '', closed = false): void {
    this.indent = '';
    if ((this.lines.at(-1) ?? '').trim() !== '' && !/^[> ]*$/.test(this.lines.at(-1) ?? '')) {
      this.newLine();
      this.newLine();
    }
    if (prefix) this.append(prefix);
    if (closed) this.block();
  }

  lineBreak(): void {
    this.append(this.preDepth > 0 ? '' : '\\');
    this.newLine();
    this.append(this.indent);
  }

  listItem(depth: number, marker: string): void {
    if ((this.lines.at(-1) ?? '').trim() !== '') this.newLine();
    const pad = '   '.repeat(depth - 1);
    this.append(pad + marker);
    this.indent = pad + ' '.repeat(marker.length);
  }

  enterQuote(): void {
    this.block();
    this.quoteDepth += 1;
    this.newLine();
  }

  /** A blank line of the outer level follows the quote, so what comes next is not read as part of it. */
  leaveQuote(): void {
    if (this.quoteDepth === 0) return;
    this.quoteDepth -= 1;
    while (this.lines.length > 1 && /^[> ]*$/.test(this.lines.at(-1) ?? '')) this.lines.pop();
    this.newLine();
    this.newLine();
  }

  enterPre(): void {
    this.block('```');
    this.preDepth += 1;
    this.newLine();
  }

  leavePre(): void {
    if (this.preDepth === 0) return;
    this.preDepth -= 1;
    this.newLine();
    this.append('```');
    this.block();
  }

  result(): string {
    return this.lines
      .map((line) => line.replace(/\s+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/(?:\\\n)+$/, '')
      .trim();
  }

  private append(text: string): void {
    this.lines[this.lines.length - 1] += text;
  }

  private newLine(): void {
    this.lines.push('> '.repeat(this.quoteDepth));
  }
}

/** Escapes what Markdown would read as markup or HTML; at a line start also headings, lists and quotes. */
function escapeMarkdown(text: string, atLineStart = false): string {
  const escaped = text.replace(/[\\`*_[\]<>~|&]/g, (char) => `\\${char}`);
  return atLineStart ? escaped.replace(/^(\s*)([#+-]|\d+\.)(?=\s|$)/, '$1\\$2') : escaped;
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : null;
}

/** Only absolute web addresses (and mail links for links) survive; anything else (javascript:, data:) is dropped. */
function webAddress(value: string | null, mail: boolean): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed) && !(mail && /^mailto:/i.test(trimmed))) return null;
  try {
    return new URL(trimmed).href.replace(/[<>\s]/g, encodeURIComponent);
  } catch {
    return null;
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  middot: '·',
  bull: '•',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#')) {
      const code =
        entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : '\uFFFD';
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}
