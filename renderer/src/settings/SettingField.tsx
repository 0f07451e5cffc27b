import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

/**
 * One labelled text setting: the label, the input, an optional hint under it and the field's error,
 * with the input described by both (aria-describedby) and marked invalid while the error shows.
 */
export function SettingField({
  inputId,
  label,
  hint,
  error,
  errorTestId,
  inputRef,
  input,
}: {
  inputId: string;
  label: string;
  hint?: { content: ReactNode; testId?: string; data?: Record<`data-${string}`, string> };
  error: string | undefined;
  errorTestId: string;
  inputRef: Ref<HTMLInputElement>;
  /** The input's own attributes (type, value, onChange, data-testid, ...). */
  input: InputHTMLAttributes<HTMLInputElement> & Record<`data-${string}`, string>;
}) {
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter((part): part is string => part !== null).join(' ') ||
    undefined;
  return (
    <>
      <label className="setting-label" htmlFor={inputId}>
        {label}
      </label>
      <input
        {...input}
        id={inputId}
        ref={inputRef}
        autoComplete={input.autoComplete ?? 'off'}
        spellCheck={input.spellCheck ?? false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <p id={hintId} className="setting-hint" data-testid={hint.testId} {...hint.data}>
          {hint.content}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="setting-error" data-testid={errorTestId}>
          {error}
        </p>
      ) : null}
    </>
  );
}
