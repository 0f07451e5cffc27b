import { describe, expect, it } from 'vitest';
import {
  resolveShortcut,
  SHORTCUT_HELP,
  shortcutLabelKey,
  type KeyInput,
} from '../../../renderer/src/keyboard/shortcuts.js';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  typing: false,
  ...extra,
});

describe('resolveShortcut', () => {
  it('maps list movement, open, back, editor focus and help', () => {
    expect(resolveShortcut(key('j'), false).command).toBe('next');
    expect(resolveShortcut(key('ArrowDown'), false).command).toBe('next');
    expect(resolveShortcut(key('k'), false).command).toBe('prev');
    expect(resolveShortcut(key('ArrowUp'), false).command).toBe('prev');
    expect(resolveShortcut(key('Enter'), false).command).toBe('open');
    expect(resolveShortcut(key('Escape'), false).command).toBe('back');
    expect(resolveShortcut(key('r'), false).command).toBe('focusEditor');
    expect(resolveShortcut(key('?', { shiftKey: true }), false).command).toBe('help');
  });

  it('sends with Ctrl or Cmd + Enter, and resolves with Shift too, even while typing', () => {
    expect(resolveShortcut(key('Enter', { ctrlKey: true, typing: true }), false).command).toBe('send');
    expect(resolveShortcut(key('Enter', { metaKey: true }), false).command).toBe('send');
    expect(resolveShortcut(key('Enter', { ctrlKey: true, shiftKey: true, typing: true }), false).command).toBe(
      'sendResolve',
    );
  });

  it('adds the editor text as a note with Ctrl or Cmd + Alt + Enter, even while typing', () => {
    expect(resolveShortcut(key('Enter', { ctrlKey: true, altKey: true, typing: true }), false).command).toBe('note');
    expect(resolveShortcut(key('Enter', { metaKey: true, altKey: true }), false).command).toBe('note');
    expect(resolveShortcut(key('Enter', { ctrlKey: true, altKey: true, shiftKey: true }), false).command).toBeNull();
  });

  it('ignores plain keys while typing, but Escape still goes back', () => {
    for (const k of ['j', 'k', 'r', 'g', '?', 'Enter', 'ArrowDown']) {
      expect(resolveShortcut(key(k, { typing: true }), false).command).toBeNull();
    }
    expect(resolveShortcut(key('Escape', { typing: true }), false).command).toBe('back');
  });

  it('# opens the tag picker, x and Shift+X select, all listed in the help; none while typing', () => {
    expect(resolveShortcut(key('#', { shiftKey: true }), false).command).toBe('tags');
    expect(resolveShortcut(key('x'), false).command).toBe('toggleSelect');
    expect(resolveShortcut(key('X', { shiftKey: true }), false).command).toBe('selectAll');
    for (const k of ['#', 'x', 'X']) expect(resolveShortcut(key(k, { typing: true }), false).command).toBeNull();
    const listed = SHORTCUT_HELP.map((entry) => entry.command);
    expect(listed).toEqual(expect.arrayContaining(['tags', 'toggleSelect', 'selectAll', 'clearSelection']));
  });

  it('handles the g i / g r sequences', () => {
    const g = resolveShortcut(key('g'), false);
    expect(g).toEqual({ command: null, pendingG: true });
    expect(resolveShortcut(key('i'), true).command).toBe('goInbox');
    expect(resolveShortcut(key('r'), true).command).toBe('goResolved');
    expect(resolveShortcut(key('r'), false).command).toBe('focusEditor');
    expect(resolveShortcut(key('z'), true)).toEqual({ command: null, pendingG: false });
  });

  it('leaves other modified keys to the browser', () => {
    expect(resolveShortcut(key('j', { ctrlKey: true }), false).command).toBeNull();
    expect(resolveShortcut(key('r', { metaKey: true }), false).command).toBeNull();
  });

  it('documents every command in the help overlay', () => {
    const commands = new Set(SHORTCUT_HELP.map((s) => s.command));
    for (const c of [
      'next',
      'prev',
      'open',
      'back',
      'focusEditor',
      'send',
      'sendResolve',
      'note',
      'goInbox',
      'goResolved',
      'help',
    ]) {
      expect(commands.has(c as never)).toBe(true);
    }
  });
});

describe('ticket action shortcuts', () => {
  it('maps take, reassign, snooze, hand back, spam, reopen, macro, views and search to single keys, not while typing', () => {
    const expected = {
      t: 'take',
      a: 'reassign',
      s: 'snooze',
      h: 'handback',
      '!': 'spam',
      o: 'reopen',
      m: 'macro',
      v: 'views',
      '/': 'search',
    } as const;
    for (const [k, command] of Object.entries(expected)) {
      expect(resolveShortcut(key(k), false).command).toBe(command);
      expect(resolveShortcut(key(k, { typing: true }), false).command).toBeNull();
    }
  });

  it('shows or hides machine translations with l, not while typing, labelled from the translation strings', () => {
    expect(resolveShortcut(key('l'), false).command).toBe('toggleTranslation');
    expect(resolveShortcut(key('l', { typing: true }), false).command).toBeNull();
    expect(resolveShortcut(key('l', { ctrlKey: true }), false).command).toBeNull();
    expect(SHORTCUT_HELP.find((entry) => entry.command === 'toggleTranslation')?.keys).toEqual(['l']);
    expect(shortcutLabelKey('toggleTranslation')).toBe('translation.toggleShortcut');
    expect(shortcutLabelKey('send')).toBe('shortcuts.send');
  });

  it('goes to the AI assist with i (not while typing, g i stays the inbox), labelled from the assist strings', () => {
    expect(resolveShortcut(key('i'), false).command).toBe('assist');
    expect(resolveShortcut(key('i', { typing: true }), false).command).toBeNull();
    expect(resolveShortcut(key('i'), true).command).toBe('goInbox');
    expect(shortcutLabelKey('assist')).toBe('assist.shortcut');
  });

  it('translates the reply with Ctrl or Cmd + Shift + L, even while typing, labelled from the assist strings', () => {
    for (const modifier of [{ ctrlKey: true }, { metaKey: true }])
      expect(resolveShortcut(key('L', { ...modifier, shiftKey: true, typing: true }), false).command).toBe(
        'showReplyTranslation',
      );
    expect(resolveShortcut(key('l', { ctrlKey: true, typing: true }), false).command).toBeNull();
    expect(SHORTCUT_HELP.find((entry) => entry.command === 'showReplyTranslation')?.keys).toEqual([
      'Ctrl/⌘ + Shift + L',
    ]);
    expect(shortcutLabelKey('showReplyTranslation')).toBe('assist.reply.shortcut');
  });

  it('opens the article search with b, not while typing, labelled from the articles strings', () => {
    expect(resolveShortcut(key('b'), false).command).toBe('articles');
    expect(resolveShortcut(key('b', { typing: true }), false).command).toBeNull();
    expect(resolveShortcut(key('b', { ctrlKey: true }), false).command).toBeNull();
    expect(SHORTCUT_HELP.find((entry) => entry.command === 'articles')?.keys).toEqual(['b']);
    expect(shortcutLabelKey('articles')).toBe('articles.search.shortcut');
  });

  it('opens the command palette with Ctrl or Cmd + K, even from the editor', () => {
    expect(resolveShortcut(key('k', { ctrlKey: true, typing: true }), false).command).toBe('palette');
    expect(resolveShortcut(key('K', { metaKey: true }), false).command).toBe('palette');
    expect(resolveShortcut(key('k', { ctrlKey: true, altKey: true }), false).command).toBeNull();
  });

  it('opens Settings with Ctrl or Cmd + comma, even from the editor, and lists it in the help overlay', () => {
    expect(resolveShortcut(key(',', { ctrlKey: true }), false)).toEqual({ command: 'settings', pendingG: false });
    expect(resolveShortcut(key(',', { metaKey: true }), false)).toEqual({ command: 'settings', pendingG: false });
    expect(resolveShortcut(key(',', { ctrlKey: true, typing: true }), false).command).toBe('settings');
    expect(resolveShortcut(key(',', { metaKey: true, typing: true }), true)).toEqual({
      command: 'settings',
      pendingG: false,
    });
    // Plain comma is the text's, and other chords with it are left to the browser.
    expect(resolveShortcut(key(','), false).command).toBeNull();
    expect(resolveShortcut(key(',', { typing: true }), false).command).toBeNull();
    expect(resolveShortcut(key(',', { ctrlKey: true, altKey: true }), false).command).toBeNull();
    expect(resolveShortcut(key(',', { ctrlKey: true, shiftKey: true }), false).command).toBeNull();
    expect(SHORTCUT_HELP.find((entry) => entry.command === 'settings')?.keys).toEqual(['Ctrl/⌘ + ,']);
    expect(shortcutLabelKey('settings')).toBe('shortcuts.settings');
  });

  it('lists every command in the help overlay exactly once', () => {
    const commands = SHORTCUT_HELP.map((entry) => entry.command);
    expect(new Set(commands).size).toBe(commands.length);
    for (const command of [
      'take',
      'reassign',
      'snooze',
      'handback',
      'spam',
      'reopen',
      'macro',
      'search',
      'palette',
      'settings',
      'note',
      'send',
    ])
      expect(commands).toContain(command);
  });
});
