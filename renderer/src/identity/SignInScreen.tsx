import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { ConsoleSession } from '../../../shared/api/identity-console.js';
import { useController } from '../state/context.js';
import { useSessionModel } from './SessionContext.js';
import { SignedOutNotice } from './SignedOutNotice.js';
import { takeSsoReturnError } from './sso-return-error.js';
import { createSignInForm, type SignInField } from './sign-in-form.js';
import { useFormMessageText } from './useFormMessageText.js';
import './identity.css';

function Field(props: {
  label: string;
  type: 'email' | 'password';
  value: string;
  error: string | null;
  autoComplete: string;
  inputRef?: React.Ref<HTMLInputElement>;
  onChange(value: string): void;
}): ReactNode {
  const id = useId();
  return (
    <div className="sign-in-field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        ref={props.inputRef}
        type={props.type}
        dir="ltr"
        value={props.value}
        autoComplete={props.autoComplete}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        data-testid={`sign-in-${props.type}`}
        onChange={(event) => props.onChange(event.target.value)}
      />
      {props.error ? (
        <span className="admin-field-error" id={`${id}-error`} data-testid={`sign-in-${props.type}-error`}>
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/**
 * The sign-in screen of a signed-in console that is signed out (or was never signed in): the tenant's name, the
 * identity provider's button, the email and password form when local accounts are on, each refusal on its field,
 * why the console was signed out and the unsent work that waits. The focus starts on the first control; Enter signs in.
 */
export function SignInScreen({ session }: { session: ConsoleSession }) {
  const { t } = useTranslation();
  const { api } = useController();
  const model = useSessionModel();
  const text = useFormMessageText();
  const [form] = useState(() =>
    createSignInForm({ api, onSignedIn: model.show, navigate: (url) => window.location.assign(url) }),
  );
  const [ssoFailure] = useState(() => takeSsoReturnError(window.location, window.history));
  const state = useStore(form.store);
  const firstField = useRef<HTMLInputElement>(null);
  const ssoButton = useRef<HTMLButtonElement>(null);
  const options = session.options;
  const errorOf = (field: SignInField) => (state.errors[field] ? text(state.errors[field]) : null);

  useEffect(() => {
    (ssoButton.current ?? firstField.current)?.focus();
  }, [options?.sso, options?.localAccounts]);
  // A refusal moves the focus to the field it is about, so it is read out and can be put right.
  useEffect(() => {
    const field = (['email', 'password'] as const).find((name) => state.errors[name]);
    if (field) document.querySelector<HTMLElement>(`[data-testid="sign-in-${field}"]`)?.focus();
  }, [state.errors]);

  const tenant = options?.tenantName ?? null;
  return (
    <main className="sign-in-screen" aria-labelledby="sign-in-title" data-testid="sign-in-screen">
      <div className="sign-in-card">
        <h1 id="sign-in-title">
          {tenant ? t('identity.signIn.title', { tenant }) : t('identity.signIn.titleUnknown')}
        </h1>
        {session.reason ? null : tenant ? (
          <p className="sign-in-intro" data-testid="sign-in-first-run">
            {t('identity.signIn.firstRun', { tenant })}
          </p>
        ) : null}
        <SignedOutNotice session={session} />
        {!options ? (
          <p className="error-message" role="status" data-testid="sign-in-no-options">
            {t('identity.signIn.noOptions')}
          </p>
        ) : null}
        {options?.sso ? (
          <div className="sign-in-sso">
            <button
              ref={ssoButton}
              type="button"
              className="button button-primary"
              data-testid="sign-in-sso"
              disabled={state.busy}
              onClick={() => void form.startSso()}
            >
              {state.ssoWaiting
                ? t('identity.signIn.ssoAgain')
                : t('identity.signIn.sso', { label: options.sso.label })}
            </button>
            {state.ssoWaiting ? (
              <p role="status" data-testid="sign-in-sso-waiting">
                {t('identity.signIn.ssoWaiting')}
              </p>
            ) : null}
          </div>
        ) : null}
        {options?.localAccounts ? (
          <form
            className="sign-in-form"
            aria-label={t('identity.signIn.orPassword')}
            data-testid="sign-in-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void form.submit();
            }}
          >
            {options.sso ? <h2>{t('identity.signIn.orPassword')}</h2> : null}
            <Field
              label={t('identity.signIn.email')}
              type="email"
              autoComplete="username"
              inputRef={firstField}
              value={state.email}
              error={errorOf('email')}
              onChange={(email) => form.edit({ email })}
            />
            <Field
              label={t('identity.signIn.password')}
              type="password"
              autoComplete="current-password"
              value={state.password}
              error={errorOf('password')}
              onChange={(password) => form.edit({ password })}
            />
            <button type="submit" className="button button-primary" data-testid="sign-in-submit" disabled={state.busy}>
              {state.busy ? t('identity.signIn.busy') : t('identity.signIn.submit')}
            </button>
          </form>
        ) : null}
        {ssoFailure && !state.errors.form ? (
          <p className="error-message" role="alert" data-testid="sign-in-sso-error">
            {t(`desktop.signInReturn.failures.${ssoFailure}`)}
          </p>
        ) : null}
        {state.errors.form ? (
          <p className="error-message" role="alert" data-testid="sign-in-form-error">
            {errorOf('form')}
          </p>
        ) : null}
        {!options ? (
          <button type="button" className="button" data-testid="sign-in-retry" onClick={() => void model.read()}>
            {t('identity.signIn.retry')}
          </button>
        ) : null}
      </div>
    </main>
  );
}
