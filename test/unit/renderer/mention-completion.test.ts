import { beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/api/people-contract.js';
import { MAX_NOTE_MENTIONS } from '../../../shared/domain/ticket.js';
import {
  COMPLETION_SHOWN,
  insertMention,
  matchingPeople,
  mentionIdsIn,
  mentionQueryAt,
} from '../../../renderer/src/mentions/mention-text.js';
import { noteMentions, noteSent } from '../../../renderer/src/mentions/mentions-requests.js';
import { useMentions } from '../../../renderer/src/mentions/mentions-store.js';
import { resolveShortcut, SHORTCUT_HELP } from '../../../renderer/src/keyboard/shortcuts.js';

const ben: Person = { id: 'usr_ben0001', name: 'Ben Ito', role: 'agent' };
const bea: Person = { id: 'usr_bea0001', name: 'Béatrice Lamy', role: 'lead' };
const ana: Person = { id: 'usr_ana0001', name: 'Ana Agent', role: 'agent' };
const people = [ana, bea, ben];
const key = (k: string, typing = false) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  typing,
});

describe('`@` completion in the note editor', () => {
  beforeEach(() => useMentions.setState({ chosen: {} }));

  it('opens on an `@` at the start or after a space, with the name typed so far (spaces too), not in an address', () => {
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('Ask @Ben I', 10)).toEqual({ start: 4, query: 'Ben I' });
    expect(mentionQueryAt('mail ana@example.com', 20)).toBeNull();
    expect(mentionQueryAt('@ Ben', 5)).toBeNull();
    expect(mentionQueryAt('@Ben\nthen', 9)).toBeNull();
    // The caret decides: typing earlier in the text than the `@` is not completing it.
    expect(mentionQueryAt('Hi @Ben', 2)).toBeNull();
  });

  it('filters people by the start of any word of their name, accents and case aside, a few at a time', () => {
    expect(matchingPeople(people, '')).toEqual(people);
    expect(matchingPeople(people, 'be')).toEqual([bea, ben]);
    expect(matchingPeople(people, 'BEAT')).toEqual([bea]);
    expect(matchingPeople(people, 'lam')).toEqual([bea]);
    expect(matchingPeople(people, 'gent')).toEqual([]);
    const many = Array.from({ length: 30 }, (_, i) => ({ ...ben, id: `usr_many${String(i).padStart(4, '0')}` }));
    expect(matchingPeople(many, 'b')).toHaveLength(COMPLETION_SHOWN);
  });

  it('inserts `@Name ` in place of what was typed and puts the caret after it', () => {
    const text = 'Could @be check this?';
    const typed = mentionQueryAt(text, 9);
    expect(typed).toEqual({ start: 6, query: 'be' });
    if (!typed) return;
    expect(insertMention(text, typed, 9, ben)).toEqual({ text: 'Could @Ben Ito check this?', caret: 15 });
    expect(insertMention('@', { start: 0, query: '' }, 1, ana)).toEqual({ text: '@Ana Agent ', caret: 11 });
  });

  it('sends with the note only the people chosen whose `@Name` is still in the text, each once, and forgets them once sent', () => {
    useMentions.getState().choose('tkt_1', ben);
    useMentions.getState().choose('tkt_1', bea);
    useMentions.getState().choose('tkt_1', ben);
    useMentions.getState().choose('tkt_2', ana);
    expect(noteMentions('tkt_1', '@Ben Ito and @Ben Ito, see this')).toEqual({ mentions: [ben.id] });
    expect(noteMentions('tkt_1', '@Béatrice Lamy, @Ben Ito')).toEqual({ mentions: [bea.id, ben.id] });
    expect(noteMentions('tkt_1', 'Nobody named any more')).toEqual({});
    noteSent('tkt_1');
    expect(noteMentions('tkt_1', '@Ben Ito')).toEqual({});
    expect(noteMentions('tkt_2', '@Ana Agent')).toEqual({ mentions: [ana.id] });
    const crowd = Array.from({ length: 30 }, (_, i) => ({ ...ben, id: `usr_crowd${i}00`, name: `P${i}` }));
    expect(mentionIdsIn(crowd.map((p) => `@${p.name}`).join(' '), crowd, MAX_NOTE_MENTIONS)).toHaveLength(20);
  });

  it('`@` outside the editor starts a mention and `g m` opens the Mentions view; both are in the shortcuts help', () => {
    expect(resolveShortcut(key('@'), false).command).toBe('mentionPeople');
    expect(resolveShortcut(key('@', true), false).command).toBeNull();
    expect(resolveShortcut(key('g'), false)).toEqual({ command: null, pendingG: true });
    expect(resolveShortcut(key('m'), true).command).toBe('goMentions');
    expect(SHORTCUT_HELP.filter((entry) => ['goMentions', 'mentionPeople'].includes(entry.command))).toEqual([
      { command: 'mentionPeople', keys: ['@'] },
      { command: 'goMentions', keys: ['g m'] },
    ]);
  });
});
