import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldQuotedText } from '../../../shared/channels/quoted-text.js';
import type { AttachmentMeta, EmailMeta } from '../../../shared/domain/ticket.js';
import { useController } from '../state/context.js';
import { actionErrorText } from './action-error.js';
import { fileSize } from './file-size.js';
import './email.css';

/**
 * A customer's mail: what they wrote now, with the quoted history and signature folded away behind a toggle; a
 * note when a machine sent it; its attachments, downloadable when the queue kept them.
 */
export function MailText(props: { ticketId: string; text: string; email: EmailMeta }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const foldedId = useId();
  const { body, folded } = foldQuotedText(props.text);
  const { automatic, attachments } = props.email;
  return (
    <>
      {automatic ? (
        <p className="mail-automatic" data-testid="mail-automatic" data-automatic={automatic}>
          {t(`email.mail.automatic.${automatic}`)}
        </p>
      ) : null}
      <div className="message-text" dir="auto">
        {body}
      </div>
      {folded !== null ? (
        <>
          <button
            type="button"
            className="button button-small mail-fold-toggle"
            aria-expanded={open}
            aria-controls={foldedId}
            data-testid="mail-fold-toggle"
            onClick={() => setOpen((shown) => !shown)}
          >
            {t(open ? 'email.mail.hideQuoted' : 'email.mail.showQuoted')}
          </button>
          <div id={foldedId} className="mail-folded" dir="auto" hidden={!open} data-testid="mail-folded">
            {folded}
          </div>
        </>
      ) : null}
      {attachments.length > 0 ? <Attachments ticketId={props.ticketId} attachments={attachments} /> : null}
    </>
  );
}

function Attachments({ ticketId, attachments }: { ticketId: string; attachments: readonly AttachmentMeta[] }) {
  const { t, i18n } = useTranslation();
  const { api } = useController();
  const [error, setError] = useState<string | null>(null);
  const download = async (attachment: AttachmentMeta) => {
    setError(null);
    const answer = await api.downloadAttachment({ ticketId, attachmentId: attachment.id });
    if (!answer.ok) {
      setError(actionErrorText(t, answer.error));
      return;
    }
    const bytes = Uint8Array.from(atob(answer.value.base64), (char) => char.charCodeAt(0));
    // Saved, never shown: as a plain byte stream the blob cannot be rendered (an HTML file's scripts never run here).
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = answer.value.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <section className="mail-attachments" aria-label={t('email.mail.attachments')} data-testid="mail-attachments">
      <ul>
        {attachments.map((attachment) => (
          <li key={attachment.id} data-testid="mail-attachment" data-stored={attachment.stored}>
            <bdi className="mail-attachment-name" dir="auto">
              {attachment.filename}
            </bdi>{' '}
            <span className="mail-attachment-meta">
              {attachment.contentType} · {fileSize(attachment.size, i18n.language)}
            </span>{' '}
            {attachment.stored ? (
              <button
                type="button"
                className="button button-small"
                data-testid="mail-attachment-download"
                aria-label={t('email.mail.download', { name: attachment.filename })}
                onClick={() => void download(attachment)}
              >
                ↓
              </button>
            ) : (
              <span className="mail-attachment-not-stored">{t('email.mail.notStored')}</span>
            )}
          </li>
        ))}
      </ul>
      {error ? (
        <p className="email-error" role="alert" data-testid="mail-attachment-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
