export type ShortcutCommand =
  | 'next'
  | 'prev'
  | 'open'
  | 'back'
  | 'focusEditor'
  | 'send'
  | 'sendResolve'
  | 'note'
  | 'goInbox'
  | 'goResolved'
  | 'goMentions'
  | 'mentionPeople'
  | 'help'
  | 'take'
  | 'reassign'
  | 'snooze'
  | 'handback'
  | 'spam'
  | 'reopen'
  | 'macro'
  | 'articles'
  | 'search'
  | 'views'
  | 'palette'
  | 'settings'
  | 'toggleTranslation'
  | 'assist'
  | 'showReplyTranslation'
  | 'customerHistory'
  | 'signOut'
  | 'tags'
  | 'merge'
  | 'toggleSelect'
  | 'selectAll'
  | 'clearSelection';

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** Focus is in a text field (editor, select, input): plain keys belong to it. */
  typing: boolean;
}

export interface ShortcutOutcome {
  command: ShortcutCommand | null;
  /** True after `g`, waiting for the second key of `g i` / `g r`. */
  pendingG: boolean;
}

/** The help overlay lists these, in this order; `keys` are translated labels' ids. */
export const SHORTCUT_HELP: ReadonlyArray<{ command: ShortcutCommand; keys: string[] }> = [
  { command: 'next', keys: ['j', '↓'] },
  { command: 'prev', keys: ['k', '↑'] },
  { command: 'open', keys: ['Enter'] },
  { command: 'back', keys: ['Esc'] },
  { command: 'focusEditor', keys: ['r'] },
  { command: 'send', keys: ['Ctrl/⌘ + Enter'] },
  { command: 'sendResolve', keys: ['Ctrl/⌘ + Shift + Enter'] },
  { command: 'note', keys: ['Ctrl/⌘ + Alt + Enter'] },
  { command: 'take', keys: ['t'] },
  { command: 'reassign', keys: ['a'] },
  { command: 'snooze', keys: ['s'] },
  { command: 'handback', keys: ['h'] },
  { command: 'spam', keys: ['!'] },
  { command: 'reopen', keys: ['o'] },
  { command: 'macro', keys: ['m'] },
  { command: 'articles', keys: ['b'] },
  { command: 'tags', keys: ['#'] },
  { command: 'merge', keys: ['Shift + M'] },
  { command: 'mentionPeople', keys: ['@'] },
  { command: 'toggleSelect', keys: ['x'] },
  { command: 'selectAll', keys: ['Shift + X'] },
  { command: 'clearSelection', keys: ['Esc'] },
  { command: 'toggleTranslation', keys: ['l'] },
  { command: 'showReplyTranslation', keys: ['Ctrl/⌘ + Shift + L'] },
  { command: 'assist', keys: ['i'] },
  { command: 'customerHistory', keys: ['c'] },
  { command: 'views', keys: ['v'] },
  { command: 'search', keys: ['/'] },
  { command: 'palette', keys: ['Ctrl/⌘ + K'] },
  { command: 'settings', keys: ['Ctrl/⌘ + ,'] },
  { command: 'goInbox', keys: ['g i'] },
  { command: 'goResolved', keys: ['g r'] },
  { command: 'goMentions', keys: ['g m'] },
  { command: 'signOut', keys: ['g q'] },
  { command: 'help', keys: ['?'] },
];

/** Commands whose label lives with their feature's texts instead of the console's `shortcuts` section. */
const FEATURE_LABEL_KEYS: Partial<Record<ShortcutCommand, string>> = {
  toggleTranslation: 'translation.toggleShortcut',
  articles: 'articles.search.shortcut',
  assist: 'assist.shortcut',
  showReplyTranslation: 'assist.reply.shortcut',
  signOut: 'identity.header.signOutShortcut',
  tags: 'tags.shortcut',
  merge: 'merge.shortcut',
  goMentions: 'mentions.goShortcut',
  mentionPeople: 'mentions.typeShortcut',
  toggleSelect: 'bulk.toggleShortcut',
  selectAll: 'bulk.selectAllShortcut',
  clearSelection: 'bulk.clearShortcut',
  customerHistory: 'customerHistory.shortcut',
};

/** The i18n key of a command's label. */
export function shortcutLabelKey(command: ShortcutCommand): string {
  return FEATURE_LABEL_KEYS[command] ?? `shortcuts.${command}`;
}

/** Maps one key press to a command. Pure, so the whole keymap is unit-testable. */
export function resolveShortcut(k: KeyInput, pendingG: boolean): ShortcutOutcome {
  if ((k.ctrlKey || k.metaKey) && k.key === 'Enter') {
    if (k.altKey) return { command: k.shiftKey ? null : 'note', pendingG: false };
    return { command: k.shiftKey ? 'sendResolve' : 'send', pendingG: false };
  }
  if ((k.ctrlKey || k.metaKey) && !k.altKey && !k.shiftKey && k.key.toLowerCase() === 'k')
    return { command: 'palette', pendingG: false };
  // Works while typing, like send: the agent translates the reply they are writing.
  if ((k.ctrlKey || k.metaKey) && !k.altKey && k.shiftKey && k.key.toLowerCase() === 'l')
    return { command: 'showReplyTranslation', pendingG: false };
  // The usual settings shortcut; like send and the palette it works while typing.
  if ((k.ctrlKey || k.metaKey) && !k.altKey && !k.shiftKey && k.key === ',')
    return { command: 'settings', pendingG: false };
  if (k.ctrlKey || k.metaKey || k.altKey) return { command: null, pendingG: false };
  if (k.key === 'Escape') return { command: 'back', pendingG: false };
  if (k.typing) return { command: null, pendingG: false };

  if (pendingG) {
    if (k.key === 'i') return { command: 'goInbox', pendingG: false };
    if (k.key === 'r') return { command: 'goResolved', pendingG: false };
    if (k.key === 'm') return { command: 'goMentions', pendingG: false };
    // "Quit" the session (the header's Sign out).
    if (k.key === 'q') return { command: 'signOut', pendingG: false };
  }
  switch (k.key) {
    case 'g':
      return { command: null, pendingG: true };
    case 'j':
    case 'ArrowDown':
      return { command: 'next', pendingG: false };
    case 'k':
    case 'ArrowUp':
      return { command: 'prev', pendingG: false };
    case 'Enter':
      return { command: 'open', pendingG: false };
    case 'r':
      return { command: 'focusEditor', pendingG: false };
    case '?':
      return { command: 'help', pendingG: false };
    case 't':
      return { command: 'take', pendingG: false };
    case 'a':
      return { command: 'reassign', pendingG: false };
    case 's':
      return { command: 'snooze', pendingG: false };
    case 'h':
      return { command: 'handback', pendingG: false };
    // Gmail's spam key.
    case '!':
      return { command: 'spam', pendingG: false };
    case 'o':
      return { command: 'reopen', pendingG: false };
    case 'm':
      return { command: 'macro', pendingG: false };
    // The knowledge Base.
    case 'b':
      return { command: 'articles', pendingG: false };
    case 'v':
      return { command: 'views', pendingG: false };
    case 'l':
      return { command: 'toggleTranslation', pendingG: false };
    // What the AI left for the agent (its Insight).
    case 'i':
      return { command: 'assist', pendingG: false };
    case '/':
      return { command: 'search', pendingG: false };
    // The open ticket's tags (a hashtag).
    case '#':
      return { command: 'tags', pendingG: false };
    // Mentions a colleague in the open ticket's note (the editor's `@` completion).
    case '@':
      return { command: 'mentionPeople', pendingG: false };
    // Marks the inbox row for a bulk action, as mail clients do; Shift marks every row shown.
    case 'x':
      return { command: 'toggleSelect', pendingG: false };
    case 'X':
      return { command: 'selectAll', pendingG: false };
    // Merges the open ticket into another of the customer's.
    case 'M':
      return { command: 'merge', pendingG: false };
    // The open ticket's Customer history search.
    case 'c':
      return { command: 'customerHistory', pendingG: false };
    default:
      return { command: null, pendingG: false };
  }
}
