import { createRequire } from 'node:module';
import { decideAutoUpdate, type AutoUpdateInput } from './auto-update-policy.js';

/** Checks for updates through electron-updater when (and only when) a feed is configured. */
export async function startAutoUpdate(input: AutoUpdateInput, log: (line: string) => void): Promise<void> {
  const decision = decideAutoUpdate(input);
  if (!decision.enabled) {
    log(`Auto-update is off: ${decision.reason}.`);
    return;
  }
  // Loaded only now (without a feed the updater is never even loaded), and with require: its
  // autoUpdater export is a lazy getter that an ES import of the CommonJS package does not see.
  const { autoUpdater } = createRequire(import.meta.url)('electron-updater') as typeof import('electron-updater');
  if (decision.feed !== 'app-update.yml') autoUpdater.setFeedURL(decision.feed);
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.on('error', (error: Error) => log(`Auto-update failed: ${error.message}`));
  autoUpdater.on('update-downloaded', (info: { version: string }) =>
    log(`Update ${info.version} downloaded; it installs when Switchboard quits.`),
  );
  await autoUpdater.checkForUpdatesAndNotify();
}
