import { createElement, type ReactNode } from 'react';
import { markdownBlocks, type Inline } from '../../../shared/markdown/markdown.js';

function renderInlines(inlines: readonly Inline[]): ReactNode[] {
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case 'text':
        return inline.text;
      case 'code':
        return <code key={index}>{inline.text}</code>;
      case 'strong':
        return <strong key={index}>{renderInlines(inline.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInlines(inline.children)}</em>;
      case 'link':
        // Shown, not followed: the preview opens nothing. The address stays readable beside its text.
        return (
          <span key={index} className="md-link">
            {renderInlines(inline.children)} <span className="md-href">({inline.href})</span>
          </span>
        );
    }
  });
}

/**
 * An article body's Markdown as the customer would read it. Built from React elements and text only
 * (shared/markdown/markdown.ts reads the body into data), so HTML in a body shows as text and nothing runs.
 */
export function MarkdownPreview(props: { markdown: string; language: string; testId: string }) {
  const { markdown, language, testId } = props;
  return (
    <div className="md-preview" dir="auto" lang={language} data-testid={testId}>
      {markdownBlocks(markdown).map((block, index) => {
        switch (block.kind) {
          case 'heading':
            // One level below the editor's own headings, so the page's outline stays in order.
            return createElement(`h${Math.min(block.level + 3, 6)}`, { key: index }, renderInlines(block.inlines));
          case 'paragraph':
            return <p key={index}>{renderInlines(block.inlines)}</p>;
          case 'quote':
            return <blockquote key={index}>{renderInlines(block.inlines)}</blockquote>;
          case 'code':
            return (
              <pre key={index}>
                <code>{block.text}</code>
              </pre>
            );
          case 'list': {
            const items = block.items.map((item, at) => <li key={at}>{renderInlines(item)}</li>);
            return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
          }
        }
      })}
    </div>
  );
}
