import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { commandRequests } from '../keyboard/command-requests.js';
import type { SessionModel, SessionState } from './session-model.js';

const SessionContext = createContext<SessionModel | null>(null);

export function SessionProvider({ model, children }: { model: SessionModel; children: ReactNode }) {
  return <SessionContext.Provider value={model}>{children}</SessionContext.Provider>;
}

export function useSessionModel(): SessionModel {
  const model = useContext(SessionContext);
  if (!model) throw new Error('SessionProvider is missing');
  return model;
}

export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useSessionModel().store, selector);
}

/** The sign-out shortcut (or the palette) asks the header's menu, which knows the session, to sign out. */
export const useSignOutRequests = commandRequests();
