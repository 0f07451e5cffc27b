import { describe, expect, it } from 'vitest';
import { SIGN_IN_POLICY_FORM } from '../../../renderer/src/admin/people/sign-in-policy-form.js';
import { createTokenEditor } from '../../../renderer/src/admin/people/token-editor.js';
import { createUserEditor, userPatch, userForm } from '../../../renderer/src/admin/people/user-editor.js';
import { fieldRuleKey } from '../../../renderer/src/admin/issue-texts.js';
import { placeIssues } from '../../../renderer/src/admin/issue-placement.js';
import { createSettingEditor } from '../../../renderer/src/admin/setting-editor.js';
import { schemaIssues } from '../../../renderer/src/admin/issue-placement.js';
import type { ConsoleInput } from '../../../shared/api/console-contract.js';
import { SignInPolicySchema } from '../../../shared/settings/sign-in-policy.js';
import type { StoredSetting } from '../../../shared/settings/stored-setting.js';
import { uiStrings } from '../../helpers/ui-strings.js';
import { createFakeIdentityHost } from './fake-identity-host.js';
import { createFakeSettingsHost } from './fake-settings-host.js';

const ADMIN: ConsoleInput<'createUser'> = {
  email: 'olga@example.com',
  name: 'Olga Admin',
  role: 'admin',
  queues: [],
  language: null,
};

function usersOver(host = createFakeIdentityHost(), role = 'admin') {
  const editor = createUserEditor(host.api, role);
  return { host, editor, state: () => editor.store.getState() };
}

describe('admin screen: users', () => {
  it('adds a user: a bad email and a short password are each said on their field, nothing sent; then it is listed', async () => {
    const { host, editor, state } = usersOver();
    host.seedUser(ADMIN);
    await editor.load();
    editor.open(null);
    editor.edit({ email: 'ben at example', name: 'Ben Agent', password: 'short' });
    await editor.save();
    expect(state().problems.fields).toEqual({
      email: { key: 'identity.users.rule.email' },
      password: { key: 'identity.users.rule.password' },
    });
    expect(host.calls.filter((call) => call.method === 'createUser')).toEqual([]);

    editor.edit({ email: 'Ben@Example.com', password: '', queues: 'billing, , vip ', language: 'de' });
    await editor.save();
    expect(state().notice).toEqual({ kind: 'created', name: 'Ben Agent' });
    expect(state().users?.map((user) => [user.email, user.queues, user.language])).toEqual([
      ['olga@example.com', [], null],
      ['ben@example.com', ['billing', 'vip'], 'de'],
    ]);
    // The same email again is refused on the email field (the queue's email_taken).
    editor.open(null);
    editor.edit({ email: 'ben@example.com', name: 'Ben Again' });
    await editor.save();
    expect(state().problems.fields).toEqual({ email: { key: 'identity.users.emailTaken' } });
  });

  it('sends only what changed, against the version the edit started from', () => {
    const host = createFakeIdentityHost();
    const user = host.seedUser({ ...ADMIN, queues: ['billing'] });
    const same = userPatch(user, userForm(user));
    expect(same.success && same.data).toEqual({ baseVersion: 1 });
    const edited = userPatch(user, { ...userForm(user), name: 'Olga A.', queues: 'billing,vip', password: '' });
    expect(edited.success && edited.data).toEqual({ baseVersion: 1, name: 'Olga A.', queues: ['billing', 'vip'] });
  });

  it('keeps the edits when another admin saved first, and saves them over theirs or loads theirs', async () => {
    const { host, editor, state } = usersOver();
    host.seedUser(ADMIN);
    const ben = host.seedUser({ email: 'ben@example.com', name: 'Ben', role: 'agent', queues: [], language: null });
    await editor.load();
    editor.open(state().users?.find((user) => user.id === ben.id) ?? null);
    editor.edit({ name: 'Ben Becker' });
    host.changeAs(ben.id, { role: 'lead' });
    await editor.save();
    expect(state().notice).toMatchObject({ kind: 'conflict', current: { role: 'lead', version: 2 } });
    expect(state().draft?.form.name).toBe('Ben Becker');
    await editor.overwrite();
    expect(host.users.get(ben.id)).toMatchObject({ name: 'Ben Becker', role: 'lead', version: 3 });
    expect(state().notice).toEqual({ kind: 'saved', name: 'Ben Becker' });

    editor.edit({ name: 'Ben B.' });
    host.changeAs(ben.id, { name: 'Benjamin' });
    await editor.save();
    editor.loadTheirs();
    expect(state().draft?.form.name).toBe('Benjamin');
    expect(state().notice).toBeNull();
  });

  it('disables and enables after a confirmation; the last admin is refused in the reader’s words', async () => {
    const { host, editor, state } = usersOver();
    const olga = host.seedUser(ADMIN);
    const ben = host.seedUser({ email: 'ben@example.com', name: 'Ben', role: 'agent', queues: [], language: null });
    await editor.load();
    editor.open(ben);
    editor.askToggle();
    expect(state().notice).toEqual({ kind: 'confirmDisable' });
    expect(host.users.get(ben.id)?.disabledAt).toBeNull();
    await editor.confirmToggle();
    expect(host.users.get(ben.id)?.disabledAt).not.toBeNull();
    expect(state().users?.find((user) => user.id === ben.id)?.disabledAt).not.toBeNull();
    editor.askToggle();
    expect(state().notice).toEqual({ kind: 'confirmEnable' });
    await editor.confirmToggle();
    expect(host.users.get(ben.id)?.disabledAt).toBeNull();

    editor.open(olga);
    editor.askToggle();
    await editor.confirmToggle();
    expect(state().problems.form).toEqual({ key: 'identity.users.lastAdmin' });
    expect(host.users.get(olga.id)?.disabledAt).toBeNull();
  });

  it('a lead sees the list and disables or enables an agent, nothing more: no new user, no other field, no lead or admin', async () => {
    const { host, editor, state } = usersOver(createFakeIdentityHost(), 'lead');
    const olga = host.seedUser(ADMIN);
    const lee = host.seedUser({ email: 'lee@example.com', name: 'Lee', role: 'lead', queues: [], language: null });
    const ben = host.seedUser({ email: 'ben@example.com', name: 'Ben', role: 'agent', queues: [], language: null });
    await editor.load();
    expect(state().users?.map((user) => user.email)).toEqual([olga.email, lee.email, ben.email]);
    expect(editor.rights.manage).toBe(false);
    expect([olga, lee, ben].map((user) => editor.rights.mayToggle(user))).toEqual([false, false, true]);
    editor.open(null);
    expect(state().draft).toBeNull();
    for (const user of [olga, lee]) {
      editor.open(user);
      editor.askToggle();
      expect(state().notice, user.name).toBeNull();
      await editor.confirmToggle();
    }
    editor.open(ben);
    editor.edit({ name: 'Ben Becker', role: 'admin', password: 'a long new password' });
    await editor.save();
    expect(host.calls.filter((call) => call.method === 'updateUser')).toEqual([]);

    editor.askToggle();
    expect(state().notice).toEqual({ kind: 'confirmDisable' });
    await editor.confirmToggle();
    editor.askToggle();
    await editor.confirmToggle();
    expect(host.calls.filter((call) => call.method === 'updateUser').map((call) => call.input)).toEqual([
      { userId: ben.id, patch: { baseVersion: 1, disabled: true } },
      { userId: ben.id, patch: { baseVersion: 2, disabled: false } },
    ]);
    expect(host.users.get(ben.id)).toMatchObject({ name: 'Ben', role: 'agent', disabledAt: null, version: 3 });
  });

  it('says a queue out of reach in the reader’s words and loses nothing typed', async () => {
    const { host, editor, state } = usersOver();
    editor.open(null);
    editor.edit({ email: 'cy@example.com', name: 'Cy' });
    host.setOnline(false);
    await editor.save();
    expect(state().problems.form).toEqual({ key: 'identity.error.queueUnreachable' });
    expect(state().draft?.form).toMatchObject({ email: 'cy@example.com', name: 'Cy' });
  });
});

describe('admin screen: API tokens', () => {
  it('creates a machine token whose secret is shown once, rotates it (a new secret) and revokes it, each confirmed', async () => {
    const host = createFakeIdentityHost();
    const editor = createTokenEditor(host.api);
    const state = () => editor.store.getState();
    await editor.load();
    expect(state().tokens).toEqual([]);

    editor.startNew();
    editor.edit({ name: 'Nightly export', expiresInDays: 'ten' });
    await editor.create();
    expect(state().problems.fields).toEqual({ expiresInDays: { key: 'identity.tokens.rule.expiresInDays' } });
    editor.edit({ expiresInDays: '30' });
    await editor.create();
    const created = state().issued;
    expect(created?.token).toMatchObject({ name: 'Nightly export', role: 'autopilot', revokedAt: null });
    expect(created?.secret).toMatch(/^sbq_/);
    expect(state().tokens?.map((token) => token.name)).toEqual(['Nightly export']);
    editor.forgetSecret();
    expect(state().issued).toBeNull();

    const token = state().tokens?.[0];
    if (!token) throw new Error('no token listed');
    editor.ask('confirmRotate', token);
    expect(host.calls.filter((call) => call.method === 'rotateApiToken')).toEqual([]);
    await editor.confirm();
    expect(state().issued?.secret).toMatch(/^sbq_/);
    expect(state().issued?.secret).not.toBe(created?.secret);
    expect(state().tokens?.[0]?.rotatedAt).not.toBeNull();

    editor.ask('confirmRevoke', token);
    editor.dismiss();
    expect(host.tokens.get(token.id)?.revokedAt).toBeNull();
    editor.ask('confirmRevoke', token);
    await editor.confirm();
    expect(state().notice).toMatchObject({ kind: 'revoked', token: { id: token.id } });
    expect(state().tokens?.[0]?.revokedAt).not.toBeNull();
  });
});

describe('admin screen: the sign-in policy', () => {
  const editorOver = (host = createFakeSettingsHost('admin')) => {
    const reported: StoredSetting[] = [];
    const editor = createSettingEditor({
      api: host.api,
      spec: SIGN_IN_POLICY_FORM,
      existingIds: () => [],
      idTaken: () => 'taken',
      onStored: (stored) => reported.push(stored),
    });
    editor.startNew();
    editor.setId('sign_in');
    return { host, editor, state: () => editor.store.getState() };
  };

  it('reads and writes the policy as typed text, and back to the same value', () => {
    const value = SignInPolicySchema.parse({
      localAccounts: false,
      oidc: {
        issuer: 'http://127.0.0.1:9000',
        clientId: 'switchboard',
        label: 'Okta',
        roleClaim: 'groups',
        roleValues: { admin: ['sb-admins'], lead: ['sb-leads', 'team-leads'], agent: [] },
        defaultRole: null,
        createUsers: true,
      },
      accessMinutes: 10,
      refreshHours: 72,
    });
    const form = SIGN_IN_POLICY_FORM.fromValue(value);
    expect(form).toMatchObject({ roleValues: { lead: 'sb-leads, team-leads' }, defaultRole: '', accessMinutes: '10' });
    expect(SignInPolicySchema.parse(SIGN_IN_POLICY_FORM.toValue(form, 'sign_in'))).toEqual(value);
  });

  it('puts each issue on its field as the field’s rule: the issuer, minutes out of range, local accounts off with no provider', async () => {
    const { editor, state } = editorOver();
    editor.edit({ useProvider: true, issuer: 'not a url', accessMinutes: '90' });
    await editor.save();
    const placement = placeIssues(state().issues, SIGN_IN_POLICY_FORM.fieldPaths, (field) =>
      fieldRuleKey('sign_in', field),
    );
    expect(placement.byField.get('oidc.issuer')?.[0]?.rule).toBe('identity.policy.rule.issuer');
    expect(placement.byField.get('accessMinutes')?.[0]?.rule).toBe('identity.policy.rule.accessMinutes');
    expect(placement.byField.get('oidc.clientId')?.[0]?.rule).toBe('identity.policy.rule.clientId');

    editor.edit({ useProvider: false, localAccounts: false, accessMinutes: '15' });
    await editor.save();
    const off = schemaIssues(
      SignInPolicySchema.safeParse(SIGN_IN_POLICY_FORM.toValue(state().draft!.form, 'sign_in')).error!,
    );
    expect(off.map((issue) => issue.path)).toEqual([['localAccounts']]);
    expect(state().issues.map((issue) => issue.path)).toEqual([['localAccounts']]);

    editor.edit({ localAccounts: true });
    await editor.save();
    expect(state().notice).toEqual({ kind: 'saved', version: 1 });
  });

  it('has every rule and text it names in the English catalog', () => {
    const en = uiStrings('en');
    for (const field of SIGN_IN_POLICY_FORM.fieldPaths) {
      const key = fieldRuleKey('sign_in', field);
      if (key) expect(en.has(key), key).toBe(true);
    }
    for (const key of ['identity.users.rule.email', 'identity.users.lastAdmin', 'identity.tokens.rule.expiresInDays'])
      expect(en.has(key), key).toBe(true);
  });
});
