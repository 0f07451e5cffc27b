import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_TIMEOUT_SECONDS,
  MAX_API_KEY_LENGTH,
  MAX_BASE_URL_LENGTH,
  MAX_MODEL_LENGTH,
  MAX_TIMEOUT_SECONDS,
  MIN_TIMEOUT_SECONDS,
  PROVIDER_TEST_FAILURES,
  ProviderSettingsInputSchema,
  type ProviderSettings as CurrentProvider,
  type ProviderSettingsInput,
} from '../../../shared/api/provider-settings-contract.js';
import type { AppError } from '../../../shared/result.js';
import { useController } from '../state/context.js';
import { SettingField } from './SettingField.js';

type Field = 'baseURL' | 'model' | 'timeoutSeconds' | 'apiKey';
const FIELDS: readonly Field[] = ['baseURL', 'model', 'timeoutSeconds', 'apiKey'];
type Busy = 'save' | 'test' | 'clear' | null;
type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; title: string; detail: string } | null;

const EXAMPLE_OPENAI = 'https://api.openai.com/v1';
const EXAMPLE_OLLAMA = 'http://127.0.0.1:11434/v1';

/** Failures with their own sentence (the host's message follows it); others read "could not be saved". */
const EXPLAINED_FAILURES: readonly string[] = [...PROVIDER_TEST_FAILURES, 'key_for_other_endpoint', 'insecure_storage'];

/**
 * The console's AI provider (any OpenAI-compatible endpoint) for machine translation: base URL, model,
 * timeout and a write-only API key. Test connection sends one real request with what is typed; Save
 * uses it at once. Buttons stay focusable while busy (aria-disabled), so focus stays where it was.
 */
export function ProviderSettings() {
  const { t } = useTranslation();
  const { api } = useController();
  const id = useId();
  const fieldRefs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  const [current, setCurrent] = useState<CurrentProvider | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const [baseURL, setBaseURL] = useState('');
  const [model, setModel] = useState('');
  const [timeout, setTimeoutText] = useState(String(DEFAULT_TIMEOUT_SECONDS));
  const [apiKey, setApiKey] = useState('');
  const [removeKey, setRemoveKey] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState<Busy>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const show = (settings: CurrentProvider): void => {
    setCurrent(settings);
    setBaseURL(settings.baseURL ?? '');
    setModel(settings.model ?? '');
    setTimeoutText(String(settings.timeoutSeconds));
    setApiKey('');
    setRemoveKey(false);
  };

  useEffect(() => {
    let live = true;
    if (!api.getProviderSettings) {
      setUnsupported(true);
      return;
    }
    void api.getProviderSettings({}).then((result) => {
      if (!live) return;
      if (result.ok) show(result.value);
      else setUnsupported(result.error.code === 'not_supported');
    });
    return () => {
      live = false;
    };
  }, [api]);

  const fieldMessage = (field: Field): string => {
    switch (field) {
      case 'baseURL':
        return t('providerSettings.errors.baseURL', { max: MAX_BASE_URL_LENGTH, example: EXAMPLE_OPENAI });
      case 'model':
        return t('providerSettings.errors.model', { max: MAX_MODEL_LENGTH });
      case 'timeoutSeconds':
        return t('providerSettings.errors.timeout', { min: MIN_TIMEOUT_SECONDS, max: MAX_TIMEOUT_SECONDS });
      case 'apiKey':
        return t('providerSettings.errors.apiKey', { max: MAX_API_KEY_LENGTH });
    }
  };

  /** What is typed, checked with the contract's schema; on errors they show by their fields and the first one gets focus. */
  const typed = (): ProviderSettingsInput | null => {
    const key = apiKey.trim();
    const input = {
      baseURL,
      model,
      timeoutSeconds: timeout.trim() === '' ? Number.NaN : Number(timeout),
      ...(removeKey ? { apiKey: null } : key !== '' ? { apiKey: key } : {}),
    };
    const parsed = ProviderSettingsInputSchema.safeParse(input);
    if (parsed.success) {
      setErrors({});
      return input;
    }
    const found: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = FIELDS.find((f) => f === issue.path[0]);
      if (field && !found[field]) found[field] = fieldMessage(field);
    }
    setErrors(found);
    const first = FIELDS.find((f) => found[f]);
    if (first) fieldRefs.current[first]?.focus();
    setOutcome(null);
    return null;
  };

  const failed = (error: AppError): Outcome => ({
    kind: 'error',
    title: EXPLAINED_FAILURES.includes(error.code)
      ? t(`providerSettings.failures.${error.code}`)
      : t('providerSettings.failures.other'),
    detail: error.message,
  });

  const runTest = async (): Promise<void> => {
    if (busy || !api.testProviderConnection) return;
    const input = typed();
    if (!input) return;
    setBusy('test');
    setOutcome(null);
    const result = await api.testProviderConnection(input);
    setBusy(null);
    setOutcome(
      result.ok
        ? { kind: 'ok', text: t('providerSettings.tested', { model: result.value.model, ms: result.value.latencyMs }) }
        : failed(result.error),
    );
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy || !api.setProviderSettings) return;
    const input = typed();
    if (!input) return;
    setBusy('save');
    setOutcome(null);
    const result = await api.setProviderSettings(input);
    setBusy(null);
    if (!result.ok) {
      setOutcome(failed(result.error));
      return;
    }
    show(result.value);
    setOutcome({ kind: 'ok', text: t('providerSettings.saved', { model: result.value.model ?? '' }) });
  };

  const clear = async (): Promise<void> => {
    if (busy || !api.clearProviderSettings || current?.source === 'none') return;
    setBusy('clear');
    setOutcome(null);
    const result = await api.clearProviderSettings({});
    setBusy(null);
    if (!result.ok) {
      setOutcome(failed(result.error));
      return;
    }
    show(result.value);
    setErrors({});
    setOutcome({ kind: 'ok', text: t('providerSettings.cleared') });
  };

  const fieldRef =
    (field: Field) =>
    (element: HTMLInputElement | null): void => {
      fieldRefs.current[field] = element;
    };

  const status =
    current === null
      ? t('providerSettings.loading')
      : current.source === 'none'
        ? t('providerSettings.statusNone')
        : t(current.source === 'startup' ? 'providerSettings.statusStartup' : 'providerSettings.statusSaved', {
            model: current.model ?? '',
            baseURL: current.baseURL ?? '',
          });

  return (
    <section className="setting provider-settings" aria-labelledby={`${id}-title`} data-testid="provider-settings">
      <h3 id={`${id}-title`} className="setting-label">
        {t('providerSettings.title')}
      </h3>
      <p className="setting-hint">{t('providerSettings.intro')}</p>
      {unsupported ? (
        <p className="setting-hint" data-testid="provider-unsupported">
          {t('providerSettings.unsupported')}
        </p>
      ) : (
        <form className="provider-form" onSubmit={(e) => void save(e)} noValidate data-testid="provider-form">
          <p className="setting-hint" data-testid="provider-status" data-source={current?.source ?? 'loading'}>
            {status}
          </p>
          <SettingField
            inputId={`${id}-baseURL`}
            label={t('providerSettings.baseUrl')}
            hint={{ content: t('providerSettings.baseUrlHint', { openai: EXAMPLE_OPENAI, ollama: EXAMPLE_OLLAMA }) }}
            error={errors.baseURL}
            errorTestId="provider-baseURL-error"
            inputRef={fieldRef('baseURL')}
            input={{
              type: 'url',
              dir: 'ltr',
              inputMode: 'url',
              maxLength: MAX_BASE_URL_LENGTH + 100,
              value: baseURL,
              onChange: (e) => setBaseURL(e.target.value),
              'data-testid': 'provider-base-url',
            }}
          />
          <SettingField
            inputId={`${id}-model`}
            label={t('providerSettings.model')}
            error={errors.model}
            errorTestId="provider-model-error"
            inputRef={fieldRef('model')}
            input={{
              type: 'text',
              dir: 'ltr',
              maxLength: MAX_MODEL_LENGTH + 50,
              value: model,
              onChange: (e) => setModel(e.target.value),
              'data-testid': 'provider-model',
            }}
          />
          <SettingField
            inputId={`${id}-timeout`}
            label={t('providerSettings.timeout')}
            error={errors.timeoutSeconds}
            errorTestId="provider-timeoutSeconds-error"
            inputRef={fieldRef('timeoutSeconds')}
            input={{
              type: 'number',
              min: MIN_TIMEOUT_SECONDS,
              max: MAX_TIMEOUT_SECONDS,
              step: 1,
              value: timeout,
              onChange: (e) => setTimeoutText(e.target.value),
              'data-testid': 'provider-timeout',
            }}
          />
          <SettingField
            inputId={`${id}-apiKey`}
            label={t('providerSettings.apiKey')}
            hint={{
              content: `${current?.hasApiKey ? t('providerSettings.keyStored') : t('providerSettings.keyNone')} ${
                current?.keyStorage === 'system_keychain'
                  ? t('providerSettings.keyStorageKeychain')
                  : t('providerSettings.keyStorageFile')
              }`,
              testId: 'provider-key-state',
              data: { 'data-has-key': current?.hasApiKey ? 'true' : 'false' },
            }}
            error={errors.apiKey}
            errorTestId="provider-apiKey-error"
            inputRef={fieldRef('apiKey')}
            input={{
              type: 'password',
              dir: 'ltr',
              autoComplete: 'new-password',
              maxLength: MAX_API_KEY_LENGTH + 100,
              value: apiKey,
              disabled: removeKey,
              onChange: (e) => setApiKey(e.target.value),
              'data-testid': 'provider-api-key',
            }}
          />
          {current?.hasApiKey ? (
            <label className="setting-check">
              <input
                type="checkbox"
                checked={removeKey}
                onChange={(e) => setRemoveKey(e.target.checked)}
                data-testid="provider-remove-key"
              />
              <span>{t('providerSettings.removeKey')}</span>
            </label>
          ) : null}

          <div className="editor-actions provider-actions">
            <button
              type="button"
              className="button"
              aria-disabled={busy !== null}
              onClick={() => void runTest()}
              data-testid="provider-test"
            >
              {busy === 'test' ? t('providerSettings.testing') : t('providerSettings.test')}
            </button>
            <button
              type="submit"
              className="button button-primary"
              aria-disabled={busy !== null}
              data-testid="provider-save"
            >
              {busy === 'save' ? t('providerSettings.saving') : t('providerSettings.save')}
            </button>
            <button
              type="button"
              className="button"
              aria-disabled={busy !== null || current?.source === 'none'}
              onClick={() => void clear()}
              data-testid="provider-clear"
            >
              {t('providerSettings.clear')}
            </button>
          </div>
          <div aria-live="polite" data-testid="provider-outcome" data-outcome={outcome?.kind ?? 'none'}>
            {outcome?.kind === 'ok' ? (
              <p className="setting-hint setting-ok" role="status">
                {outcome.text}
              </p>
            ) : null}
            {outcome?.kind === 'error' ? (
              <div className="error" role="alert">
                <span className="error-text">{outcome.title}</span>
                <span className="error-details" dir="auto">
                  {outcome.detail}
                </span>
              </div>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
