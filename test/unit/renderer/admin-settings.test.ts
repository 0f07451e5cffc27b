import { describe, expect, it } from 'vitest';
import { adminSectionsFor, ADMIN_SECTIONS } from '../../../renderer/src/admin/admin-sections.js';
import { issueText } from '../../../renderer/src/admin/AdminField.js';
import { placeIssues } from '../../../renderer/src/admin/issue-placement.js';
import { queueInUseText, refusalText } from '../../../renderer/src/admin/queue-in-use-text.js';
import { fieldRuleKey } from '../../../renderer/src/admin/issue-texts.js';
import { createSettingEditor, type SettingFormSpec } from '../../../renderer/src/admin/setting-editor.js';
import {
  insertVariable,
  MACRO_FORM,
  QUEUE_FORM,
  TAG_FORM,
  suggestedId,
  type QueueForm,
} from '../../../renderer/src/admin/setting-forms.js';
import { parseSpans, SLA_POLICY_FORM, type SlaPolicyForm } from '../../../renderer/src/admin/sla-form.js';
import { withStoredSetting } from '../../../renderer/src/admin/tenant-view.js';
import { weekdayNames } from '../../../renderer/src/admin/weekday-names.js';
import { createFormatters } from '../../../renderer/src/format/formatters.js';
import type { Role } from '../../../shared/api/queue-contract.js';
import { editableSettingKinds, type SettingKind } from '../../../shared/settings/setting-kinds.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { emptyTenantSettings } from '../../../shared/settings/tenant-settings.js';
import { consoleTranslator, uiStrings } from '../../helpers/ui-strings.js';
import { createFakeSettingsHost } from './fake-settings-host.js';

/** An editor of one kind over a fake host, with the versions it reported to its list. */
function editorOver<K extends SettingKind, F>(spec: SettingFormSpec<K, F>, host = createFakeSettingsHost('admin')) {
  const reported: StoredSetting[] = [];
  const editor = createSettingEditor({
    api: host.api,
    spec,
    existingIds: () => [...new Set(reported.filter((s) => !s.deleted).map((s) => s.id))],
    idTaken: (id) => `taken: ${id}`,
    onStored: (stored) => reported.push(stored),
  });
  const state = () => editor.store.getState();
  return { host, editor, state, reported };
}

const saves = (host: ReturnType<typeof createFakeSettingsHost>) => host.calls.filter((c) => c.method === 'saveSetting');

describe('admin screens: placing issues on fields', () => {
  it('gives each issue to the field with the longest matching path, with the rest of its path', () => {
    const placement = placeIssues(
      [
        { path: ['businessHours', 'weekly', 'monday', 1, 'closes'], message: 'span closes first' },
        { path: ['businessHours', 'weekly'], message: 'no hours' },
        { path: ['businessHours', 'holidays', 2], message: 'not a date' },
        { path: ['targets', 'vip', 'resolutionMinutes'], message: 'too short' },
        { path: [], message: 'whole value' },
        { path: ['somethingElse'], message: 'no field' },
      ],
      [
        'businessHours.weekly',
        'businessHours.weekly.monday',
        'businessHours.holidays',
        'targets.vip',
        'targets.vip.resolutionMinutes',
      ],
    );
    expect(placement.byField.get('businessHours.weekly.monday')).toEqual([
      { field: 'businessHours.weekly.monday', message: 'span closes first', rule: null, within: [1, 'closes'] },
    ]);
    expect(placement.byField.get('businessHours.weekly')).toMatchObject([
      { field: 'businessHours.weekly', message: 'no hours', within: [] },
    ]);
    expect(placement.byField.get('businessHours.holidays')).toMatchObject([{ message: 'not a date', within: [2] }]);
    expect(placement.byField.get('targets.vip.resolutionMinutes')).toMatchObject([
      { message: 'too short', within: [] },
    ]);
    expect(placement.byField.has('targets.vip')).toBe(false);
    expect(placement.unplaced).toEqual(['whole value', 'no field']);
  });
});

describe('admin screens: saving', () => {
  it('checks a new item before sending: a bad id or a taken one stays on the id field, nothing is sent', async () => {
    const { host, editor, state } = editorOver(QUEUE_FORM);
    editor.startNew();
    editor.setId('bad id!');
    editor.edit({ name: 'Rückerstattungen' });
    await editor.save();
    expect(state().issues.map((issue) => issue.path)).toEqual([['id']]);
    // A queue id is stricter (lower case): the queue's own id rule, checked before sending.
    editor.setId('Refunds');
    await editor.save();
    expect(state().issues).toEqual([{ path: ['id'], message: expect.stringMatching(/lowercase/) }]);
    editor.setId('refunds');
    await editor.save();
    expect(state().draft).toMatchObject({ id: 'refunds', baseVersion: 1 });

    editor.startNew();
    editor.setId('refunds');
    editor.edit({ name: '返金' });
    await editor.save();
    expect(state().issues).toEqual([{ path: ['id'], message: 'taken: refunds', own: true }]);
    expect(saves(host)).toHaveLength(1);
  });

  it('saves a new queue from version 0, then edits from the version it got; the list hears of each', async () => {
    const { host, editor, state, reported } = editorOver(QUEUE_FORM);
    editor.startNew();
    editor.setId('refunds');
    editor.edit({ name: ' Erstattungen ', description: '' });
    await editor.save();
    expect(saves(host)[0]?.input).toEqual({
      kind: 'queue',
      id: 'refunds',
      baseVersion: 0,
      value: { name: 'Erstattungen' },
    });
    expect(state()).toMatchObject({ notice: { kind: 'saved', version: 1 }, issues: [] });
    editor.edit({ name: '返金チーム', description: '返金の問い合わせ' });
    await editor.save();
    expect(saves(host)[1]?.input).toMatchObject({ baseVersion: 1, value: { name: '返金チーム' } });
    expect(reported.map((s) => s.version)).toEqual([1, 2]);
    expect(state().draft?.form).toEqual({ name: '返金チーム', description: '返金の問い合わせ' });
  });

  it('keeps the schema errors of an SLA policy on their fields and sends nothing', async () => {
    const { host, editor, state } = editorOver(SLA_POLICY_FORM);
    editor.startNew();
    editor.setId('billing');
    const form = state().draft!.form;
    editor.edit({
      timeZone: 'Mars/Olympus',
      weekly: { ...form.weekly, monday: '09:00-17:00, 12:00' },
      holidays: '2026-12-24\n2026-02-30',
      targets: { ...form.targets, vip: { firstReplyMinutes: 'soon', resolutionMinutes: '30' } },
    });
    await editor.save();
    expect(saves(host)).toHaveLength(0);
    const fields = [
      'businessHours.timeZone',
      'businessHours.weekly.monday',
      'businessHours.holidays',
      'targets.vip.firstReplyMinutes',
    ];
    const placement = placeIssues(state().issues, fields);
    expect(placement.unplaced).toEqual([]);
    expect([...placement.byField.keys()].sort()).toEqual([...fields].sort());
    expect(placement.byField.get('businessHours.timeZone')?.[0]?.message).toMatch(/Unknown time zone/);
    expect(placement.byField.get('businessHours.holidays')?.[0]?.within).toEqual([1]);
    expect(placement.byField.get('businessHours.weekly.monday')?.[0]?.within).toEqual([1, 'closes']);
  });

  it('puts the issues of a settings_invalid answer on their fields, and keeps the edits', async () => {
    const { host, editor, state } = editorOver(SLA_POLICY_FORM);
    // The queue checks more than the form can (the queue exists, the id is its queue's): its issues carry paths.
    host.api.saveSetting = async (input) => {
      host.calls.push({ method: 'saveSetting', input });
      return {
        ok: false,
        error: {
          code: 'settings_invalid',
          message: 'The setting is not valid.',
          details: {
            issues: [
              { path: ['queueId'], message: 'There is no queue billing.' },
              { path: ['targets', 'vip', 'firstReplyMinutes'], message: 'Too long for this queue.' },
            ],
          },
        },
      };
    };
    editor.startNew();
    editor.setId('billing');
    editor.edit({ timeZone: 'Europe/Berlin' });
    await editor.save();
    expect(saves(host)).toHaveLength(1);
    const placement = placeIssues(state().issues, [
      'queueId',
      'targets.vip.firstReplyMinutes',
      'businessHours.timeZone',
    ]);
    expect(placement.byField.get('queueId')?.[0]?.message).toBe('There is no queue billing.');
    expect(placement.byField.get('targets.vip.firstReplyMinutes')?.[0]?.message).toBe('Too long for this queue.');
    expect(placement.unplaced).toEqual([]);
    expect(state().draft).toMatchObject({ id: 'billing', baseVersion: 0, form: { timeZone: 'Europe/Berlin' } });
    expect(state().notice).toBeNull();
  });

  it('reports a conflicting save with who and when, keeps the edits, and saves over theirs when asked', async () => {
    const { host, editor, state } = editorOver(QUEUE_FORM);
    const first = host.saveAs('Alex Admin', 'queue', 'billing', { name: 'Billing' });
    editor.open(first.id, first.version, { name: 'Billing' });
    editor.edit({ name: 'Abrechnung', description: 'Rechnungen und Zahlungen' });
    const theirs = host.saveAs('Kim Lead', 'queue', 'billing', { name: '請求' });
    await editor.save();
    expect(state().notice).toEqual({ kind: 'conflict', action: 'save', current: theirs });
    expect(state().notice).toMatchObject({ current: { savedBy: 'Kim Lead', version: 2 } });
    expect(state().draft).toEqual({
      id: 'billing',
      baseVersion: 1,
      form: { name: 'Abrechnung', description: 'Rechnungen und Zahlungen' },
    });
    await editor.overwrite();
    expect(saves(host).at(-1)?.input).toMatchObject({ baseVersion: 2, value: { name: 'Abrechnung' } });
    expect(host.stored('queue', 'billing')).toMatchObject({ version: 3, value: { name: 'Abrechnung' } });
    expect(state()).toMatchObject({ notice: { kind: 'saved', version: 3 }, draft: { baseVersion: 3 } });
  });

  it('after a conflict, loading theirs replaces the edits with what is stored now', async () => {
    const { host, editor, state, reported } = editorOver<'queue', QueueForm>(QUEUE_FORM);
    editor.open('billing', host.saveAs('Alex Admin', 'queue', 'billing', { name: 'Billing' }).version, {
      name: 'Billing',
    });
    editor.edit({ name: 'Mine' });
    host.saveAs('Kim Lead', 'queue', 'billing', { name: 'Theirs', description: 'Kim’s' });
    await editor.save();
    editor.loadTheirs();
    expect(state()).toMatchObject({
      notice: null,
      draft: { baseVersion: 2, form: { name: 'Theirs', description: 'Kim’s' } },
    });
    expect(reported.at(-1)).toMatchObject({ savedBy: 'Kim Lead', version: 2 });
  });

  it('a refused delete (the queue is in use) says why and keeps the item open; a conflicting one can be repeated', async () => {
    const { host, editor, state } = editorOver(QUEUE_FORM);
    const stored = host.saveAs('Alex Admin', 'queue', 'billing', { name: 'Billing' });
    editor.open(stored.id, stored.version, { name: 'Billing' });
    const original = host.api.deleteSetting;
    host.api.deleteSetting = async () => ({
      ok: false,
      error: { code: 'setting_in_use', message: 'The queue billing is the owner of 3 open tickets.' },
    });
    editor.askDelete();
    expect(state().notice).toEqual({ kind: 'confirmDelete' });
    await editor.confirmDelete();
    host.api.deleteSetting = original;
    expect(state()).toMatchObject({
      notice: { kind: 'error', message: 'The queue billing is the owner of 3 open tickets.' },
      draft: { id: 'billing' },
    });

    host.saveAs('Kim Lead', 'queue', 'billing', { name: 'Billing 2' });
    await editor.confirmDelete();
    expect(state().notice).toMatchObject({ kind: 'conflict', action: 'delete', current: { version: 2 } });
    await editor.overwrite();
    expect(host.stored('queue', 'billing')).toMatchObject({ deleted: true, version: 3 });
    expect(state()).toMatchObject({ draft: null, notice: { kind: 'deleted', id: 'billing' } });
  });

  it('a queue still in use is not deleted: the rule and the SLA policy are named in German, else the queue’s sentence', async () => {
    const { host, editor, state } = editorOver(QUEUE_FORM);
    const stored = host.saveAs('Alex Admin', 'queue', 'billing', { name: 'Abrechnung' });
    const policy = { ...SLA_POLICY_FORM.blank(), timeZone: 'Europe/Berlin' };
    host.saveAs('Alex Admin', 'sla_policy', 'billing', SLA_POLICY_FORM.toValue(policy, 'billing'));
    host.setRules([{ id: 'cards-first', ownerQueue: 'billing', when: { intents: ['card_arrival'] } }]);
    editor.open(stored.id, stored.version, { name: 'Abrechnung' });
    editor.askDelete();
    await editor.confirmDelete();
    expect(state()).toMatchObject({
      notice: {
        kind: 'error',
        message:
          'The queue "billing" is still used by escalation rule "cards-first"; the SLA policy: send those elsewhere or delete them first.',
        queueInUse: {
          queueId: 'billing',
          uses: [
            { kind: 'rule', id: 'cards-first' },
            { kind: 'sla_policy', id: 'billing' },
          ],
        },
      },
      draft: { id: 'billing', baseVersion: 1 },
    });
    expect(host.stored('queue', 'billing')).toMatchObject({ version: 1, deleted: false });
    const shown = (lng: string) => {
      const notice = state().notice;
      return notice?.kind === 'error' ? refusalText(consoleTranslator(lng), createFormatters(lng).list, notice) : null;
    };
    expect(shown('de')).toBe(
      'Die Queue „billing“ kann nicht gelöscht werden, solange sie verwendet wird: 1 Eskalationsregel („cards-first“) und ihre SLA-Richtlinie. Weisen Sie diese einer anderen Queue zu oder löschen Sie sie zuerst.',
    );

    // Details this console cannot read (no uses): the queue's own sentence, as it came.
    const sentence = 'The queue "billing" is still used by something newer: send those elsewhere or delete them first.';
    host.api.deleteSetting = async () => ({
      ok: false,
      error: { code: 'queue_in_use', message: sentence, details: { queueId: 'billing', uses: [] } },
    });
    await editor.confirmDelete();
    expect(state().notice).toEqual({ kind: 'error', message: sentence });
    expect(shown('de')).toBe(sentence);
  });

  it('names several rules and channels with the plural and the list of the reader’s language', () => {
    const details = {
      queueId: 'billing',
      uses: [
        { kind: 'rule' as const, id: 'cards-first' },
        { kind: 'rule' as const, id: 'vip' },
        { kind: 'channel' as const, id: 'mail', name: 'Support mail' },
      ],
    };
    const text = (lng: string) => queueInUseText(consoleTranslator(lng), createFormatters(lng).list, details);
    expect(text('en')).toBe(
      'The queue “billing” cannot be deleted while it is in use: 2 escalation rules (“cards-first” and “vip”) and 1 channel (“Support mail”). Move them to another queue or delete them first.',
    );
    expect(text('ru')).toBe(
      'Очередь «billing» нельзя удалить, пока она используется: 2 правила эскалации («cards-first» и «vip») и 1 канал («Support mail»). Назначьте им другую очередь или сначала удалите их.',
    );
    expect(text('ja')).toBe(
      'キュー「billing」は使用中のため削除できません：エスカレーションルール 2 件（「cards-first」、「vip」）、チャネル 1 件（「Support mail」）。これらを別のキューに移すか、先に削除してください。',
    );
  });

  it('offline, a save fails with the host’s sentence and the edits stay', async () => {
    const { host, editor, state } = editorOver(MACRO_FORM);
    host.setOnline(false);
    editor.startNew();
    editor.setId('thanks');
    editor.edit({ name: 'ありがとう', text: '{{customer.name}} 様、ありがとうございます。' });
    await editor.save();
    expect(state().notice).toMatchObject({ kind: 'error', message: expect.stringMatching(/online only/) });
    expect(state().draft?.form.name).toBe('ありがとう');
  });
});

describe('admin screens: forms and values', () => {
  it('an SLA policy goes through its form unchanged; its queue id is the item id', () => {
    const form: SlaPolicyForm = SLA_POLICY_FORM.blank();
    const value = SLA_POLICY_FORM.toValue(
      { ...form, timeZone: 'Asia/Tokyo', holidays: '2027-01-01\n2027-01-02' },
      'billing',
    );
    expect(value).toMatchObject({
      queueId: 'billing',
      businessHours: { timeZone: 'Asia/Tokyo', holidays: ['2027-01-01', '2027-01-02'] },
    });
    const parsed = value as Parameters<typeof SLA_POLICY_FORM.fromValue>[0];
    expect(SLA_POLICY_FORM.toValue(SLA_POLICY_FORM.fromValue(parsed), 'billing')).toEqual(value);
    expect(parseSpans('09:00-12:00, 13:00 – 17:00;22:00-24:00')).toEqual([
      { opens: '09:00', closes: '12:00' },
      { opens: '13:00', closes: '17:00' },
      { opens: '22:00', closes: '24:00' },
    ]);
  });

  it('a tag keeps the intents the AI sets it for, typed comma-separated; none typed leaves them out', () => {
    const form = { ...TAG_FORM.blank(), name: 'Card security', aiIntents: ' lost_or_stolen_card,, compromised_card ' };
    const value = TAG_FORM.toValue(form, 'card-security');
    expect(value).toEqual({ name: 'Card security', aiIntents: ['lost_or_stolen_card', 'compromised_card'] });
    expect(TAG_FORM.fromValue(value as Parameters<typeof TAG_FORM.fromValue>[0]).aiIntents).toBe(
      'lost_or_stolen_card, compromised_card',
    );
    expect(TAG_FORM.toValue({ ...form, aiIntents: ' ' }, 'card-security')).toEqual({ name: 'Card security' });
    expect(fieldRuleKey('tag', 'aiIntents.1')).toBe('admin.rule.aiIntents');
  });

  it('suggests an id from a Latin name and none from a Japanese one; inserts a variable at the cursor', () => {
    expect(suggestedId('Rückerstattung & Fragen')).toBe('ruckerstattung-fragen');
    expect(suggestedId('返金')).toBe('');
    expect(insertVariable('Hallo , danke', { start: 6, end: 6 }, 'customer.firstName')).toEqual({
      text: 'Hallo {{customer.firstName}}, danke',
      caret: 28,
    });
    expect(insertVariable('Hi NAME!', { start: 3, end: 7 }, 'agent.name').text).toBe('Hi {{agent.name}}!');
  });

  it('names weekdays in the UI language, Monday first', () => {
    expect(weekdayNames('de').monday).toBe('Montag');
    expect(weekdayNames('ja').sunday).toBe('日曜日');
  });

  it('shows a saved version at once, drops a deleted item, and ignores an older version', () => {
    const at = '2026-03-02T09:00:00.000Z';
    const save = (version: number, name: string, deleted = false): StoredSetting => ({
      kind: 'tag',
      id: 'urgent',
      version,
      value: deleted ? null : { name },
      deleted,
      savedAt: at,
      savedBy: 'Kim',
      seq: version,
    });
    const v2 = withStoredSetting(emptyTenantSettings(), save(2, 'Dringend'));
    expect(v2.tag).toEqual([{ id: 'urgent', version: 2, value: { name: 'Dringend' }, savedAt: at, savedBy: 'Kim' }]);
    expect(withStoredSetting(v2, save(1, 'Urgent'))).toBe(v2);
    expect(withStoredSetting(v2, save(3, '', true)).tag).toEqual([]);
  });
});

describe('admin screens: issues in the reader’s language', () => {
  it('every field of every form has a rule in the catalog; the editor’s own sentences are shown as they are', () => {
    const english = uiStrings('en');
    const japanese = uiStrings('ja');
    for (const spec of [QUEUE_FORM, TAG_FORM, MACRO_FORM, SLA_POLICY_FORM])
      for (const field of ['id', ...spec.fieldPaths]) {
        const key = fieldRuleKey(spec.kind, field);
        expect(key, `${spec.kind} ${field}`).not.toBeNull();
        expect(english.get(key!), key!).toBeTruthy();
        expect(japanese.get(key!), key!).not.toBe(english.get(key!));
      }
    expect(fieldRuleKey('sla_policy', 'businessHours.weekly.friday')).toBe('admin.rule.spans');
    expect(fieldRuleKey('sla_policy', 'targets.vip.resolutionMinutes')).toBe('admin.rule.target');
    expect(fieldRuleKey('queue', 'id')).toBe('admin.rule.queueIdFormat');
    expect(fieldRuleKey('macro', 'id')).toBe('admin.rule.id');
    expect(fieldRuleKey('macro', 'somethingElse')).toBeNull();
    const t = (key: string) => `«${key}»`;
    const [taken, rule] = ['own', 'queue'].map(
      (from) =>
        placeIssues([{ path: ['id'], message: 'as sent', own: from === 'own' }], ['id'], (field) =>
          fieldRuleKey('queue', field),
        ).byField.get('id')![0]!,
    );
    expect(issueText(t, taken!)).toBe('as sent');
    expect(issueText(t, rule!)).toBe('«admin.rule.queueIdFormat»');
  });
});

describe('admin screens: who sees which section', () => {
  it('derives the sections from the kinds a role may edit and the people it manages: all ten for an admin, macros and users for a lead, none for an agent', () => {
    const kindOf = (section: (typeof ADMIN_SECTIONS)[number]) => ('kind' in section.edits ? section.edits.kind : null);
    for (const role of ['lead', 'agent', 'autopilot'] as Role[])
      expect(
        adminSectionsFor(role)
          .map(kindOf)
          .filter((kind) => kind !== null),
      ).toEqual(
        ADMIN_SECTIONS.map(kindOf).filter((kind) => kind !== null && editableSettingKinds(role).includes(kind)),
      );
    expect(adminSectionsFor('admin').map((s) => s.id)).toEqual([
      'queue',
      'sla_policy',
      'tag',
      'macro',
      'channel',
      'widget',
      'webhook',
      'users',
      'api_tokens',
      'sign_in',
    ]);
    expect(adminSectionsFor('lead').map((s) => s.id)).toEqual(['macro', 'users']);
    expect(adminSectionsFor('agent')).toEqual([]);
    expect(adminSectionsFor(null)).toEqual([]);
  });
});
