import { describe, expect, it, vi } from 'vitest';
import type { ConsoleEvent } from '../../../shared/api/console-contract.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import {
  EscalationTracker,
  escalationNotice,
  trayLabel,
  type InboxTicket,
} from '../../../electron/main/escalation-tracker.js';
import { watchEscalations } from '../../../electron/main/escalation-watch.js';
import { desktopText } from '../../../electron/main/desktop-text.js';
import desktopStrings from '../../../shared/desktop/locales/index.js';
import { UI_LANGUAGES } from '../../../shared/i18n/ui-languages.js';
import { leaves, type Tree } from '../../helpers/ui-strings.js';

const t = (id: string): InboxTicket => ({ id, subject: `Subject ${id}` });

describe('escalation tracker', () => {
  it('takes the first look as the baseline, then reports only arrivals', () => {
    const tracker = new EscalationTracker();
    expect(tracker.update([t('a'), t('b')])).toEqual({ count: 2, arrived: [] });
    expect(tracker.update([t('a'), t('b'), t('c')])).toEqual({ count: 3, arrived: [t('c')] });
    expect(tracker.update([t('c')])).toEqual({ count: 1, arrived: [] });
    // A ticket that left and came back (reopened) is announced again.
    expect(tracker.update([t('c'), t('a')])).toEqual({ count: 2, arrived: [t('a')] });
  });

  it('makes one notice per burst', () => {
    expect(escalationNotice([])).toBeNull();
    expect(escalationNotice([t('a')])).toEqual({ title: 'New escalation', body: 'Subject a' });
    expect(escalationNotice([t('a'), t('b'), t('c')])).toEqual({
      title: '3 new escalations',
      body: 'Subject a and 2 more',
    });
  });

  it("shows a ticket's subject as it is, whatever it holds", () => {
    const subject = 'Refund {{count}} $t(desktop.menu.quit) <b>';
    expect(escalationNotice([{ id: 'a', subject }])?.body).toBe(subject);
    expect(escalationNotice([{ id: 'a', subject }, t('b')])?.body).toBe(`${subject} and 1 more`);
  });

  it('labels the tray with the count', () => {
    expect(trayLabel(null)).toMatch(/connecting/);
    expect(trayLabel(0)).toMatch(/no escalations/);
    expect(trayLabel(1)).toBe('Switchboard: 1 escalation waiting');
    expect(trayLabel(12)).toBe('Switchboard: 12 escalations waiting');
  });
});

describe('escalation watch', () => {
  function fakeApi(inboxes: Array<Result<InboxTicket[]>>) {
    let listener: ((event: ConsoleEvent) => void) | null = null;
    return {
      emit: (event: ConsoleEvent) => listener?.(event),
      api: {
        listInbox: vi.fn(async () => inboxes.shift() ?? ok([])),
        subscribe: vi.fn((next: (event: ConsoleEvent) => void) => {
          listener = next;
          return () => {
            listener = null;
          };
        }),
      },
    };
  }

  it('sets the count at once, and notifies about tickets that arrive after', async () => {
    const fake = fakeApi([ok([t('a')]), ok([t('a'), t('b')])]);
    const setCount = vi.fn();
    const notify = vi.fn();
    const stop = watchEscalations({ api: fake.api as never, setCount, notify, delayMs: 5 });
    await vi.waitFor(() => expect(setCount).toHaveBeenCalledWith(1));
    expect(notify).not.toHaveBeenCalled();

    fake.emit({ type: 'tickets_changed' });
    fake.emit({ type: 'tickets_changed' }); // a burst: one look
    await vi.waitFor(() => expect(setCount).toHaveBeenCalledWith(2));
    expect(notify).toHaveBeenCalledExactlyOnceWith({ title: 'New escalation', body: 'Subject b' });
    expect(fake.api.listInbox).toHaveBeenCalledTimes(2);

    stop();
    fake.emit({ type: 'tickets_changed' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.api.listInbox).toHaveBeenCalledTimes(2);
  });

  it('ignores status events and logs an inbox it cannot read', async () => {
    const fake = fakeApi([fail('offline', 'The cache is closed.')]);
    const log = vi.fn();
    const setCount = vi.fn();
    const stop = watchEscalations({ api: fake.api as never, setCount, notify: vi.fn(), delayMs: 5, log });
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith(expect.stringContaining('The cache is closed.')));
    expect(setCount).not.toHaveBeenCalled();
    fake.emit({
      type: 'status_changed',
      status: { online: true, unsentChanges: 0, lastSyncAt: null, lastError: null, agentName: 'a', tenantName: 'b' },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.api.listInbox).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('desktop cues in the system language', () => {
  it('has every cue in every UI language, with the plural forms each language needs and the same placeholders', () => {
    const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;
    for (const { code } of UI_LANGUAGES) {
      const catalog = desktopStrings.catalogs[code];
      expect(catalog, code).toBeDefined();
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
      const plurals = new Map<string, Map<string, string>>();
      for (const [name, value] of leaves((catalog ?? {}) as Tree)) {
        const plural = PLURAL.exec(name);
        if (!plural?.[1] || !plural[2]) {
          expect(value.trim(), `${code}.${name}`).not.toBe('');
          continue;
        }
        plurals.set(plural[1], (plurals.get(plural[1]) ?? new Map()).set(plural[2], value));
      }
      expect(plurals.size, code).toBeGreaterThan(0);
      for (const [name, forms] of plurals) {
        for (const category of categories) expect(forms.get(category), `${code}.${name}.${category}`).toBeTruthy();
        for (const [category, form] of forms) {
          expect(categories as string[], `${code}.${name}.${category} is a form ${code} uses`).toContain(category);
          if (name === 'andMore') expect(form, `${code}.${name}.${category}`).toContain('{{first}}');
        }
      }
    }
  });

  it('words notices and the tray label in the language, numbers formatted its way', () => {
    const ru = desktopText('ru');
    expect(escalationNotice([t('a'), t('b')], ru)).toEqual({ title: '2 новые эскалации', body: 'Subject a и ещё 1' });
    expect(trayLabel(5, ru)).toBe('Switchboard: 5 эскалаций ожидают');
    expect(trayLabel(21, ru)).toBe('Switchboard: 21 эскалация ожидает');
    const ar = desktopText('ar');
    expect(escalationNotice([t('a'), t('b'), t('c')], ar)?.body).toBe('Subject a وتذكرتان أخريان');
    expect(trayLabel(3, ar)).toBe(`Switchboard: ${new Intl.NumberFormat('ar').format(3)} تذاكر مصعّدة بانتظارك`);
    expect(trayLabel(1200, desktopText('de'))).toBe('Switchboard: 1.200 Eskalationen warten');
    expect(trayLabel(null, desktopText('zh'))).toBe('Switchboard：正在连接');
  });
});
