import { useMentions } from './mentions-store.js';

/** Shows the Mentions view in place of the agent's lists (its nav tab, `g m`). */
export function showMentionsView(): void {
  useMentions.getState().showView(true);
}

/** Back to the agent's lists (another nav tab, `g i`, `g r`). */
export function hideMentionsView(): void {
  useMentions.getState().showView(false);
}
