import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  baseLanguage,
  needsTranslation,
  type ReplyTranslation as Translated,
} from '../../../shared/api/translation-contract.js';
import type { Ticket } from '../../../shared/domain/ticket.js';
import { MachineTranslation } from '../components/MachineTranslation.js';
import { ShortcutButton } from '../components/ShortcutButton.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { editorText } from '../state/store.js';
import { useReplyTranslationRequests } from './reply-translation-requests.js';

type State =
  | { kind: 'idle' }
  | { kind: 'translating' }
  | { kind: 'translated'; translation: Translated }
  | { kind: 'failed'; message: string };

/**
 * Two-way translation of the reply: the agent writes in their own language; Translate (Ctrl/⌘ + Shift + L) shows the
 * reply in the customer's language and that translation back in the agent's; "Use this translation" puts the
 * customer-language text into the editor, which is what Send sends. Without a translator, or when the customer writes
 * in the agent's language, there is nothing here; a failure (offline, the model) is said and the editor is untouched.
 */
export function ReplyTranslation({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const available = useConsoleState((s) => s.setup?.translationAvailable ?? false);
  const text = useConsoleState((s) => editorText(s, ticket.id)).trim();
  const agentLanguage = baseLanguage(i18n.resolvedLanguage ?? i18n.language ?? 'en');
  const wanted = available && needsTranslation(ticket.language, agentLanguage);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const useButton = useRef<HTMLButtonElement>(null);
  const requests = useReplyTranslationRequests((s) => s.count);
  const handled = useRef(requests);

  const translate = useCallback(async () => {
    if (!text || state.kind === 'translating') return;
    setState({ kind: 'translating' });
    const result = await controller.api.translateReply({ ticketId: ticket.id, text, language: agentLanguage });
    setState(
      result.ok ? { kind: 'translated', translation: result.value } : { kind: 'failed', message: result.error.message },
    );
  }, [controller.api, ticket.id, text, agentLanguage, state.kind]);

  useEffect(() => {
    if (requests === handled.current) return;
    handled.current = requests;
    if (wanted) void translate();
  }, [requests, wanted, translate]);

  // The focus goes to "Use this translation" once it is there: Enter takes it, Tab goes on.
  const translatedText = state.kind === 'translated' ? state.translation.translated : null;
  useEffect(() => {
    if (translatedText !== null) useButton.current?.focus();
  }, [translatedText]);

  // Another ticket: nothing of the last one's translation stays.
  useEffect(() => setState({ kind: 'idle' }), [ticket.id]);

  if (!wanted || !ticket.language) return null;
  const customerLanguage = fmt.languageName(baseLanguage(ticket.language));
  const current = state.kind === 'translated' ? state.translation : null;
  const stale = current !== null && text !== current.text && text !== current.translated;
  const used = current !== null && text === current.translated;

  return (
    <div className="reply-translation" data-testid="reply-translation" data-state={state.kind}>
      <div className="editor-actions">
        <ShortcutButton
          keys="Control+Shift+L"
          className="button button-small"
          testId="reply-translate-button"
          disabled={!text || state.kind === 'translating'}
          onPress={translate}
        >
          {state.kind === 'translating'
            ? t('assist.reply.translating')
            : t('assist.reply.translate', { language: customerLanguage })}
        </ShortcutButton>
      </div>
      {state.kind === 'failed' ? (
        <p className="error" role="alert" data-testid="reply-translation-error">
          {t('assist.reply.failed', { message: state.message })}
        </p>
      ) : null}
      {current ? (
        <>
          <MachineTranslation
            text={current.translated}
            language={current.language}
            testId="reply-translated"
            labelKey="assist.reply.translated"
          />
          <MachineTranslation
            text={current.backTranslation}
            language={current.agentLanguage}
            testId="reply-back-translation"
            labelKey="assist.reply.back"
          />
          {stale ? (
            <p className="hint" role="status" data-testid="reply-translation-stale">
              {t('assist.reply.stale')}
            </p>
          ) : used ? null : (
            <div className="editor-actions">
              <button
                ref={useButton}
                type="button"
                className="button button-small button-primary"
                data-testid="reply-translation-use"
                onClick={() => {
                  controller.setDraft(ticket.id, current.translated);
                  controller.focusEditor();
                }}
              >
                {t('assist.reply.use')}
              </button>
            </div>
          )}
        </>
      ) : null}
    </div>
  );
}
