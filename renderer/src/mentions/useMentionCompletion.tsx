import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Person } from '../../../shared/api/people-contract.js';
import { useController } from '../state/context.js';
import { MentionCompletion } from './MentionCompletion.js';
import { insertMention, matchingPeople, mentionQueryAt } from './mention-text.js';
import { loadPeople } from './mentions-requests.js';
import { useMentions } from './mentions-store.js';

/**
 * `@` completion in the reply editor (issue 19): typing `@` opens a list of the tenant's people filtered as the name is
 * typed; ↑/↓ move, Enter or Tab inserts `@Name`, Esc closes it (until another `@`). The editor spreads `textareaProps`
 * on its textarea (it keeps its textbox role, with the attributes of an autocompleting textbox) and shows `list`.
 */
export function useMentionCompletion(ticketId: string, text: string) {
  const controller = useController();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState<number | null>(null);
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const people = useMentions((s) => s.people);
  const peopleError = useMentions((s) => s.peopleError);

  const typed = mentionQueryAt(text, Math.min(caret ?? text.length, text.length));
  const open = typed !== null && typed.start !== closedAt;
  const matches = open ? matchingPeople(people?.list ?? [], typed.query) : [];
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));
  const query = typed?.query ?? null;

  useEffect(() => {
    if (open && people === null) void loadPeople(controller.api);
  }, [open, people, controller.api]);
  useEffect(() => setActive(0), [query]);
  // A list closed with Esc stays closed for that `@` only: once it is gone, the next `@` opens one again.
  const typedAt = typed?.start ?? null;
  useEffect(() => {
    if (closedAt !== null && typedAt !== closedAt) setClosedAt(null);
  }, [typedAt, closedAt]);

  const readCaret = (event: SyntheticEvent<HTMLTextAreaElement>) => setCaret(event.currentTarget.selectionStart);

  // The caret goes after an inserted `@Name` as the editor shows that text, before any later key reaches it: set
  // a frame later, it once moved back over letters typed meanwhile on a loaded machine (they ended up after the rest).
  const placeCaret = useRef<{ text: string; caret: number } | null>(null);
  useLayoutEffect(() => {
    const pending = placeCaret.current;
    placeCaret.current = null;
    if (pending && pending.text === text) ref.current?.setSelectionRange(pending.caret, pending.caret);
  }, [text]);

  function choose(person: Person): void {
    if (!typed) return;
    const next = insertMention(text, typed, Math.min(caret ?? text.length, text.length), person);
    useMentions.getState().choose(ticketId, person);
    placeCaret.current = next;
    controller.setDraft(ticketId, next.text);
    setCaret(next.caret);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (!open || event.ctrlKey || event.metaKey || event.altKey) return;
    const handled = (): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    if (event.key === 'Escape') {
      handled();
      setClosedAt(typed.start);
      return;
    }
    const chosen = matches[activeIndex];
    if (!chosen) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      handled();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + matches.length) % matches.length);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
      handled();
      choose(chosen);
    }
  }

  const optionId = (index: number) => `${listId}-option-${index}`;
  return {
    textareaProps: {
      ref,
      'aria-autocomplete': 'list' as const,
      'aria-controls': matches.length > 0 ? listId : undefined,
      'aria-activedescendant': matches.length > 0 ? optionId(activeIndex) : undefined,
      onKeyDown,
      onSelect: readCaret,
      onInput: readCaret,
      onClick: readCaret,
    },
    list: (
      <MentionCompletion
        open={open}
        listId={listId}
        optionId={optionId}
        matches={matches}
        activeIndex={activeIndex}
        query={query ?? ''}
        offline={people?.fromCache === true}
        error={peopleError}
        onChoose={choose}
      />
    ),
  };
}
