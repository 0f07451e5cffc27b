import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { baseLanguage, needsTranslation, type TicketTranslation } from '../../../shared/api/translation-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useConsoleState, useController } from '../state/context.js';

export type TicketTranslationState =
  /** No translator, no method on this host, or the customer writes in the agent's language. */
  | { kind: 'none' }
  | { kind: 'loading' }
  | { kind: 'loaded'; translation: TicketTranslation }
  | { kind: 'failed'; message: string };

export interface TicketTranslationView {
  state: TicketTranslationState;
  /** The agent's UI language (what is translated into). */
  language: string;
  retry(): void;
}

/**
 * Fetches the machine translation of the open ticket (customer messages, AI draft) into the agent's UI
 * language when a translator is configured and the customer writes in another language: when the ticket
 * opens, and again when it changes (the core answers repeats from its cache without a model call).
 */
export function useTicketTranslation(ticket: Ticket): TicketTranslationView {
  const { i18n } = useTranslation();
  const { api } = useController();
  const available = useConsoleState((s) => s.setup?.translationAvailable ?? false);
  const language = baseLanguage(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const translateTicket = api.translateTicket;
  const wanted = available && !!translateTicket && needsTranslation(ticket.language, language);
  const [state, setState] = useState<TicketTranslationState>({ kind: 'none' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!wanted || !translateTicket) {
      setState({ kind: 'none' });
      return;
    }
    let current = true;
    // Keep what is shown for this ticket while it is fetched again after a change.
    setState((previous) =>
      previous.kind === 'loaded' &&
      previous.translation.ticketId === ticket.id &&
      previous.translation.language === language
        ? previous
        : { kind: 'loading' },
    );
    void translateTicket({ ticketId: ticket.id, language }).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { kind: 'loaded', translation: result.value } : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [wanted, translateTicket, ticket.id, ticket.version, language, attempt]);

  return { state, language, retry: () => setAttempt((n) => n + 1) };
}
