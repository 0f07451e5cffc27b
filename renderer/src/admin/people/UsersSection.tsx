import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { PERSON_ROLES, type PersonRole, type User } from '../../../../shared/api/identity-contract.js';
import { UI_LANGUAGES } from '../../../../shared/i18n/ui-languages.js';
import { ShortcutButton } from '../../components/ShortcutButton.js';
import { useFormat } from '../../format/useFormat.js';
import { useFormMessageText } from '../../identity/useFormMessageText.js';
import { useConsoleState, useController } from '../../state/context.js';
import { TextField } from '../AdminField.js';
import type { AdminSectionProps } from '../SettingSection.js';
import { useSectionShortcuts } from '../useSectionShortcuts.js';
import { ConfirmBar } from './ConfirmBar.js';
import { PeopleSection, PeopleTable, useFocusFirstInvalid } from './PeopleSection.js';
import { placementOf } from './people-placement.js';
import { SelectField } from './SelectField.js';
import { createUserEditor } from './user-editor.js';

/** The user's row: who, role, queues, language, state and last sign-in; the name opens the form. */
function UserRow({ user, onOpen, current }: { user: User; onOpen(): void; current: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <tr data-testid="user-row" data-user-email={user.email}>
      <th scope="row">
        <button type="button" className="link-button" aria-current={current || undefined} onClick={onOpen}>
          {user.name}
        </button>
        <span className="admin-item-id" dir="ltr">
          {user.email}
        </span>
      </th>
      <td>{t(`identity.role.${user.role}`)}</td>
      <td>{user.queues.length === 0 ? t('identity.users.allQueues') : user.queues.join(', ')}</td>
      <td>{user.language ? fmt.languageName(user.language) : t('identity.users.consoleLanguage')}</td>
      <td data-testid="user-state">
        {user.disabledAt
          ? t('identity.users.disabledSince', { at: fmt.dateTime(user.disabledAt) })
          : t('identity.users.active')}
      </td>
      <td>{user.lastSignInAt ? fmt.dateTime(user.lastSignInAt) : t('identity.users.never')}</td>
    </tr>
  );
}

/** The form's first control that works: a field, or for a lead (whose fields are read-only) Disable or Back. */
const FIRST_CONTROL = 'input:not(:disabled), select:not(:disabled), button:not(:disabled)';

/**
 * The tenant's people: the list with role, queues, language, state and last sign-in. An admin adds and edits a user,
 * sets a password, disables or enables after a confirmation; a lead sees the list and disables or enables an agent,
 * nothing else (shared/api/user-rights.ts). A save names the version the edit started from: another admin's change
 * first keeps these edits and offers theirs. Alt+N adds, Ctrl+S saves, Esc goes back to the list.
 */
export function UsersSection({ editable }: AdminSectionProps) {
  const { t } = useTranslation();
  const { api } = useController();
  const role = useConsoleState((s) => s.status?.role ?? null);
  const text = useFormMessageText();
  const editor = useMemo(() => createUserEditor(api, role), [api, role]);
  const { rights } = editor;
  const { users, loadError, draft, problems, notice, busy } = useStore(editor.store);
  const formRef = useRef<HTMLFormElement>(null);
  const placement = useMemo(() => placementOf(problems), [problems]);

  useEffect(() => {
    void editor.load();
  }, [editor]);
  useFocusFirstInvalid(formRef, problems);
  const focusForm = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus());
  const open = (user: User | null) => {
    if (!editable && !user) return;
    editor.open(user);
    focusForm();
  };
  useSectionShortcuts({ startNew: () => open(null), save: () => editable && editor.save() });
  const fieldsEditable = editable && rights.manage;

  const base = draft?.base ?? null;
  const roleOptions = PERSON_ROLES.map((role) => ({ value: role, label: t(`identity.role.${role}`) }));
  const languageOptions = [
    { value: '', label: t('identity.users.consoleLanguage') },
    ...UI_LANGUAGES.map((language) => ({ value: language.code, label: language.name })),
  ];
  return (
    <PeopleSection
      testId="admin-users"
      title={t('identity.users.title')}
      newLabel={t('identity.users.new')}
      newTestId="user-new"
      editable={editable}
      loadError={loadError}
      form={formRef}
      {...(rights.manage ? { onNew: () => open(null) } : {})}
      onRetry={() => void editor.load()}
      onCloseForm={editor.close}
    >
      {rights.manage ? null : (
        <p className="admin-note" data-testid="users-lead-rights">
          {t('identity.users.leadRights')}
        </p>
      )}
      <PeopleTable
        testId="users-table"
        count={users ? users.length : null}
        empty={t('identity.users.empty')}
        headings={[
          t('identity.users.name'),
          t('identity.users.roleLabel'),
          t('identity.users.queues'),
          t('identity.users.language'),
          t('identity.users.state'),
          t('identity.users.lastSignIn'),
        ]}
      >
        {users?.map((user) => (
          <UserRow key={user.id} user={user} current={base?.id === user.id} onOpen={() => open(user)} />
        ))}
      </PeopleTable>

      {draft ? (
        <form
          ref={formRef}
          className="admin-form"
          aria-label={base ? base.name : t('identity.users.new')}
          data-testid="user-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void editor.save();
          }}
        >
          <h3>{base ? base.name : t('identity.users.new')}</h3>
          {notice?.kind === 'saved' || notice?.kind === 'created' ? (
            <p className="admin-notice ok" role="status" data-testid="user-saved">
              {t(notice.kind === 'saved' ? 'identity.users.saved' : 'identity.users.created', { name: notice.name })}
            </p>
          ) : null}
          {notice?.kind === 'conflict' ? (
            <div className="admin-notice" role="alert" data-testid="user-conflict">
              <p>{t('identity.users.conflict', { name: notice.current.name, version: notice.current.version })}</p>
              <button
                type="button"
                className="button button-small"
                data-testid="user-load-theirs"
                onClick={editor.loadTheirs}
              >
                {t('identity.users.loadTheirs')}
              </button>
              <button
                type="button"
                className="button button-small"
                data-testid="user-overwrite"
                disabled={busy}
                onClick={() => void editor.overwrite()}
              >
                {t('identity.users.overwrite')}
              </button>
            </div>
          ) : null}
          {problems.form ? (
            <p className="error-message" role="alert" data-testid="user-form-error">
              {text(problems.form)}
            </p>
          ) : null}
          {base?.ssoLinked ? <p className="admin-note">{t('identity.users.ssoRole', { name: base.name })}</p> : null}
          <fieldset disabled={!fieldsEditable} className="admin-fields">
            {base ? null : (
              <TextField
                label={t('identity.users.email')}
                path="email"
                placement={placement}
                value={draft.form.email}
                dir="ltr"
                testId="user-email"
                onChange={(email) => editor.edit({ email })}
              />
            )}
            <TextField
              label={t('identity.users.name')}
              path="name"
              placement={placement}
              value={draft.form.name}
              testId="user-name"
              onChange={(name) => editor.edit({ name })}
            />
            <SelectField
              label={t('identity.users.roleLabel')}
              path="role"
              placement={placement}
              value={draft.form.role}
              options={roleOptions}
              testId="user-role"
              onChange={(role) => editor.edit({ role: role as PersonRole })}
            />
            <TextField
              label={t('identity.users.queues')}
              hint={t('identity.users.queuesHint')}
              path="queues"
              placement={placement}
              value={draft.form.queues}
              dir="ltr"
              testId="user-queues"
              onChange={(queues) => editor.edit({ queues })}
            />
            <SelectField
              label={t('identity.users.language')}
              path="language"
              placement={placement}
              value={draft.form.language}
              options={languageOptions}
              testId="user-language"
              onChange={(language) => editor.edit({ language })}
            />
            <TextField
              label={t('identity.users.password')}
              hint={t('identity.users.passwordHint')}
              path="password"
              placement={placement}
              value={draft.form.password}
              dir="ltr"
              type="password"
              testId="user-password"
              onChange={(password) => editor.edit({ password })}
            />
          </fieldset>
          {notice?.kind === 'confirmDisable' || notice?.kind === 'confirmEnable' ? (
            <ConfirmBar
              text={t(`identity.users.${notice.kind}`, { name: base?.name ?? '' })}
              action={t(notice.kind === 'confirmDisable' ? 'identity.users.disable' : 'identity.users.enable')}
              cancel={t('identity.users.keep')}
              busy={busy}
              testId="user-confirm"
              onConfirm={() => void editor.confirmToggle()}
              onCancel={editor.dismiss}
            />
          ) : null}
          <div className="admin-toolbar">
            {rights.manage ? (
              <ShortcutButton
                keys="Control+S"
                className="button button-primary"
                testId="user-save"
                disabled={!editable || busy}
                onPress={() => editor.save()}
              >
                {t('identity.users.save')}
              </ShortcutButton>
            ) : null}
            {base && rights.mayToggle(base) ? (
              <button
                type="button"
                className="button"
                data-testid="user-toggle"
                disabled={!editable || busy}
                onClick={editor.askToggle}
              >
                {t(base.disabledAt ? 'identity.users.enable' : 'identity.users.disable')}
              </button>
            ) : null}
            <button type="button" className="button" aria-keyshortcuts="Escape" onClick={editor.close}>
              {t('identity.users.close')}
            </button>
          </div>
        </form>
      ) : null}
    </PeopleSection>
  );
}
