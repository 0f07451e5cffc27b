import { useCallback, useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { TenantSettingsView } from '../../../shared/settings/settings-console.js';
import type { AppError } from '../../../shared/result.js';
import { useController } from './context.js';
import { loadTenantSettings } from './tenant-settings-client.js';

/** The console's copy of the tenant settings as a screen shows it, and how to read it again. */
export interface TenantSettingsState {
  /** Null until the first read answered. */
  view: TenantSettingsView | null;
  /** For a screen that shows what it just saved before the next read. */
  setView: Dispatch<SetStateAction<TenantSettingsView | null>>;
  /** The last read's refusal; cleared by a read that answers. */
  loadError: AppError | null;
  reload(): Promise<void>;
}

/**
 * Reads the tenant settings on mount and again on every settings_changed (a sync or a save on this console changed
 * the copy); the screens' forms keep their own edits meanwhile.
 */
export function useTenantSettings(): TenantSettingsState {
  const { api } = useController();
  const [view, setView] = useState<TenantSettingsView | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);
  const reload = useCallback(async () => {
    const result = await loadTenantSettings(api);
    if (result.ok) {
      setView(result.value);
      setLoadError(null);
    } else setLoadError(result.error);
  }, [api]);
  useEffect(() => {
    void reload();
    return api.subscribe((event) => {
      if (event.type === 'settings_changed') void reload();
    });
  }, [api, reload]);
  return { view, setView, loadError, reload };
}
