import type { ReactNode } from 'react';

/** A button that a keyboard shortcut also presses (`keys`, as aria-keyshortcuts names them). */
export function ShortcutButton(props: {
  keys: string;
  testId: string;
  className?: string;
  disabled: boolean;
  onPress: () => unknown;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.className}
      data-testid={props.testId}
      disabled={props.disabled}
      aria-keyshortcuts={props.keys}
      onClick={() => void props.onPress()}
    >
      {props.children}
    </button>
  );
}
