import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog.js';
import { PickerField } from '../components/PickerDialog.js';
import { matchingTags, toggleOf, type TagPresence } from './tag-choices.js';
import { TagSwatch } from './TagChips.js';
import { useTenantTags } from './tenant-tags.js';
import './tags.css';

interface TagPickerProps {
  title: string;
  testId: string;
  /** Whether each tag is on the ticket(s) the picker acts on now. */
  presence: (tagId: string) => TagPresence;
  /** Adds or removes one tag; resolves with a refusal's sentence, or null when done. */
  onToggle: (change: { add: string[]; remove: string[] }) => Promise<string | null>;
  onClose(): void;
}

/**
 * The tenant's tags to put on or take off, keyboard-first: type to narrow, arrows to move, Enter toggles the tag
 * (on every ticket, or off when all carry it), Esc closes. A combobox over a multi-select listbox whose selected
 * options are the tags on the ticket(s); a refusal is said under the field.
 */
export function TagPickerDialog({ title, testId, presence, onToggle, onClose }: TagPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const tags = useTenantTags();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const shown = useMemo(() => matchingTags(tags, text), [tags, text]);
  const activeIndex = Math.min(active, shown.length - 1);

  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => {
      if (!document.activeElement || document.activeElement === document.body) previous?.focus();
    };
  }, []);

  const toggle = async (index: number) => {
    const tag = shown[index];
    if (!tag || busy) return;
    setBusy(true);
    setRefusal(await onToggle(toggleOf(presence(tag.id), tag.id)));
    setBusy(false);
  };

  return (
    <ModalDialog className="dialog picker tag-picker" labelledBy={`${id}-title`} testId={testId} onClose={onClose}>
      <h2 id={`${id}-title`} className="dialog-title">
        {title}
      </h2>
      <PickerField
        inputRef={inputRef}
        testId={testId}
        listId={`${id}-list`}
        activeId={shown[activeIndex] ? `${id}-item-${activeIndex}` : undefined}
        label={t('tags.filter')}
        value={text}
        onText={(typed) => {
          setText(typed);
          setActive(0);
        }}
        onMove={(delta) => setActive(Math.min(Math.max(activeIndex + delta, 0), Math.max(shown.length - 1, 0)))}
        onEnter={() => void toggle(activeIndex)}
        onClose={onClose}
        describedBy={`${id}-hint${refusal ? ` ${id}-refusal` : ''}`}
        invalid={refusal !== null}
        busy={busy}
      />
      <p id={`${id}-hint`} className="hint">
        {t('tags.pickerHint')}
      </p>
      {refusal ? (
        <p id={`${id}-refusal`} className="error" role="alert" data-testid={`${testId}-refusal`}>
          {refusal}
        </p>
      ) : null}
      {shown.length > 0 ? (
        <ul id={`${id}-list`} className="picker-list" role="listbox" aria-multiselectable="true" aria-label={title}>
          {shown.map((tag, index) => {
            const on = presence(tag.id);
            return (
              <li
                key={tag.id}
                id={`${id}-item-${index}`}
                role="option"
                aria-selected={on === 'all'}
                data-tag-id={tag.id}
                data-presence={on}
                className={`picker-item tag-option${index === activeIndex ? ' active' : ''}`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  setActive(index);
                  void toggle(index);
                }}
              >
                <span className="tag-option-label">
                  <span className="tag-check" aria-hidden="true">
                    {on === 'all' ? '✓' : on === 'some' ? '–' : ''}
                  </span>
                  <TagSwatch color={tag.color} />
                  <span dir="auto">{tag.name}</span>
                </span>
                <span className="picker-hint">{t(`tags.presence.${on}`)}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="hint">{tags.length === 0 ? t('tags.none') : t('tags.noMatch')}</p>
      )}
    </ModalDialog>
  );
}
