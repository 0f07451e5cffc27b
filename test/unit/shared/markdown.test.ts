import { describe, expect, it } from 'vitest';
import { markdownBlocks, markdownInlines, markdownPlainText } from '../../../shared/markdown/markdown.js';

describe('article Markdown', () => {
  it('reads headings, paragraphs, lists, quotes and fenced code as blocks', () => {
    const blocks = markdownBlocks(
      [
        '# Change your PIN',
        '',
        'Open the app',
        'and tap Cards.',
        '',
        '- one',
        '- two',
        '',
        '1. first',
        '2) second',
        '',
        '> note',
        '> more',
        '',
        '```',
        '<b>kept</b>',
        '```',
      ].join('\n'),
    );
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'list', 'list', 'quote', 'code']);
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Change your PIN' }] });
    expect(blocks[1]).toEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Open the app and tap Cards.' }] });
    expect(blocks[2]).toMatchObject({ kind: 'list', ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] });
    expect(blocks[3]).toMatchObject({
      kind: 'list',
      ordered: true,
      items: [[{ text: 'first' }], [{ text: 'second' }]],
    });
    expect(blocks[5]).toEqual({ kind: 'code', text: '<b>kept</b>' });
  });

  it('reads bold, italics, code and links inline, keeps HTML and escaped marks as text', () => {
    expect(markdownInlines('**Bold** and *it* `x*y` [help](https://example.test/a) <script>')).toEqual([
      { kind: 'strong', children: [{ kind: 'text', text: 'Bold' }] },
      { kind: 'text', text: ' and ' },
      { kind: 'em', children: [{ kind: 'text', text: 'it' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'x*y' },
      { kind: 'text', text: ' ' },
      { kind: 'link', children: [{ kind: 'text', text: 'help' }], href: 'https://example.test/a' },
      { kind: 'text', text: ' <script>' },
    ]);
    expect(markdownInlines('2 \\* 3 * 4 and snake_case_name')).toEqual([
      { kind: 'text', text: '2 * 3 * 4 and snake_case_name' },
    ]);
  });

  it('gives plain text for a reply: marks gone, list items as lines, a link with its address', () => {
    const body =
      '## Your PIN\n\nOpen **Cards** and tap *Change PIN*.\n\n- Enter the old PIN\n- Choose a new one\n\nSee [the guide](https://example.test/pin).';
    expect(markdownPlainText(body)).toBe(
      'Your PIN\n\nOpen Cards and tap Change PIN.\n\n- Enter the old PIN\n- Choose a new one\n\nSee the guide (https://example.test/pin).',
    );
  });

  it('reads a long body with many unmatched marks quickly', () => {
    const body = `\` ${'a * b _ c [ e __ f '.repeat(3_000)}`;
    const started = performance.now();
    expect(markdownPlainText(body)).toBe(body.trim());
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
