import './zod-without-eval.js';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.js';
import { createConsoleApi } from './api/console-api.js';
import { guardConsoleApi } from './api/guarded-console-api.js';
import { initI18n } from './i18n/i18n.js';
import { createSessionModel } from './identity/session-model.js';
import { SessionProvider } from './identity/SessionContext.js';
import { useKeyboardShortcuts } from './keyboard/useKeyboardShortcuts.js';
import { useDesktopCues } from './notifications/useDesktopCues.js';
import { useMentionCues } from './mentions/useMentionCues.js';
import { useSlaBreachCues } from './sla/useSlaBreachCues.js';
import { ConsoleProvider } from './state/context.js';
import { createController, type Controller } from './state/controller.js';
import { createConsoleStore, type ConsoleStoreApi } from './state/store.js';
import { useLeadScreen } from './lead/lead-screen.js';
import { shownLeadScreen } from './lead/lead-screen-registry.js';
import './styles.css';

const i18n = initI18n();
const store = createConsoleStore();
const { api: rawApi, hasToken, mode } = createConsoleApi();
const api = guardConsoleApi(rawApi, (reachable) => store.getState().setHostReachable(reachable));
// A lead screen replaces the agent's lists (App shows it to lead roles only): they need not reload meanwhile.
const controller = createController(api, store, {
  agentListsHidden: () =>
    shownLeadScreen(useLeadScreen.getState().screen, store.getState().status?.role ?? null) !== null,
});
const session = createSessionModel(api);
useLeadScreen.subscribe((state, previous) => {
  if (previous.screen !== null && state.screen === null) controller.agentListsShown();
});

function Root({ controller, store }: { controller: Controller; store: ConsoleStoreApi }) {
  useKeyboardShortcuts(controller, store);
  useDesktopCues({ api, store, controller, i18n, mode });
  useMentionCues({ api, store, controller, i18n, mode });
  useSlaBreachCues({ api, store, controller, i18n, mode });
  useEffect(() => controller.start(), [controller]);
  useEffect(() => session.start(), []);
  return <App hasToken={hasToken} />;
}

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ConsoleProvider controller={controller} store={store}>
          <SessionProvider model={session}>
            <Root controller={controller} store={store} />
          </SessionProvider>
        </ConsoleProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}
