import type { BrowserWindowConstructorOptions } from 'electron';
import { encodeSystemLanguages } from '../../shared/desktop/system-languages-arg.js';
import type { Rectangle, WindowLimits } from './window-state.js';

export const WINDOW_LIMITS: WindowLimits = { defaultWidth: 1280, defaultHeight: 820, minWidth: 900, minHeight: 600 };

export interface WindowOptionsInput {
  preloadPath: string;
  /** Developer tools only in development builds. */
  devTools: boolean;
  /** Where the window was last time (see window-state.ts); centred at the default size otherwise. */
  bounds?: Rectangle;
  /** The window icon (Linux and Windows; macOS uses the app bundle's). */
  icon?: string;
  /** The system's preferred languages, for the console's default UI language (read by the preload). */
  systemLanguages?: readonly string[];
}

/** The exact options the main window is created with; the security settings are not negotiable. */
export function buildWindowOptions({
  preloadPath,
  devTools,
  bounds,
  icon,
  systemLanguages,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: bounds?.width ?? WINDOW_LIMITS.defaultWidth,
    height: bounds?.height ?? WINDOW_LIMITS.defaultHeight,
    ...(bounds ? { x: bounds.x, y: bounds.y } : { center: true }),
    minWidth: WINDOW_LIMITS.minWidth,
    minHeight: WINDOW_LIMITS.minHeight,
    ...(icon ? { icon } : {}),
    title: 'Switchboard',
    show: false,
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools,
      spellcheck: true,
      ...(systemLanguages?.length ? { additionalArguments: [encodeSystemLanguages(systemLanguages)] } : {}),
    },
  };
}
