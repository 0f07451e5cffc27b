import { describe, expect, it } from 'vitest';
import type { TicketDetail } from '../../../shared/api/console-contract.js';
import { createConsoleStore, editorText } from '../../../renderer/src/state/store.js';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

function detail(status: 'escalated' | 'pending', aiDraft: string | null): TicketDetail {
  return {
    ticket: {
      id: 't1',
      tenantId: 'acme',
      subject: 'Refund',
      customer: { id: 'c1', name: 'Ana', tier: 'standard' },
      channel: 'email',
      status,
      language: 'en',
      intent: 'refund',
      confidence: 0.5,
      ownerQueue: 'billing',
      escalation: null,
      aiDraft,
      summary: null,
      humanTouched: false,
      csat: null,
      review: null,
      version: 1,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-01T00:00:00Z',
      seq: 1,
    },
    messages: [],
  };
}

describe('console store drafts', () => {
  it('pre-fills the editor with the AI draft of an escalated ticket until the agent edits it', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().setOpenTicket('t1');
    store.getState().setDetail(detail('escalated', 'Hello from the AI'));
    expect(editorText(store.getState(), 't1')).toBe('Hello from the AI');
    store.getState().setDraft('t1', 'Hello from Dana');
    expect(editorText(store.getState(), 't1')).toBe('Hello from Dana');
    store.getState().setDetail(detail('pending', null));
    expect(editorText(store.getState(), 't1')).toBe('Hello from Dana');
  });

  it('keeps drafts across restarts until they are sent', () => {
    const storage = memoryStorage();
    const first = createConsoleStore(storage);
    first.getState().setDraft('t1', 'half-written reply');
    const second = createConsoleStore(storage);
    expect(second.getState().drafts.t1).toBe('half-written reply');
    second.getState().clearDraftAfterSend('t1');
    expect(editorText(second.getState(), 't1')).toBe('');
    expect(createConsoleStore(storage).getState().drafts.t1).toBeUndefined();
  });

  it('survives unusable storage', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    } as unknown as Storage;
    const store = createConsoleStore(broken);
    store.getState().setDraft('t1', 'still here');
    expect(store.getState().drafts.t1).toBe('still here');
  });
});

describe('console store: notice for an action refused while another runs', () => {
  it('shows it near where the action was asked for and clears it when the running action finishes', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().setSending(true);
    store.getState().showBusyNotice('actions');
    expect(store.getState().busyNotice?.near).toBe('actions');
    // Still running: starting to send again (the same action) keeps it.
    store.getState().setSending(true);
    expect(store.getState().busyNotice).not.toBeNull();
    store.getState().setSending(false);
    expect(store.getState().busyNotice).toBeNull();
  });

  it('is not an action error, and neither one clears the other', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().showBusyNotice('editor');
    store.getState().setActionError({ code: 'conflict', message: 'Changed meanwhile.' });
    expect(store.getState().busyNotice?.near).toBe('editor');
    store.getState().setActionError(null);
    expect(store.getState().busyNotice?.near).toBe('editor');
    expect(store.getState().actionError).toBeNull();
  });

  it('a timed clear for an earlier refusal leaves a later one in place', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().showBusyNotice('actions');
    const first = store.getState().busyNotice?.seq;
    store.getState().showBusyNotice('editor');
    const second = store.getState().busyNotice?.seq;
    expect(second).not.toBe(first);
    store.getState().clearBusyNotice(first);
    expect(store.getState().busyNotice).toEqual({ near: 'editor', seq: second });
    // Even after a clear in between, a refusal never gets a number used before.
    store.getState().clearBusyNotice();
    store.getState().showBusyNotice('actions');
    const third = store.getState().busyNotice?.seq;
    store.getState().clearBusyNotice(first);
    store.getState().clearBusyNotice(second);
    expect(store.getState().busyNotice).toEqual({ near: 'actions', seq: third });
    store.getState().clearBusyNotice(third);
    expect(store.getState().busyNotice).toBeNull();
  });

  it('goes away when another ticket is opened', () => {
    const store = createConsoleStore(memoryStorage());
    store.getState().setOpenTicket('t1');
    store.getState().showBusyNotice('actions');
    store.getState().setOpenTicket('t2');
    expect(store.getState().busyNotice).toBeNull();
  });
});
