import { WIDGET_LIMITS } from '../../shared/api/widget-constants.js';
import type { WidgetHandoff } from '../../shared/api/widget-contract.js';
import type { ConversationView } from '../conversation-view.js';
import { handoffWhen } from '../handoff-text.js';
import type { Greeting, WidgetLanguage } from '../widget-language.js';
import type { Translate } from '../widget-texts.js';
import { el, setAttributes } from './dom.js';
import { MessageList } from './message-list.js';
import { RatingForm } from './rating-form.js';

/** What the visitor does, for the controller. */
export interface ViewActions {
  opened(): void;
  send(text: string): void;
  /** Resolves once the queue answered (the form may be sent again after a refusal). */
  rate(score: number, comment: string): Promise<void>;
}

/** A line under the messages: a problem (rate limit, no connection) or good news (connected again). */
export interface Notice {
  readonly text: string;
  readonly tone: 'problem' | 'ok';
}

const SVG = 'http://www.w3.org/2000/svg';

/** The launcher's speech bubble and the close button's cross. */
const CHAT_ICON = 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z';
const CLOSE_ICON = 'M6.4 5 12 10.6 17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4z';

/** An icon for a button whose name is its aria-label (no visible text to mismatch it). */
function icon(path: string): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = document.createElementNS(SVG, 'path');
  shape.setAttribute('d', path);
  svg.append(shape);
  return svg;
}

/**
 * The widget's elements in its shadow root: the launcher and the chat panel (a labelled, non-modal dialog) with the
 * greeting, the messages, the typing indicator, the handoff notice, the rating prompt, a notice line and the
 * composer; a visually hidden live region announces the AI's and the agents' new messages.
 */
export class WidgetView {
  readonly root: HTMLDivElement;
  private readonly launcher: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private readonly messages: MessageList;
  private readonly typing: HTMLParagraphElement;
  private readonly handoff: HTMLDivElement;
  private readonly resolved: HTMLDivElement;
  private readonly rating: HTMLDivElement;
  private readonly notice: HTMLParagraphElement;
  private readonly input: HTMLTextAreaElement;
  private readonly live: HTMLDivElement;
  private ratingForm: RatingForm | null = null;

  constructor(
    private readonly t: Translate,
    private readonly language: WidgetLanguage,
    title: string,
    greeting: Greeting | null,
    private readonly actions: ViewActions,
  ) {
    this.launcher = el(
      'button',
      {
        type: 'button',
        class: 'launcher',
        'aria-expanded': 'false',
        'aria-controls': 'panel',
        'aria-label': t('openChat'),
      },
      icon(CHAT_ICON),
    );
    const close = el('button', { type: 'button', 'aria-label': t('closeChat') }, icon(CLOSE_ICON));
    this.messages = new MessageList(t);
    this.typing = el('p', { class: 'typing', hidden: true }, t('typing'));
    this.handoff = el('div', { class: 'handoff', hidden: true });
    this.resolved = el('div', { class: 'resolved', hidden: true }, el('p', {}, t('resolved')));
    this.rating = el('div', { hidden: true });
    this.notice = el('p', { class: 'notice', role: 'status' });
    this.input = el('textarea', {
      id: 'message',
      rows: '1',
      maxlength: String(WIDGET_LIMITS.maxTextLength),
      placeholder: t('messagePlaceholder'),
      'aria-describedby': 'message-hint',
    });
    const send = el('button', { type: 'button', class: 'button' }, t('send'));
    const greetingLine = greeting
      ? el('p', { class: 'greeting', dir: 'auto', lang: greeting.lang }, greeting.text)
      : el('p', { class: 'greeting' }, t('defaultGreeting'));
    this.panel = el(
      'div',
      { class: 'panel', id: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'title', hidden: true },
      el('div', { class: 'header' }, el('h2', { id: 'title', dir: 'auto' }, title), close),
      el(
        'div',
        { class: 'body' },
        greetingLine,
        this.messages.element,
        this.typing,
        this.handoff,
        this.resolved,
        this.rating,
      ),
      this.notice,
      el(
        'div',
        { class: 'composer' },
        el('label', { for: 'message', class: 'visually-hidden' }, t('messageLabel')),
        this.input,
        el('span', { id: 'message-hint', class: 'hint' }, t('messageHint')),
        send,
      ),
    );
    this.live = el('div', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.root = el(
      'div',
      { class: 'root', lang: language.code, dir: language.dir },
      this.panel,
      this.launcher,
      this.live,
    );

    this.launcher.addEventListener('click', () => (this.panel.hidden ? this.open() : this.close()));
    close.addEventListener('click', () => this.close());
    send.addEventListener('click', () => this.submitDraft());
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        this.submitDraft();
      }
    });
    this.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        this.close();
      }
    });
  }

  open(): void {
    this.panel.hidden = false;
    setAttributes(this.launcher, { class: 'launcher', 'aria-expanded': 'true', 'aria-label': this.t('closeChat') });
    this.input.focus();
    this.scrollToEnd();
    this.actions.opened();
  }

  close(): void {
    this.panel.hidden = true;
    setAttributes(this.launcher, { 'aria-expanded': 'false', 'aria-label': this.t('openChat') });
    this.launcher.focus();
  }

  render(view: ConversationView): void {
    this.messages.render(view.items);
    this.typing.hidden = !view.typing;
    this.renderHandoff(view.handoff);
    this.resolved.hidden = !view.resolved;
    this.renderRating(view);
    this.scrollToEnd();
  }

  /** Says a new message of the AI or an agent to screen readers; while the panel is closed, the launcher shows it too. */
  announce(author: string, text: string): void {
    this.live.textContent = this.t('announcement', { author, text });
    if (this.panel.hidden)
      setAttributes(this.launcher, { class: 'launcher unread', 'aria-label': this.t('openChatUnread') });
  }

  authorOf(item: Parameters<MessageList['authorOf']>[0]): string {
    return this.messages.authorOf(item);
  }

  showNotice(notice: Notice | null): void {
    this.notice.textContent = notice?.text ?? '';
    setAttributes(this.notice, { class: notice?.tone === 'ok' ? 'notice ok' : 'notice' });
  }

  /** Puts a message that was not sent back into the input, before anything typed since. */
  restoreDraft(text: string): void {
    this.input.value = this.input.value ? `${text}\n${this.input.value}` : text;
  }

  private submitDraft(): void {
    const text = this.input.value.trim();
    if (!text) return;
    this.input.value = '';
    this.actions.send(text);
  }

  private renderHandoff(handoff: WidgetHandoff | null): void {
    this.handoff.hidden = handoff === null;
    if (handoff)
      this.handoff.replaceChildren(
        el('strong', {}, this.t('handoffTitle')),
        el('p', {}, handoffWhen(handoff, this.language.code, this.t)),
      );
  }

  private renderRating(view: ConversationView): void {
    this.rating.hidden = !view.askRating && !view.rated;
    if (view.rated) {
      this.ratingForm = null;
      this.rating.replaceChildren(el('p', { class: 'resolved' }, this.t('ratingThanks')));
    } else if (view.askRating && !this.ratingForm) {
      this.ratingForm = new RatingForm(this.t, this.language.code, (score, comment) =>
        this.actions.rate(score, comment),
      );
      this.rating.replaceChildren(this.ratingForm.element);
    }
  }

  private scrollToEnd(): void {
    const body = this.messages.element.parentElement;
    if (body) body.scrollTop = body.scrollHeight;
  }
}
