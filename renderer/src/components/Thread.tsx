import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalMessage } from '../../../shared/api/console-contract.js';
import { DeliveryLine } from '../delivery/DeliveryLine.js';
import { MailText } from '../email/MailText.js';
import { MachineTranslation } from './MachineTranslation.js';
import { Timestamp } from './Timestamp.js';

/**
 * `translations`: machine translations of customer messages by message id, shown under each original. `channel`: the
 * ticket's, which says how a reply's delivery reads (sent by email, shown in the chat).
 */
export function Thread({
  messages,
  channel,
  translations,
}: {
  messages: LocalMessage[];
  channel: string;
  translations?: { language: string; byMessage: ReadonlyMap<string, string> };
}) {
  const { t } = useTranslation();
  const endRef = useRef<HTMLDivElement>(null);
  const lastId = messages[messages.length - 1]?.id;

  // Show the newest message when one arrives.
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest' });
  }, [lastId]);

  return (
    <section className="thread" data-testid="thread" aria-label={t('ticket.thread')}>
      {messages.length === 0 ? <p className="empty-state">{t('ticket.emptyThread')}</p> : null}
      {messages.map((m) => (
        <article
          key={m.id}
          className={`message author-${m.author} kind-${m.kind}${m.pending ? ' pending' : ''}`}
          data-testid="message"
          data-message-id={m.id}
          data-author={m.author}
          data-kind={m.kind}
          data-pending={m.pending ? 'true' : 'false'}
        >
          <header className="message-header">
            <span className="message-author">
              {m.authorName ? `${m.authorName} · ` : ''}
              {t(`author.${m.author}`)}
            </span>
            {m.kind === 'note' ? <span className="chip chip-note">{t('message.note')}</span> : null}
            {m.pending ? (
              <span className="chip chip-pending" data-testid="message-pending">
                {t('message.pending')}
              </span>
            ) : null}
            <Timestamp className="message-time" at={m.createdAt} />
          </header>
          {m.email && m.author === 'customer' ? (
            <MailText ticketId={m.ticketId} text={m.text} email={m.email} />
          ) : (
            <div className="message-text" dir="auto">
              {m.text}
            </div>
          )}
          {translations?.byMessage.get(m.id) ? (
            <MachineTranslation
              text={translations.byMessage.get(m.id) ?? ''}
              language={translations.language}
              testId="message-translation"
            />
          ) : null}
          {m.delivery ? (
            <DeliveryLine
              ticketId={m.ticketId}
              messageId={m.id}
              text={m.text}
              delivery={m.delivery}
              channel={channel}
            />
          ) : null}
        </article>
      ))}
      <div ref={endRef} />
    </section>
  );
}
