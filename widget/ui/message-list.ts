import type { ChatItem } from '../conversation-view.js';
import type { Translate } from '../widget-texts.js';
import { el, setAttributes } from './dom.js';

/** The conversation's messages as a list, updated in place: an item keeps its element while it goes from sending to sent. */
export class MessageList {
  readonly element: HTMLOListElement;
  private readonly shown = new Map<string, HTMLLIElement>();

  constructor(private readonly t: Translate) {
    this.element = el('ol', { class: 'messages', 'aria-label': t('messages') });
  }

  render(items: readonly ChatItem[]): void {
    const keep = new Set(items.map((item) => item.key));
    for (const [key, element] of this.shown)
      if (!keep.has(key)) {
        element.remove();
        this.shown.delete(key);
      }
    items.forEach((item, index) => {
      const element = this.shown.get(item.key) ?? this.create(item);
      this.update(element, item);
      if (this.element.children[index] !== element)
        this.element.insertBefore(element, this.element.children[index] ?? null);
    });
  }

  private create(item: ChatItem): HTMLLIElement {
    const element = el('li');
    this.shown.set(item.key, element);
    return element;
  }

  private update(element: HTMLLIElement, item: ChatItem): void {
    setAttributes(element, { class: `message ${item.author}${item.sending ? ' sending' : ''}` });
    const author = el('span', { class: 'author' }, this.authorOf(item));
    const status = item.sending ? [el('span', { class: 'status-line' }, this.t('sending'))] : [];
    element.replaceChildren(author, el('span', { dir: 'auto' }, item.text), ...status);
  }

  authorOf(item: ChatItem): string {
    if (item.author === 'customer') return this.t('you');
    if (item.author === 'ai') return this.t('assistant');
    return item.authorName ?? this.t('team');
  }
}
