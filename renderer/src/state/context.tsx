import { createContext, useContext, type ReactNode } from 'react';
import type { Controller } from './controller.js';
import type { ConsoleStore, ConsoleStoreApi } from './store.js';

interface ConsoleContextValue {
  controller: Controller;
  store: ConsoleStoreApi;
}

const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function ConsoleProvider({ controller, store, children }: ConsoleContextValue & { children: ReactNode }) {
  return <ConsoleContext.Provider value={{ controller, store }}>{children}</ConsoleContext.Provider>;
}

function useConsoleContext(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (!value) throw new Error('ConsoleProvider is missing');
  return value;
}

export function useController(): Controller {
  return useConsoleContext().controller;
}

export function useConsoleState<T>(selector: (state: ConsoleStore) => T): T {
  return useConsoleContext().store(selector);
}
