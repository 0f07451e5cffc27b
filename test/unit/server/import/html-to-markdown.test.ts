import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToMarkdown } from '../../../../server/import/html-to-markdown.js';

describe('htmlToMarkdown', () => {
  it.each([
    ['<h2>Reasons</h2><p>One <strong>two</strong> <em>three</em></p>', '## Reasons\n\nOne **two** *three*'],
    ['<ul><li>a<ul><li>nested</li></ul></li><li>b</li></ul>', '- a\n   - nested\n- b'],
    ['<ol><li>first</li><li>second</li></ol>', '1. first\n2. second'],
    ['<p>line<br>next</p>', 'line\\\nnext'],
    ['<blockquote><p>quoted</p></blockquote><p>after</p>', '> quoted\n\nafter'],
    ['<p>Use <code>a*b</code></p><pre>x &gt; y\n  z</pre>', 'Use `a*b`\n\n```\nx > y\n  z\n```'],
    ['<p>See <a href="https://example.com/a b">the guide</a></p>', 'See [the guide](<https://example.com/a%20b>)'],
    ['<img src="https://example.com/logo.png" alt="Logo">', '![Logo](<https://example.com/logo.png>)'],
  ])('keeps the structure of %s', (html, markdown) => {
    expect(htmlToMarkdown(html)).toBe(markdown);
  });

  it('keeps no HTML: script-like elements go with their content, other tags with their text kept', () => {
    const html =
      '<p onclick="x()">Hi <span style="color:red">there</span></p><script>alert(1)</script><style>p{}</style>' +
      '<iframe src="https://evil.example"></iframe><svg><text>svg</text></svg><!-- note -->';
    expect(htmlToMarkdown(html)).toBe('Hi there');
  });

  it('drops links and images that are not web addresses, keeping their text', () => {
    expect(htmlToMarkdown('<a href="javascript:alert(1)">us</a> <img src="data:image/png;base64,AA" alt="logo">')).toBe(
      'us logo',
    );
    expect(htmlToMarkdown('<a href="mailto:help@example.com">mail</a>')).toBe('[mail](<mailto:help@example.com>)');
  });

  it('escapes text Markdown would read as markup or HTML', () => {
    expect(htmlToMarkdown('<p>1 &lt; 2 &amp;&amp; *stars* [x](y) &lt;b&gt;</p>')).toBe(
      '1 \\< 2 \\&\\& \\*stars\\* \\[x\\](y) \\<b\\>',
    );
    expect(htmlToMarkdown('<p># not a heading</p><p>- not a list</p>')).toBe('\\# not a heading\n\n\\- not a list');
  });

  it('reads an unclosed tag, a stray < and an unterminated comment without losing text', () => {
    expect(htmlToMarkdown('<p>a < b <b>bold')).toBe('a \\< b **bold');
    expect(htmlToMarkdown('text<!-- never closed')).toBe('text');
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities, and replaces code points that are no characters', () => {
    expect(decodeEntities('&eacute;&amp;&#65;&#x42;&nbsp;&hellip;&#xD800;&#0;')).toBe('&eacute;&AB\u00a0…\uFFFD\uFFFD');
  });
});
