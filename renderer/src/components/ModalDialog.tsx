import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useDialogFocusTrap } from '../keyboard/useDialogFocusTrap.js';

/**
 * A modal dialog over the console: a click on the overlay around it closes it, Tab stays inside it, and it is
 * named by its title (`labelledBy`). What it holds and where the focus goes on opening are the caller's.
 */
export function ModalDialog(props: {
  className: string;
  labelledBy: string;
  testId: string;
  onClose: () => void;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);
  useDialogFocusTrap(dialogRef);
  return (
    <div className="overlay" onClick={props.onClose}>
      <div
        ref={dialogRef}
        className={props.className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={props.labelledBy}
        data-testid={props.testId}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={props.onKeyDown}
      >
        {props.children}
      </div>
    </div>
  );
}
