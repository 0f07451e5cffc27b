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

/** The store itself, for reading the current state at the moment something happens (not to render). */
export function useConsoleStore(): ConsoleStoreApi {
  return useConsoleContext().store;
}

export function useConsoleState<T>(selector: (state: ConsoleStore) => T): T {
  return useConsoleContext().store(selector);
}
