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
