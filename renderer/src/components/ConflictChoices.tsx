/** One way out of a refused save: load what is stored now, or write over it. */
export interface ConflictChoice {
  testId: string;
  label: string;
  onClick(): void;
}

/**
 * Someone else saved first: the sentence saying who and when, and the choices (load theirs, save over). Shared by
 * the settings forms, the article editor and the rules editor, which each word the sentence themselves.
 */
export function ConflictChoices(props: {
  /** The screen's notice class; `conflict` is added. */
  className: string;
  testId: string;
  text: string;
  choices: readonly ConflictChoice[];
  buttonClassName?: string;
  busy?: boolean;
}) {
  return (
    <div className={`${props.className} conflict`} role="alert" data-testid={props.testId}>
      <p>{props.text}</p>
      {props.choices.map((choice) => (
        <button
          key={choice.testId}
          type="button"
          className={props.buttonClassName}
          data-testid={choice.testId}
          disabled={props.busy}
          onClick={choice.onClick}
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
