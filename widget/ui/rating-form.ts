import { WIDGET_LIMITS } from '../../shared/api/widget-constants.js';
import type { WidgetTextKey } from '../locales/index.js';
import type { Translate } from '../widget-texts.js';
import { el } from './dom.js';

const SCORES = [1, 2, 3, 4, 5] as const;
const SCORE_TEXT: Readonly<Record<(typeof SCORES)[number], WidgetTextKey>> = {
  1: 'score1',
  2: 'score2',
  3: 'score3',
  4: 'score4',
  5: 'score5',
};

/** The rating prompt after resolution: 1–5 as a radio group with labels, an optional comment, the error on the group. */
export class RatingForm {
  readonly element: HTMLFormElement;
  private readonly radios: HTMLInputElement[];
  private readonly comment: HTMLTextAreaElement;
  private readonly error: HTMLParagraphElement;

  constructor(t: Translate, language: string, submit: (score: number, comment: string) => Promise<void>) {
    const number = new Intl.NumberFormat(language);
    this.radios = SCORES.map((score) => el('input', { type: 'radio', name: 'score', value: String(score) }));
    this.error = el('p', { class: 'error', id: 'rating-error' });
    this.comment = el('textarea', { id: 'rating-comment', maxlength: String(WIDGET_LIMITS.maxCommentLength) });
    const choices = SCORES.map((score, index) =>
      el('label', {}, this.radios[index] ?? '', ` ${number.format(score)} – ${t(SCORE_TEXT[score])}`),
    );
    const fieldset = el(
      'fieldset',
      { 'aria-describedby': 'rating-error' },
      el('legend', {}, t('ratingQuestion')),
      ...choices,
      this.error,
    );
    const send = el('button', { type: 'submit', class: 'button' }, t('ratingSend'));
    this.element = el(
      'form',
      { class: 'rating', novalidate: true },
      fieldset,
      el('label', { for: 'rating-comment' }, t('ratingComment')),
      this.comment,
      send,
    );
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = this.radios.find((radio) => radio.checked);
      if (!chosen) {
        this.error.textContent = t('ratingChoose');
        this.radios[0]?.focus();
        return;
      }
      this.error.textContent = '';
      send.disabled = true;
      void submit(Number(chosen.value), this.comment.value.trim()).finally(() => {
        send.disabled = false;
      });
    });
  }
}
