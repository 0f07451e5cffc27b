import { useEffect, useRef } from 'react';

/** A question before something that cannot be taken back (disable, rotate, revoke): the action focused, or Cancel. */
export function ConfirmBar(props: {
  text: string;
  action: string;
  cancel: string;
  busy: boolean;
  testId: string;
  onConfirm(): void;
  onCancel(): void;
}) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div className="admin-notice confirm" role="alertdialog" aria-label={props.action} data-testid={props.testId}>
      <p>{props.text}</p>
      <button
        ref={confirm}
        type="button"
        className="button button-primary"
        data-testid={`${props.testId}-yes`}
        disabled={props.busy}
        onClick={props.onConfirm}
      >
        {props.action}
      </button>
      <button type="button" className="button" data-testid={`${props.testId}-no`} onClick={props.onCancel}>
        {props.cancel}
      </button>
    </div>
  );
}
