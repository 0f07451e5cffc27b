import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.js';

export interface PickerItem {
  id: string;
  label: string;
  /** Shown at the end of the row: a shortcut or a detail. */
  hint?: string;
  /** A line under the label (e.g. the piece of an article that matched). */
  detail?: string;
  disabled?: boolean;
  run(): void;
}

interface PickerDialogProps {
  title: string;
  testId: string;
  placeholder: string;
  items: PickerItem[];
  onClose(): void;
  /** With no items to pick, Enter submits the typed text (e.g. a reason). */
  onSubmitText?: (text: string) => void;
  emptyText?: string;
  /**
   * The items are what a search for the typed text found (the caller searches): the dialog tells it the text and
   * shows the items as they come instead of narrowing them itself.
   */
  onSearch?: (text: string) => void;
}

/**
 * A keyboard-first dialog: type to narrow, arrows to move, Enter to run, Esc to close. Focus goes
 * into the field when it opens and back where it was when it closes.
 */
export function PickerDialog(props: PickerDialogProps) {
  const { title, testId, placeholder, items, onClose, onSubmitText, emptyText, onSearch } = props;
  const { t } = useTranslation();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);

  const shown = useMemo(() => {
    const needle = text.trim().toLocaleLowerCase();
    return needle && !onSearch
      ? items.filter(
          (item) => item.label.toLocaleLowerCase().includes(needle) || item.id.toLowerCase().includes(needle),
        )
      : items;
  }, [items, text, onSearch]);

  // A layout effect: the field has the focus before the dialog is painted, so no key typed right after
  // it appears goes elsewhere.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => {
      // Back where it was, unless the chosen action moved the focus on purpose.
      if (!document.activeElement || document.activeElement === document.body) previous?.focus();
    };
  }, []);
  useEffect(() => setActive(0), [text]);

  const runAt = (index: number) => {
    const item = shown[index];
    if (item && !item.disabled) item.run();
  };

  return (
    <ModalDialog className="dialog picker" labelledBy={`${id}-title`} testId={testId} onClose={onClose}>
      <h2 id={`${id}-title`} className="dialog-title">
        {title}
      </h2>
      <PickerField
        inputRef={inputRef}
        testId={testId}
        listId={`${id}-list`}
        activeId={shown[active] ? `${id}-item-${active}` : undefined}
        label={placeholder}
        value={text}
        onText={(typed) => {
          setText(typed);
          onSearch?.(typed);
        }}
        onMove={(delta) => setActive((i) => Math.min(Math.max(i + delta, 0), Math.max(shown.length - 1, 0)))}
        onEnter={() => {
          if (shown.length > 0) runAt(active);
          else if (onSubmitText && text.trim()) onSubmitText(text.trim());
        }}
        onClose={onClose}
      />
      {shown.length > 0 ? (
        <ul id={`${id}-list`} className="picker-list" role="listbox" aria-label={title}>
          {shown.map((item, index) => (
            <li
              key={item.id}
              id={`${id}-item-${index}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={item.disabled || undefined}
              data-item-id={item.id}
              className={`picker-item${index === active ? ' active' : ''}${item.disabled ? ' disabled' : ''}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => runAt(index)}
            >
              {item.detail ? (
                <span className="picker-item-text">
                  <span dir="auto">{item.label}</span>
                  <span className="picker-item-detail" dir="auto">
                    {item.detail}
                  </span>
                </span>
              ) : (
                <span dir="auto">{item.label}</span>
              )}
              {item.hint ? (
                <kbd className="picker-hint" dir="ltr">
                  {item.hint}
                </kbd>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{onSubmitText ? t('palette.enterToSubmit') : (emptyText ?? t('palette.nothing'))}</p>
      )}
    </ModalDialog>
  );
}

/**
 * A picker's field: a combobox over the list `listId` (its active option `activeId`); the arrows move the active
 * option, Enter picks it, Esc closes, and neither reaches the console's shortcuts. `describedBy`, `invalid` and `busy`
 * say what the picker says under it (a refusal) and that it is at work.
 */
export function PickerField(props: {
  inputRef: RefObject<HTMLInputElement | null>;
  testId: string;
  listId: string;
  activeId: string | undefined;
  label: string;
  value: string;
  onText(text: string): void;
  onMove(delta: 1 | -1): void;
  onEnter(): void;
  onClose(): void;
  describedBy?: string;
  invalid?: boolean;
  busy?: boolean;
}) {
  const { onMove, onEnter, onClose } = props;
  return (
    <input
      ref={props.inputRef}
      className="picker-input"
      data-testid={`${props.testId}-input`}
      role="combobox"
      aria-expanded="true"
      aria-controls={props.listId}
      aria-activedescendant={props.activeId}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-busy={props.busy || undefined}
      placeholder={props.label}
      value={props.value}
      onChange={(e) => props.onText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          onMove(e.key === 'ArrowDown' ? 1 : -1);
        } else if (e.key === 'Enter' || e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          if (e.key === 'Enter') onEnter();
          else onClose();
        }
      }}
    />
  );
}
