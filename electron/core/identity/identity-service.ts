import type { ConsoleInput, ConsoleOutput } from '../../../shared/api/console-contract.js';
import type { identityConsoleMethods } from '../../../shared/api/identity-console.js';
import type { Result } from '../../../shared/result.js';

type IdentityMethod = keyof typeof identityConsoleMethods;

/**
 * The console's sign-in and the admin's users and API tokens (shared/api/identity-console.ts), one method per
 * contract method: console-service.ts forwards each call here.
 */
export type IdentityService = {
  [M in IdentityMethod]: (input: ConsoleInput<M>) => Promise<Result<ConsoleOutput<M>>>;
};
