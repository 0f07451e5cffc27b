import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/api/people-contract.js';
import type { AppError } from '../../../shared/result.js';
import './mentions.css';

interface MentionCompletionProps {
  open: boolean;
  listId: string;
  optionId: (index: number) => string;
  matches: readonly Person[];
  activeIndex: number;
  query: string;
  /** The list is the console's kept copy (the queue could not be asked). */
  offline: boolean;
  error: AppError | null;
  onChoose: (person: Person) => void;
}

/** The people matching the `@name` being typed (a listbox the editor's textarea points into), or how to start one. */
export function MentionCompletion(props: MentionCompletionProps) {
  const { t } = useTranslation();
  const { open, listId, matches, activeIndex } = props;
  if (!open) return <p className="hint mention-hint">{t('mentions.editorHint')}</p>;
  return (
    <div className="mention-completion" data-testid="mention-completion">
      {matches.length > 0 ? (
        <ul id={listId} role="listbox" aria-label={t('mentions.completion.label')} className="mention-list">
          {matches.map((person, index) => (
            <li
              key={person.id}
              id={props.optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="mention-option"
              data-testid="mention-option"
              dir="auto"
              // Keeps the focus in the editor: a click chooses like Enter.
              onMouseDown={(event) => {
                event.preventDefault();
                props.onChoose(person);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
      ) : null}
      {props.error ? (
        <p role="alert" className="mention-note">
          {t('mentions.completion.loadFailed', { reason: props.error.message })}
        </p>
      ) : matches.length === 0 ? (
        <p role="status" className="mention-note">
          {t('mentions.completion.none', { query: props.query })}
        </p>
      ) : null}
      {props.offline ? <p className="mention-note">{t('mentions.completion.offline')}</p> : null}
    </div>
  );
}
