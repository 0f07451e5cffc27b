import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { ArticleStatusSchema, LanguageTagSchema, type ArticleStatus } from '../../shared/settings/setting-values.js';
import { IntentNameSchema } from '../../shared/settings/setting-values.js';
import { IMPORT_LIMITS } from './import-limits.js';
import { articleSettingId, type ArticleReading } from './imported-article.js';

/**
 * A folder of Markdown articles, as `import articles --markdown DIR` reads it (sub-folders too): each `.md` file is
 * one language version of an article. Front matter between `---` lines at the top may give
 *   id: refund-policy          the article (default: the file name without extension and language suffix)
 *   title: Refund policy       (default: the first `# ` heading, which then leaves the body)
 *   language: de               (default: the file name's suffix, `refund-policy.de.md`, else --language)
 *   intents: [request_refund, refund_not_showing_up]   (or one `- intent` per line)
 *   status: draft | published  (default: published; the article is published when any of its files is)
 * Files with the same id are the language versions of one article; their intents are joined.
 */
export function markdownArticles(dir: string, defaultLanguage: string): ArticleReading[] {
  const files = markdownFiles(dir);
  if (files.length > IMPORT_LIMITS.articleCount)
    return [
      {
        ok: false,
        where: dir,
        reason: `it has ${files.length} Markdown files, more than ${IMPORT_LIMITS.articleCount}`,
      },
    ];
  const readings: ArticleReading[] = [];
  const articles = new Map<
    string,
    {
      where: string;
      status: ArticleStatus;
      intents: Set<string>;
      versions: Record<string, { title: string; body: string }>;
    }
  >();
  for (const file of files) {
    const where = relative(dir, file) || basename(file);
    const page = readPage(file, defaultLanguage);
    if (!page.ok) {
      readings.push({ ok: false, where, reason: page.reason });
      continue;
    }
    const article = articles.get(page.id) ?? { where, status: 'draft', intents: new Set<string>(), versions: {} };
    if (article.versions[page.language]) {
      readings.push({
        ok: false,
        where,
        externalId: page.id,
        reason: `another file is already its ${page.language} version`,
      });
      continue;
    }
    article.versions[page.language] = { title: page.title, body: page.body };
    if (page.status === 'published') article.status = 'published';
    for (const intent of page.intents) article.intents.add(intent);
    articles.set(page.id, article);
  }
  for (const [id, article] of articles)
    readings.push({
      ok: true,
      where: article.where,
      id: articleSettingId('', id),
      value: {
        status: article.status,
        intents: [...article.intents],
        versions: article.versions,
        source: { system: 'markdown', externalId: id },
      },
    });
  return readings;
}

type Page =
  | { ok: true; id: string; title: string; language: string; intents: string[]; status: ArticleStatus; body: string }
  | { ok: false; reason: string };

function readPage(file: string, defaultLanguage: string): Page {
  const size = statSync(file).size;
  if (size > IMPORT_LIMITS.articleFileBytes)
    return { ok: false, reason: `the file is ${size} bytes, more than ${IMPORT_LIMITS.articleFileBytes}` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file)).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, reason: 'the file is not UTF-8 text' };
  }
  const { fields, body, problem } = frontMatter(text.replace(/\r\n/g, '\n'));
  if (problem) return { ok: false, reason: problem };
  const name = basename(file).replace(/\.(md|markdown)$/i, '');
  const suffix = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2})$/.exec(name);
  const language = scalar(fields.language) ?? suffix?.[2] ?? defaultLanguage;
  if (!LanguageTagSchema.safeParse(language).success)
    return { ok: false, reason: `language "${language}" is not a language tag such as de or pt-BR` };
  const status = scalar(fields.status) ?? 'published';
  const parsedStatus = ArticleStatusSchema.safeParse(status);
  if (!parsedStatus.success) return { ok: false, reason: `status "${status}" is neither draft nor published` };
  const intents = list(fields.intents);
  const badIntent = intents.find((intent) => !IntentNameSchema.safeParse(intent).success);
  if (badIntent !== undefined)
    return { ok: false, reason: `intent "${badIntent}" is not an intent name (letters, digits, _ . ? -)` };
  let title = scalar(fields.title);
  let content = body;
  if (!title) {
    const heading = /^#\s+(.+)$/m.exec(content);
    if (!heading?.[1]) return { ok: false, reason: 'it has no title (front matter "title:" or a "# " heading)' };
    title = heading[1].trim();
    content = content.replace(heading[0], '');
  }
  content = content.trim();
  if (!content) return { ok: false, reason: 'it has no body' };
  return {
    ok: true,
    id: scalar(fields.id) ?? suffix?.[1] ?? name,
    title,
    language,
    intents,
    status: parsedStatus.data,
    body: content,
  };
}

type FieldValue = string | string[];

/** The front matter's `key: value` fields (a value `[a, b]` or following `- item` lines is a list) and the rest. */
function frontMatter(text: string): { fields: Record<string, FieldValue>; body: string; problem?: string } {
  if (!text.startsWith('---\n')) return { fields: {}, body: text };
  const end = text.indexOf('\n---', 3);
  if (end === -1) return { fields: {}, body: text, problem: 'its front matter has no closing "---" line' };
  const fields: Record<string, FieldValue> = {};
  let listKey: string | null = null;
  for (const line of text.slice(4, end).split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const item = /^\s*-\s+(.*)$/.exec(line);
    const current = listKey === null ? undefined : fields[listKey];
    if (item && listKey !== null && Array.isArray(current)) {
      current.push(unquote(item[1] ?? ''));
      continue;
    }
    const field = /^([A-Za-z_][A-Za-z0-9_-]*):\s*(.*)$/.exec(line);
    if (!field?.[1])
      return { fields, body: '', problem: `its front matter line "${line.slice(0, 80)}" is not "key: value"` };
    const key = field[1].toLowerCase();
    const value = (field[2] ?? '').trim();
    listKey = value === '' ? key : null;
    fields[key] =
      value === ''
        ? []
        : value.startsWith('[') && value.endsWith(']')
          ? value.slice(1, -1).split(',').map(unquote).filter(Boolean)
          : unquote(value);
  }
  return { fields, body: text.slice(text.indexOf('\n', end + 1) + 1 || text.length) };
}

function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

function scalar(value: FieldValue | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function list(value: FieldValue | undefined): string[] {
  return value === undefined
    ? []
    : typeof value === 'string'
      ? value
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean)
      : value;
}

/** The folder's Markdown files, sub-folders included, sorted (hidden files and folders left out). */
function markdownFiles(dir: string): string[] {
  const found: string[] = [];
  const pending = [dir];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) found.push(path);
      if (found.length > IMPORT_LIMITS.articleCount) return found;
    }
  }
  return found.sort();
}
