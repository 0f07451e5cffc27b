import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { PERSON_ROLES, type PersonRole } from '../../../../shared/api/identity-contract.js';
import { SIGN_IN_POLICY_ID } from '../../../../shared/settings/sign-in-policy.js';
import { ShortcutButton } from '../../components/ShortcutButton.js';
import { useFormat } from '../../format/useFormat.js';
import { useController } from '../../state/context.js';
import { CheckField, TextField } from '../AdminField.js';
import { placeIssues } from '../issue-placement.js';
import { fieldRuleKey } from '../issue-texts.js';
import { createSettingEditor } from '../setting-editor.js';
import { SaveNotices } from '../SaveNotices.js';
import type { AdminSectionProps } from '../SettingSection.js';
import { useSectionShortcuts } from '../useSectionShortcuts.js';
import { SelectField } from './SelectField.js';
import { SIGN_IN_POLICY_FORM, type SignInPolicyForm } from './sign-in-policy-form.js';

/** The identity provider's text fields, in the form's order; each has a label and a hint named after it. */
const PROVIDER_TEXT_FIELDS = [
  { field: 'issuer', testId: 'policy-issuer', ltr: true },
  { field: 'clientId', testId: 'policy-client-id', ltr: true },
  { field: 'label', testId: 'policy-label', ltr: false },
  { field: 'roleClaim', testId: 'policy-role-claim', ltr: true },
] as const;

/**
 * How the tenant's people sign in (admins): local accounts on or off, the identity provider (issuer, client id,
 * button text, role claim and its values per role, the default role, adding people at their first sign-in) and the
 * session lengths; one item, edited through the setting editor (its version checked, each issue on its field).
 */
export function SignInPolicySection({ view, editable, onStored }: AdminSectionProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { api } = useController();
  const onStoredRef = useRef(onStored);
  onStoredRef.current = onStored;
  const [editor] = useState(() =>
    createSettingEditor<'sign_in', SignInPolicyForm>({
      api,
      spec: SIGN_IN_POLICY_FORM,
      existingIds: () => [],
      idTaken: () => '',
      onStored: (stored) => onStoredRef.current(stored),
    }),
  );
  const { draft, issues, notice, busy } = useStore(editor.store);
  const stored = view.settings.sign_in.find((entry) => entry.id === SIGN_IN_POLICY_ID);
  const formRef = useRef<HTMLFormElement>(null);

  // The one item: the stored policy, or the default one as a new item to save.
  useEffect(() => {
    if (editor.store.getState().draft) return;
    if (stored) editor.open(stored.id, stored.version, stored.value);
    else {
      editor.startNew();
      editor.setId(SIGN_IN_POLICY_ID);
    }
  }, [editor, stored]);
  useEffect(() => {
    if (issues.length > 0)
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }, [issues]);
  const placement = useMemo(
    () => placeIssues(issues, SIGN_IN_POLICY_FORM.fieldPaths, (field) => fieldRuleKey('sign_in', field)),
    [issues],
  );
  useSectionShortcuts({ startNew: () => undefined, save: () => editable && editor.save() });
  if (!draft) return null;
  const form = draft.form;
  const edit = (patch: Partial<SignInPolicyForm>) => editor.edit(patch);
  const roleOptions = PERSON_ROLES.map((role) => ({ value: role, label: t(`identity.role.${role}`) }));

  return (
    <section className="people-section" aria-label={t('identity.policy.title')} data-testid="admin-sign-in">
      <h3>{t('identity.policy.title')}</h3>
      <p className="admin-note">{t('identity.policy.intro')}</p>
      <form
        ref={formRef}
        className="admin-form"
        aria-label={t('identity.policy.title')}
        data-testid="sign-in-policy-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void editor.save();
        }}
      >
        {stored ? (
          <p className="admin-note" data-testid="admin-version">
            {t('admin.form.version', { version: stored.version, by: stored.savedBy, at: fmt.dateTime(stored.savedAt) })}
          </p>
        ) : null}
        <SaveNotices
          notice={notice}
          busy={busy}
          savedText={(version) => t('identity.policy.saved', { version })}
          unplaced={placement.unplaced}
          testIdPrefix="admin"
          onLoadTheirs={editor.loadTheirs}
          onOverwrite={() => void editor.overwrite()}
        />
        <fieldset disabled={!editable} className="admin-fields">
          <CheckField
            label={t('identity.policy.localAccounts')}
            checked={form.localAccounts}
            testId="policy-local"
            wide
            onChange={(localAccounts) => edit({ localAccounts })}
          />
          {placement.byField.get('localAccounts')?.length ? (
            <span className="admin-field-error channel-wide" role="alert" data-testid="policy-local-error">
              {t('identity.policy.rule.localAccounts')}
            </span>
          ) : null}
          <CheckField
            label={t('identity.policy.useProvider')}
            checked={form.useProvider}
            testId="policy-provider"
            wide
            onChange={(useProvider) => edit({ useProvider })}
          />
          {form.useProvider ? (
            <>
              {PROVIDER_TEXT_FIELDS.map(({ field, testId, ltr }) => (
                <TextField
                  key={field}
                  label={t(`identity.policy.${field}`)}
                  hint={t(`identity.policy.${field}Hint`)}
                  path={`oidc.${field}`}
                  placement={placement}
                  value={form[field]}
                  {...(ltr ? { dir: 'ltr' as const } : {})}
                  testId={testId}
                  onChange={(typed) => edit({ [field]: typed })}
                />
              ))}
              {PERSON_ROLES.map((role) => (
                <TextField
                  key={role}
                  label={t('identity.policy.roleValues', { role: t(`identity.role.${role}`) })}
                  hint={t('identity.policy.roleValuesHint')}
                  path={`oidc.roleValues.${role}`}
                  placement={placement}
                  value={form.roleValues[role]}
                  dir="ltr"
                  testId={`policy-values-${role}`}
                  onChange={(typed) => edit({ roleValues: { ...form.roleValues, [role]: typed } })}
                />
              ))}
              <SelectField
                label={t('identity.policy.defaultRole')}
                path="oidc.defaultRole"
                placement={placement}
                value={form.defaultRole}
                options={[{ value: '', label: t('identity.policy.noRole') }, ...roleOptions]}
                testId="policy-default-role"
                onChange={(defaultRole) => edit({ defaultRole: defaultRole as PersonRole | '' })}
              />
              <CheckField
                label={t('identity.policy.createUsers')}
                checked={form.createUsers}
                testId="policy-create-users"
                wide
                onChange={(createUsers) => edit({ createUsers })}
              />
            </>
          ) : null}
          <TextField
            label={t('identity.policy.accessMinutes')}
            path="accessMinutes"
            placement={placement}
            value={form.accessMinutes}
            inputMode="numeric"
            testId="policy-access-minutes"
            onChange={(accessMinutes) => edit({ accessMinutes })}
          />
          <TextField
            label={t('identity.policy.refreshHours')}
            path="refreshHours"
            placement={placement}
            value={form.refreshHours}
            inputMode="numeric"
            testId="policy-refresh-hours"
            onChange={(refreshHours) => edit({ refreshHours })}
          />
        </fieldset>
        <div className="admin-toolbar">
          <ShortcutButton
            keys="Control+S"
            className="button button-primary"
            testId="admin-save"
            disabled={!editable || busy}
            onPress={() => editor.save()}
          >
            {t('identity.policy.save')}
          </ShortcutButton>
        </div>
      </form>
    </section>
  );
}
