import { commandRequests } from '../keyboard/command-requests.js';

/** Ctrl/⌘ + Shift + L (or the command palette) asks the open ticket's editor to translate the reply. */
export const useReplyTranslationRequests = commandRequests();
