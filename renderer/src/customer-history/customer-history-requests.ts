import { commandRequests } from '../keyboard/command-requests.js';

/** `c` (or the command palette) asks the open ticket's customer panel to focus its history search. */
export const useCustomerHistorySearchRequests = commandRequests();
