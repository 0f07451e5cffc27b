import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';
import type { ConsoleApi } from '../../../shared/api/console-contract.js';
import type { ApiMode } from '../api/console-api.js';
import { notifyOnDesktop } from '../notifications/desktop-notice.js';
import { coalesce } from '../state/coalesce.js';
import type { Controller } from '../state/controller.js';
import { browserLocalStorage } from '../state/drafts-storage.js';
import type { ConsoleStoreApi } from '../state/store.js';
import { markTicketMentionsRead, refreshMentions, type MentionsApi } from './mentions-requests.js';
import { useMentions, type MentionedEvent } from './mentions-store.js';

export interface MentionCuesInput {
  api: MentionsApi & Pick<ConsoleApi, 'subscribe'>;
  store: ConsoleStoreApi;
  controller: Pick<Controller, 'openTicket'>;
  i18n: I18n;
  /** In Electron the main process shows the desktop notification. */
  mode: ApiMode;
}

/** The title of a mention's notice, in-app and on the desktop. */
export function mentionTitle(i18n: Pick<I18n, 't'>, mention: Pick<MentionedEvent, 'by'>): string {
  return i18n.t('mentions.notice.title', { by: mention.by ?? i18n.t('mentions.someone') });
}

/**
 * Mentions as they happen (issue 19): each `mentioned` event becomes an in-app notice and a desktop notification (in
 * the browser, when the person turned them on and looks elsewhere); the Mentions list is read again when tickets
 * change, and a ticket's mentions are read once it is opened.
 */
export function useMentionCues({ api, store, controller, i18n, mode }: MentionCuesInput): void {
  useEffect(() => {
    const storage = browserLocalStorage();
    const refresh = coalesce(() => refreshMentions(api));
    void refresh();
    const unsubscribe = api.subscribe((event) => {
      if (event.type === 'tickets_changed') void refresh();
      if (event.type !== 'mentioned') return;
      const { type: _mentioned, ...mention } = event;
      useMentions.getState().addNotice(mention);
      notifyOnDesktop(
        {
          title: mentionTitle(i18n, mention),
          body: mention.subject,
          tag: `switchboard-mention-${mention.messageId}`,
          onClick: () => controller.openTicket(mention.ticketId),
        },
        { mode, i18n, storage },
      );
      void refresh();
    });
    const unwatch = store.subscribe((state, previous) => {
      const opened = state.openTicketId;
      if (opened && opened !== previous.openTicketId) void markTicketMentionsRead(api, opened);
    });
    return () => {
      unsubscribe();
      unwatch();
    };
  }, [api, store, controller, i18n, mode]);
}
