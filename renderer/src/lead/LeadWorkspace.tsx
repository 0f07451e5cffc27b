import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../components/ErrorBoundary.js';
import { ListBesideTicket } from '../components/ListBesideTicket.js';
import type { LeadScreenEntry } from './lead-screen-registry.js';
import './lead.css';

/** The open lead screen in place of the agent's lists, laid out as its registry entry says. */
export function LeadWorkspace({ screen }: { screen: LeadScreenEntry }) {
  const { t } = useTranslation();
  const { Component, layout } = screen;
  if (layout.kind === 'beside-ticket') {
    return (
      <ListBesideTicket label={t(layout.listLabelKey)} listKey={screen.id}>
        <Component />
      </ListBesideTicket>
    );
  }
  return (
    <main className="workspace lead-workspace">
      <ErrorBoundary resetKey={screen.id}>
        <Component />
      </ErrorBoundary>
    </main>
  );
}
