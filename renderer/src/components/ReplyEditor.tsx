import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { cannotOverruleAi } from '../../../shared/api/whoami.js';
import { MAX_MESSAGE_LENGTH, type Ticket } from '../../../shared/domain/ticket.js';
import { useFormat } from '../format/useFormat.js';
import { useConsoleState, useController } from '../state/context.js';
import { editorText } from '../state/store.js';
import { BusyNotice } from './BusyNotice.js';
import { ErrorMessage } from './ErrorMessage.js';
import { MachineTranslation } from './MachineTranslation.js';
import { ShortcutButton } from './ShortcutButton.js';
import { useTypingPresence } from '../presence/useTypingPresence.js';
import { ReplyTranslation } from '../assist/ReplyTranslation.js';
import { useMentionCompletion } from '../mentions/useMentionCompletion.js';

/** `draftTranslation`: the AI draft machine-translated into the agent's language, shown under the editor. */
export function ReplyEditor({
  ticket,
  draftTranslation,
}: {
  ticket: Ticket;
  draftTranslation?: { language: string; text: string } | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const controller = useController();
  const id = useId();
  const text = useConsoleState((s) => editorText(s, ticket.id));
  const ownDraft = useConsoleState((s) => s.drafts[ticket.id]);
  const sending = useConsoleState((s) => s.sending);
  // Others see "typing a reply" while the text changes (presence/).
  useTypingPresence(ticket.id, text);
  const actionError = useConsoleState((s) => s.actionError);
  // An AI resolution is answered (or reopened) by a lead only; others may still add a note.
  const heldByAi = useConsoleState((s) => cannotOverruleAi(ticket.status, s.status?.role));
  // `@` completes the tenant's people; their ids go with a note (mentions/).
  const mention = useMentionCompletion(ticket.id, text);

  const trimmed = text.trim();
  const tooLong = trimmed.length > MAX_MESSAGE_LENGTH;
  const disabled = trimmed.length === 0 || sending || tooLong;
  const sendProps = (send: () => Promise<void>) => ({ disabled: disabled || heldByAi, onPress: send });
  const showsAiDraft = ownDraft === undefined && ticket.status === 'escalated' && !!ticket.aiDraft;

  return (
    <section className="editor" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-text`} className="panel-title">
        {t('editor.label')}
      </label>
      {showsAiDraft ? <p className="hint">{t('editor.aiDraftHint')}</p> : null}
      {heldByAi ? (
        <p className="hint" data-testid="ai-resolved-hint">
          {t('editor.aiResolvedHint')}
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        data-testid="reply-editor"
        className="editor-text"
        dir="auto"
        rows={7}
        value={text}
        readOnly={sending}
        aria-busy={sending}
        aria-invalid={tooLong}
        placeholder={t('editor.placeholder')}
        onChange={(e) => controller.setDraft(ticket.id, e.target.value)}
        {...mention.textareaProps}
      />
      {mention.list}
      {draftTranslation ? (
        <MachineTranslation
          text={draftTranslation.text}
          language={draftTranslation.language}
          testId="draft-translation"
          labelKey="translation.draftLabel"
        />
      ) : null}
      <ReplyTranslation ticket={ticket} />
      <div className="editor-footer">
        <span className={`length${tooLong ? ' too-long' : ''}`}>
          {t('editor.length', { current: fmt.number(trimmed.length), max: fmt.number(MAX_MESSAGE_LENGTH) })}
        </span>
        <span className="hint">{t('editor.hint')}</span>
      </div>
      {actionError ? <ErrorMessage error={actionError} /> : null}
      <BusyNotice near="editor" />
      <div className="editor-actions">
        <button
          type="button"
          className="button"
          data-testid="note-button"
          disabled={disabled}
          onClick={() => void controller.addNote()}
        >
          {t('editor.addNote')}
        </button>
        <span className="spacer" />
        <ShortcutButton keys="Control+Enter" className="button" testId="send-button" {...sendProps(controller.send)}>
          {sending ? t('editor.sending') : t('editor.send')}
        </ShortcutButton>
        <ShortcutButton
          keys="Control+Shift+Enter"
          className="button button-primary"
          testId="send-resolve-button"
          {...sendProps(controller.sendAndResolve)}
        >
          {t('editor.sendResolve')}
        </ShortcutButton>
      </div>
    </section>
  );
}
