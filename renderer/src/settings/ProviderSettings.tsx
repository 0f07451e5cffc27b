import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type InputHTMLAttributes } from 'react';
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
import type { AppError, Result } from '../../../shared/result.js';
import { useController } from '../state/context.js';
import { SettingField } from './SettingField.js';

type Field = 'baseURL' | 'model' | 'embeddingsModel' | 'timeoutSeconds' | 'apiKey';
const FIELDS: readonly Field[] = ['baseURL', 'model', 'embeddingsModel', 'timeoutSeconds', 'apiKey'];
type Busy = 'save' | 'test' | 'clear' | null;
type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; title: string; detail: string } | null;

/** Each field's input, besides its text. */
const INPUTS: Record<Field, InputHTMLAttributes<HTMLInputElement>> = {
  baseURL: { type: 'url', dir: 'ltr', inputMode: 'url', maxLength: MAX_BASE_URL_LENGTH + 100 },
  model: { type: 'text', dir: 'ltr', maxLength: MAX_MODEL_LENGTH + 50 },
  embeddingsModel: { type: 'text', dir: 'ltr', maxLength: MAX_MODEL_LENGTH + 50 },
  timeoutSeconds: { type: 'number', min: MIN_TIMEOUT_SECONDS, max: MAX_TIMEOUT_SECONDS, step: 1 },
  apiKey: { type: 'password', dir: 'ltr', autoComplete: 'new-password', maxLength: MAX_API_KEY_LENGTH + 100 },
};

const EXAMPLE_OPENAI = 'https://api.openai.com/v1';
const EXAMPLE_OLLAMA = 'http://127.0.0.1:11434/v1';
const EXAMPLE_EMBEDDINGS = 'text-embedding-3-small';

/** Failures with their own sentence (the host's message follows it); others read "could not be saved". */
const EXPLAINED_FAILURES: readonly string[] = [...PROVIDER_TEST_FAILURES, 'key_for_other_endpoint', 'insecure_storage'];

/**
 * The console's AI provider (any OpenAI-compatible endpoint) for machine translation and the autopilot: base URL,
 * model, an optional embeddings model (the autopilot ranks articles by meaning too), timeout and a write-only API key. Test connection sends one real request with what is typed; Save
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
  const [embeddingsModel, setEmbeddingsModel] = useState('');
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
    setEmbeddingsModel(settings.embeddingsModel ?? '');
    setTimeoutText(String(settings.timeoutSeconds));
    setApiKey('');
    setRemoveKey(false);
  };

  useEffect(() => {
    let live = true;
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
      case 'embeddingsModel':
        return t('providerSettings.errors.embeddingsModel', { max: MAX_MODEL_LENGTH });
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
      // Optional: an empty field means none (articles ranked by full text only).
      ...(embeddingsModel.trim() !== '' ? { embeddingsModel } : {}),
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

  /** One call to the host at a time: the button that asked shows it is busy, and the last outcome goes. */
  const call = async <T,>(kind: NonNullable<Busy>, send: () => Promise<Result<T>>): Promise<Result<T>> => {
    setBusy(kind);
    setOutcome(null);
    const result = await send();
    setBusy(null);
    return result;
  };

  const runTest = async (): Promise<void> => {
    const input = busy ? null : typed();
    if (!input) return;
    const result = await call('test', () => api.testProviderConnection(input));
    setOutcome(
      result.ok
        ? { kind: 'ok', text: t('providerSettings.tested', { model: result.value.model, ms: result.value.latencyMs }) }
        : failed(result.error),
    );
  };

  const save = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const input = busy ? null : typed();
    if (!input) return;
    const result = await call('save', () => api.setProviderSettings(input));
    if (!result.ok) {
      setOutcome(failed(result.error));
      return;
    }
    show(result.value);
    setOutcome({ kind: 'ok', text: t('providerSettings.saved', { model: result.value.model ?? '' }) });
  };

  const clear = async (): Promise<void> => {
    if (busy || current?.source === 'none') return;
    const result = await call('clear', () => api.clearProviderSettings({}));
    if (!result.ok) {
      setOutcome(failed(result.error));
      return;
    }
    show(result.value);
    setErrors({});
    setOutcome({ kind: 'ok', text: t('providerSettings.cleared') });
  };

  /** Test, Save and Clear stay focusable while a call runs (aria-disabled), so the focus stays where it was. */
  const actionButton = (testId: string, nothingToDo = false) => ({
    className: 'button',
    'aria-disabled': busy !== null || nothingToDo,
    'data-testid': testId,
  });

  const fieldRef =
    (field: Field) =>
    (element: HTMLInputElement | null): void => {
      fieldRefs.current[field] = element;
    };
  /** What a field's SettingField takes from its name: the input's id, its error and the ref the focus goes to. */
  const fieldParts = (field: Field, label: string) => ({
    label,
    inputId: `${id}-${field}`,
    error: errors[field],
    errorTestId: `provider-${field}-error`,
    inputRef: fieldRef(field),
  });
  /** The input's text, kept in `set` as it is typed. */
  const textState = (value: string, set: (typed: string) => void, testId: string) => ({
    value,
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(e.target.value),
    'data-testid': testId,
  });

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
            {...fieldParts('baseURL', t('providerSettings.baseUrl'))}
            hint={{ content: t('providerSettings.baseUrlHint', { openai: EXAMPLE_OPENAI, ollama: EXAMPLE_OLLAMA }) }}
            input={{ ...INPUTS.baseURL, ...textState(baseURL, setBaseURL, 'provider-base-url') }}
          />
          <SettingField
            {...fieldParts('model', t('providerSettings.model'))}
            input={{ ...INPUTS.model, ...textState(model, setModel, 'provider-model') }}
          />
          <SettingField
            {...fieldParts('embeddingsModel', t('providerSettings.embeddingsModel'))}
            hint={{ content: t('providerSettings.embeddingsModelHint', { example: EXAMPLE_EMBEDDINGS }) }}
            input={{
              ...INPUTS.embeddingsModel,
              ...textState(embeddingsModel, setEmbeddingsModel, 'provider-embeddings-model'),
            }}
          />
          <SettingField
            {...fieldParts('timeoutSeconds', t('providerSettings.timeout'))}
            input={{ ...INPUTS.timeoutSeconds, ...textState(timeout, setTimeoutText, 'provider-timeout') }}
          />
          <SettingField
            {...fieldParts('apiKey', t('providerSettings.apiKey'))}
            hint={{
              content: `${current?.hasApiKey ? t('providerSettings.keyStored') : t('providerSettings.keyNone')} ${
                current?.keyStorage === 'system_keychain'
                  ? t('providerSettings.keyStorageKeychain')
                  : t('providerSettings.keyStorageFile')
              }`,
              testId: 'provider-key-state',
              data: { 'data-has-key': current?.hasApiKey ? 'true' : 'false' },
            }}
            input={{ ...INPUTS.apiKey, disabled: removeKey, ...textState(apiKey, setApiKey, 'provider-api-key') }}
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
            <button type="button" {...actionButton('provider-test')} onClick={() => void runTest()}>
              {busy === 'test' ? t('providerSettings.testing') : t('providerSettings.test')}
            </button>
            <button type="submit" {...actionButton('provider-save')} className="button button-primary">
              {busy === 'save' ? t('providerSettings.saving') : t('providerSettings.save')}
            </button>
            <button
              type="button"
              {...actionButton('provider-clear', current?.source === 'none')}
              onClick={() => void clear()}
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
