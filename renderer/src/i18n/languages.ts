/** The UI languages and how the console picks one live in shared/, so Electron's main process uses the same choice. */
export * from '../../../shared/i18n/ui-languages.js';
