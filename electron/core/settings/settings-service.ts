import type { ConsoleInput, ConsoleOutput } from '../../../shared/api/console-contract.js';
import type { Result } from '../../../shared/result.js';

type Answer<M extends 'getTenantSettings' | 'saveSetting' | 'deleteSetting' | 'searchArticles'> = Promise<
  Result<ConsoleOutput<M>>
>;

/** The console's side of the tenant settings: read from the local cache, saved through the queue. */
export interface SettingsService {
  getTenantSettings(input: ConsoleInput<'getTenantSettings'>): Answer<'getTenantSettings'>;
  saveSetting(input: ConsoleInput<'saveSetting'>): Answer<'saveSetting'>;
  deleteSetting(input: ConsoleInput<'deleteSetting'>): Answer<'deleteSetting'>;
  searchArticles(input: ConsoleInput<'searchArticles'>): Answer<'searchArticles'>;
}
