import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownArticles } from '../../../../server/import/markdown-articles.js';
import { zendeskArticles } from '../../../../server/import/zendesk-articles.js';
import { tempDirForEachTest } from '../../../helpers/temp-dir.js';

const tempDir = tempDirForEachTest('switchboard-markdown-');

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('a folder of Markdown articles', () => {
  it('reads front matter, takes the language from the file name and joins the language versions of an id', () => {
    const dir = folder({
      'billing/refunds.md':
        '---\ntitle: "Refunds"\nintents:\n  - request_refund\n  - refund_not_showing_up\nstatus: draft\n---\nBody **en**\n',
      'billing/refunds.ja.md': '---\nintents: [request_refund]\nstatus: published\n---\n# 返金\n\n本文\n',
      'cards.md': '---\nid: card-help\nlanguage: pt-BR\ntitle: Cartões\n---\n\nTexto\n',
      '.hidden/skip.md': '# Hidden\n\nnot read',
      'notes.txt': 'not Markdown',
    });
    expect(markdownArticles(dir, 'en')).toEqual([
      {
        ok: true,
        where: join('billing', 'refunds.ja.md'),
        id: 'refunds',
        value: {
          status: 'published',
          intents: ['request_refund', 'refund_not_showing_up'],
          versions: { ja: { title: '返金', body: '本文' }, en: { title: 'Refunds', body: 'Body **en**' } },
          source: { system: 'markdown', externalId: 'refunds' },
        },
      },
      {
        ok: true,
        where: 'cards.md',
        id: 'card-help',
        value: {
          status: 'published',
          intents: [],
          versions: { 'pt-BR': { title: 'Cartões', body: 'Texto' } },
          source: { system: 'markdown', externalId: 'card-help' },
        },
      },
    ]);
  });

  it.each([
    ['---\ntitle: T\n', 'its front matter has no closing "---" line'],
    ['---\nnot a field\n---\nBody', 'its front matter line "not a field" is not "key: value"'],
    ['---\nlanguage: German\n---\n# T\n\nBody', 'language "German" is not a language tag such as de or pt-BR'],
    [
      '---\nintents: [has space]\n---\n# T\n\nBody',
      'intent "has space" is not an intent name (letters, digits, _ . ? -)',
    ],
    ['No title here', 'it has no title (front matter "title:" or a "# " heading)'],
    ['# Title only', 'it has no body'],
    [Buffer.from([0x23, 0x20, 0xff, 0xfe]), 'the file is not UTF-8 text'],
  ])('reports a file it cannot read: %j', (content, reason) => {
    expect(markdownArticles(folder({ 'page.md': content }), 'en')).toEqual([{ ok: false, where: 'page.md', reason }]);
  });

  it('reports a second file for the same language of an article', () => {
    const dir = folder({ 'a.md': '# A\n\none', 'b/a.md': '# A again\n\ntwo' });
    expect(markdownArticles(dir, 'en')).toContainEqual({
      ok: false,
      where: join('b', 'a.md'),
      externalId: 'a',
      reason: 'another file is already its en version',
    });
  });
});

describe("Help Center's articles JSON", () => {
  it('groups entries of one id (and its translations) into language versions, by primary language unless two share it', () => {
    const readings = zendeskArticles({
      articles: [
        {
          id: 5,
          locale: 'en-us',
          source_locale: 'en-us',
          title: 'Hello',
          body: '<p>Hi</p>',
          draft: false,
          label_names: ['greet', 'not valid!'],
        },
        {
          id: 5,
          locale: 'pt-br',
          title: 'Olá',
          body: '<p>Oi</p>',
          translations: [{ locale: 'pt', title: 'Olá PT', body: '<p>Oi PT</p>' }],
        },
        { id: 6, locale: 'en-us', title: 'Draft', body: '<p>Later</p>', draft: true },
        { id: 7, locale: 'en-us', title: 'Empty', body: '<script>x</script>' },
        { title: 'no id' },
      ],
    });
    expect(readings).toEqual([
      { ok: false, where: 'articles[4]', reason: 'locale: Invalid input: expected string, received undefined' },
      {
        ok: true,
        where: 'articles[0]',
        id: 'zendesk-5',
        value: {
          status: 'published',
          intents: ['greet'],
          versions: {
            en: { title: 'Hello', body: 'Hi' },
            'pt-BR': { title: 'Olá', body: 'Oi' },
            pt: { title: 'Olá PT', body: 'Oi PT' },
          },
          source: { system: 'zendesk', externalId: '5' },
        },
      },
      { ok: true, where: 'articles[2]', id: 'zendesk-6', value: expect.objectContaining({ status: 'draft' }) },
      {
        ok: false,
        where: 'articles[3]',
        externalId: 'Zendesk article 7',
        reason: 'no language version with a title and body: en-us (no title or body)',
      },
    ]);
  });

  it('refuses a file without an articles array', () => {
    expect(zendeskArticles({ sections: [] })).toEqual([
      { ok: false, where: 'the file', reason: 'it has no "articles" array (a Help Center API articles response)' },
    ]);
  });
});
