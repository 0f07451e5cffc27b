import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ApiToken } from '../../../../shared/api/identity-contract.js';
import { RoleSchema, type Role } from '../../../../shared/api/queue-contract.js';
import { ShortcutButton } from '../../components/ShortcutButton.js';
import { useFormat } from '../../format/useFormat.js';
import { useFormMessageText } from '../../identity/useFormMessageText.js';
import { useController } from '../../state/context.js';
import { TextField } from '../AdminField.js';
import { CopyText } from '../integrations/CopyText.js';
import type { AdminSectionProps } from '../SettingSection.js';
import { useSectionShortcuts } from '../useSectionShortcuts.js';
import { ConfirmBar } from './ConfirmBar.js';
import { PeopleSection, PeopleTable, useFocusFirstInvalid } from './PeopleSection.js';
import { placementOf } from './people-placement.js';
import { SelectField } from './SelectField.js';
import { createTokenEditor } from './token-editor.js';

function TokenRow(props: { token: ApiToken; editable: boolean; onRotate(): void; onRevoke(): void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { token } = props;
  const live = token.revokedAt === null;
  return (
    <tr data-testid="token-row" data-token-name={token.name}>
      <th scope="row">
        {token.name}
        <span className="admin-item-id" dir="ltr">
          {token.id}
        </span>
        {token.userId ? <span className="admin-hint">{t('identity.tokens.actsAs')}</span> : null}
      </th>
      <td>{t(`identity.role.${token.role}`)}</td>
      <td>{fmt.dateTime(token.createdAt)}</td>
      <td data-testid="token-last-used">
        {token.lastUsedAt ? fmt.dateTime(token.lastUsedAt) : t('identity.tokens.neverUsed')}
      </td>
      <td data-testid="token-state">
        {!live
          ? t('identity.tokens.revoked', { at: fmt.dateTime(token.revokedAt ?? '') })
          : token.expiresAt
            ? fmt.dateTime(token.expiresAt)
            : t('identity.tokens.noExpiry')}
      </td>
      <td>
        {live ? (
          <span className="token-actions">
            <button
              type="button"
              className="button button-small"
              data-testid="token-rotate"
              aria-label={`${t('identity.tokens.rotate')}: ${token.name}`}
              disabled={!props.editable}
              onClick={props.onRotate}
            >
              {t('identity.tokens.rotate')}
            </button>
            <button
              type="button"
              className="button button-small"
              data-testid="token-revoke"
              aria-label={`${t('identity.tokens.revoke')}: ${token.name}`}
              disabled={!props.editable}
              onClick={props.onRevoke}
            >
              {t('identity.tokens.revoke')}
            </button>
          </span>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * The tenant's API tokens (admins): name, scope, created, last used, expiry; a new machine token whose secret is
 * shown once with Copy; rotate (a new secret, the old one refused at once) and revoke, each after a confirmation.
 */
export function ApiTokensSection({ editable }: AdminSectionProps) {
  const { t } = useTranslation();
  const { api } = useController();
  const text = useFormMessageText();
  const [editor] = useState(() => createTokenEditor(api));
  const { tokens, loadError, form, problems, issued, notice, busy } = useStore(editor.store);
  const formRef = useRef<HTMLFormElement>(null);
  const placement = useMemo(() => placementOf(problems), [problems]);

  useEffect(() => {
    void editor.load();
  }, [editor]);
  useFocusFirstInvalid(formRef, problems);
  useEffect(() => {
    if (issued)
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="token-secret"]')?.focus());
  }, [issued]);
  const startNew = () => {
    if (!editable) return;
    editor.startNew();
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input')?.focus());
  };
  useSectionShortcuts({ startNew, save: () => editable && editor.create() });

  const scopeOptions = RoleSchema.options.map((role) => ({ value: role, label: t(`identity.role.${role}`) }));
  return (
    <PeopleSection
      testId="admin-api-tokens"
      title={t('identity.tokens.title')}
      newLabel={t('identity.tokens.new')}
      newTestId="token-new"
      editable={editable}
      loadError={loadError}
      form={formRef}
      onNew={startNew}
      onRetry={() => void editor.load()}
      onCloseForm={editor.close}
    >
      {issued ? (
        <div className="admin-notice ok" data-testid="token-issued">
          <CopyText
            label={t('identity.tokens.secret', { name: issued.token.name })}
            hint={t('identity.tokens.secretHint')}
            text={issued.secret}
            testId="token-secret"
          />
          <button
            type="button"
            className="button button-small"
            data-testid="token-secret-done"
            onClick={editor.forgetSecret}
          >
            {t('identity.tokens.done')}
          </button>
        </div>
      ) : null}
      {notice?.kind === 'revoked' ? (
        <p className="admin-notice ok" role="status" data-testid="token-revoked">
          {t('identity.tokens.revokedDone', { name: notice.token.name })}
        </p>
      ) : null}
      {notice?.kind === 'confirmRotate' || notice?.kind === 'confirmRevoke' ? (
        <ConfirmBar
          text={t(`identity.tokens.${notice.kind}`, { name: notice.token.name })}
          action={t(notice.kind === 'confirmRotate' ? 'identity.tokens.rotate' : 'identity.tokens.revoke')}
          cancel={t('identity.tokens.keep')}
          busy={busy}
          testId="token-confirm"
          onConfirm={() => void editor.confirm()}
          onCancel={editor.dismiss}
        />
      ) : null}
      {problems.form ? (
        <p className="error-message" role="alert" data-testid="token-error">
          {text(problems.form)}
        </p>
      ) : null}
      {form ? (
        <form
          ref={formRef}
          className="admin-form"
          aria-label={t('identity.tokens.new')}
          data-testid="token-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void editor.create();
          }}
        >
          <fieldset disabled={!editable} className="admin-fields">
            <TextField
              label={t('identity.tokens.name')}
              path="name"
              placement={placement}
              value={form.name}
              testId="token-name"
              onChange={(name) => editor.edit({ name })}
            />
            <SelectField
              label={t('identity.tokens.scope')}
              path="role"
              placement={placement}
              value={form.role}
              options={scopeOptions}
              testId="token-scope"
              onChange={(role) => editor.edit({ role: role as Role })}
            />
            <TextField
              label={t('identity.tokens.expiresInDays')}
              hint={t('identity.tokens.expiresHint')}
              path="expiresInDays"
              placement={placement}
              value={form.expiresInDays}
              inputMode="numeric"
              testId="token-days"
              onChange={(expiresInDays) => editor.edit({ expiresInDays })}
            />
          </fieldset>
          <div className="admin-toolbar">
            <ShortcutButton
              keys="Control+S"
              className="button button-primary"
              testId="token-create"
              disabled={!editable || busy}
              onPress={() => editor.create()}
            >
              {t('identity.tokens.create')}
            </ShortcutButton>
            <button type="button" className="button" aria-keyshortcuts="Escape" onClick={editor.close}>
              {t('identity.users.close')}
            </button>
          </div>
        </form>
      ) : null}
      <PeopleTable
        testId="tokens-table"
        count={tokens ? tokens.length : null}
        empty={t('identity.tokens.empty')}
        headings={[
          t('identity.tokens.name'),
          t('identity.tokens.scope'),
          t('identity.tokens.created'),
          t('identity.tokens.lastUsed'),
          t('identity.tokens.expires'),
        ]}
        actionsColumn
      >
        {tokens?.map((token) => (
          <TokenRow
            key={token.id}
            token={token}
            editable={editable}
            onRotate={() => editor.ask('confirmRotate', token)}
            onRevoke={() => editor.ask('confirmRevoke', token)}
          />
        ))}
      </PeopleTable>
    </PeopleSection>
  );
}
