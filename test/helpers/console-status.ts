import type { ConsoleStatus } from '../../shared/api/console-contract.js';

/** A console's status for fake console APIs: online, nothing waiting, agent Ana of tenant Demo. */
export const TEST_CONSOLE_STATUS = {
  online: true,
  unsentChanges: 0,
  lastSyncAt: null,
  lastError: null,
  agentName: 'Ana',
  tenantName: 'Demo',
} satisfies ConsoleStatus;
