import { useEffect, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result.js';
import { ErrorMessage } from '../../components/ErrorMessage.js';
import { ShortcutButton } from '../../components/ShortcutButton.js';
import '../../identity/identity.css';

/** After a refusal, the first field it marked takes the focus, so it is read out and can be put right. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, problems: { fields: object }): void {
  useEffect(() => {
    if (Object.keys(problems.fields).length > 0)
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }, [form, problems]);
}

/**
 * The frame of the Users and API tokens sections: the title with its Alt+N button, the list's load error (a console
 * with no queue accounts says so), and Esc in the open form going back to the list.
 */
export function PeopleSection(props: {
  testId: string;
  title: string;
  newLabel: string;
  newTestId: string;
  editable: boolean;
  loadError: AppError | null;
  form: RefObject<HTMLFormElement | null>;
  /** Starts a new item; absent for a role that adds none (a lead in Users: no Alt+N button). */
  onNew?: () => void;
  onRetry(): void;
  onCloseForm(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && props.form.current?.contains(event.target as Node)) {
      event.preventDefault();
      props.onCloseForm();
    }
  };
  return (
    <section className="people-section" aria-label={props.title} data-testid={props.testId} onKeyDown={onKeyDown}>
      <div className="admin-list-head">
        <h3>{props.title}</h3>
        {props.onNew ? (
          <ShortcutButton
            keys="Alt+N"
            className="button button-small"
            testId={props.newTestId}
            disabled={!props.editable}
            onPress={props.onNew}
          >
            {props.newLabel}
          </ShortcutButton>
        ) : null}
      </div>
      {props.loadError?.code === 'not_supported' ? (
        <p className="empty-state">{t('identity.users.unavailable')}</p>
      ) : props.loadError ? (
        <ErrorMessage error={props.loadError} onRetry={props.onRetry} />
      ) : null}
      {props.children}
    </section>
  );
}

/** The list of a people section: its empty sentence, or a table with these column headings over the rows given. */
export function PeopleTable(props: {
  testId: string;
  /** Null while the list is not loaded: nothing is shown. */
  count: number | null;
  empty: string;
  headings: readonly string[];
  /** A last column without a heading (the rows' buttons). */
  actionsColumn?: boolean;
  children: ReactNode;
}) {
  if (props.count === null) return null;
  if (props.count === 0) return <p className="empty-state">{props.empty}</p>;
  return (
    <table className="identity-table" data-testid={props.testId}>
      <thead>
        <tr>
          {props.headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
          {props.actionsColumn ? <td /> : null}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
