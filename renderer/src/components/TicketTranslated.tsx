import type { ReactNode } from 'react';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { useTranslationDisplay } from '../state/translation-display.js';
import { useTicketTranslation, type TicketTranslationView } from './useTicketTranslation.js';

export interface TicketTranslatedParts {
  translation: TicketTranslationView;
  /** Customer message translations to show (none while hidden or not loaded). */
  byMessage: { language: string; byMessage: ReadonlyMap<string, string> } | undefined;
  /** The AI draft's translation to show under the editor. */
  draft: { language: string; text: string } | null;
}

/** Loads the open ticket's machine translation and hands its parts to the thread and the editor. */
export function TicketTranslated({
  ticket,
  children,
}: {
  ticket: Ticket;
  children: (parts: TicketTranslatedParts) => ReactNode;
}) {
  const translation = useTicketTranslation(ticket);
  const shown = useTranslationDisplay((s) => s.shown);
  const loaded = translation.state.kind === 'loaded' && shown ? translation.state.translation : null;
  const byMessage = new Map<string, string>();
  for (const entry of loaded?.messages ?? []) if (entry.text !== null) byMessage.set(entry.messageId, entry.text);
  return (
    <>
      {children({
        translation,
        byMessage: loaded ? { language: loaded.language, byMessage } : undefined,
        draft: loaded?.draft && ticket.aiDraft ? { language: loaded.language, text: loaded.draft } : null,
      })}
    </>
  );
}
