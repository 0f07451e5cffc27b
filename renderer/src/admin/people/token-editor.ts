import { createStore } from 'zustand/vanilla';
import type { ConsoleApi } from '../../../../shared/api/console-contract.js';
import { NewApiTokenSchema, type ApiToken, type IssuedApiToken } from '../../../../shared/api/identity-contract.js';
import type { Role } from '../../../../shared/api/queue-contract.js';
import type { AppError } from '../../../../shared/result.js';
import { numberOrText } from '../channel-form.js';
import { formProblem, noProblems, placeIssues, readRefusal, type PlacedProblems } from './people-refusal.js';

export type TokensApi = Pick<ConsoleApi, 'listApiTokens' | 'createApiToken' | 'rotateApiToken' | 'revokeApiToken'>;

/** A new token as typed: the days until it expires as text ('' for no expiry). */
export interface TokenForm {
  name: string;
  role: Role;
  expiresInDays: string;
}

export const TOKEN_FIELDS = ['name', 'role', 'expiresInDays'] as const;
export type TokenField = (typeof TOKEN_FIELDS)[number];
const ruleKey = (field: TokenField) => (field === 'role' ? null : `identity.tokens.rule.${field}`);

export type TokenNotice =
  { kind: 'confirmRotate' | 'confirmRevoke'; token: ApiToken } | { kind: 'revoked'; token: ApiToken };

export interface TokenEditorState {
  tokens: readonly ApiToken[] | null;
  loadError: AppError | null;
  /** The new token's form while it is open. */
  form: TokenForm | null;
  problems: PlacedProblems<TokenField>;
  /** A secret made just now (create or rotate): shown once, gone when dismissed. */
  issued: IssuedApiToken | null;
  notice: TokenNotice | null;
  busy: boolean;
}

export const BLANK_TOKEN: TokenForm = { name: '', role: 'autopilot', expiresInDays: '' };

/** The form as the contract's new token; days that are no whole number stay text for the schema to refuse. */
export function newToken(form: TokenForm) {
  const days = form.expiresInDays.trim();
  return NewApiTokenSchema.safeParse({
    name: form.name,
    role: form.role,
    expiresInDays: days === '' ? null : numberOrText(days),
  });
}

/**
 * The admin's API tokens section apart from React: the list; a new machine token whose secret is shown once;
 * rotate and revoke, each after a confirmation.
 */
export function createTokenEditor(api: TokensApi) {
  const store = createStore<TokenEditorState>()(() => ({
    tokens: null,
    loadError: null,
    form: null,
    problems: noProblems<TokenField>(),
    issued: null,
    notice: null,
    busy: false,
  }));
  const state = () => store.getState();
  const set = (patch: Partial<TokenEditorState>) => store.setState(patch);
  const withToken = (token: ApiToken) => {
    const tokens = state().tokens ?? [];
    return tokens.some((shown) => shown.id === token.id)
      ? tokens.map((shown) => (shown.id === token.id ? token : shown))
      : [...tokens, token];
  };
  const refused = (error: AppError) => {
    const refusal = readRefusal(error);
    set({
      problems:
        refusal.issues.length > 0
          ? placeIssues(refusal.issues, TOKEN_FIELDS, ruleKey)
          : { fields: {}, form: formProblem(refusal) },
    });
  };

  return {
    store,
    async load(): Promise<void> {
      const answer = await api.listApiTokens({});
      if (answer.ok) set({ tokens: answer.value.tokens, loadError: null });
      else set({ loadError: answer.error });
    },
    startNew(): void {
      set({ form: BLANK_TOKEN, problems: noProblems(), notice: null, issued: null });
    },
    close(): void {
      set({ form: null, problems: noProblems() });
    },
    edit(patch: Partial<TokenForm>): void {
      const { form, problems } = state();
      if (!form) return;
      const fields = { ...problems.fields };
      for (const field of Object.keys(patch) as TokenField[]) delete fields[field];
      set({ form: { ...form, ...patch }, problems: { ...problems, fields } });
    },
    async create(): Promise<void> {
      const { form, busy } = state();
      if (!form || busy) return;
      const checked = newToken(form);
      if (!checked.success) return set({ problems: placeIssues(checked.error.issues, TOKEN_FIELDS, ruleKey) });
      set({ busy: true, problems: noProblems() });
      const answer = await api.createApiToken(checked.data);
      set({ busy: false });
      if (!answer.ok) return refused(answer.error);
      set({ tokens: withToken(answer.value.token), issued: answer.value, form: null });
    },
    ask(kind: 'confirmRotate' | 'confirmRevoke', token: ApiToken): void {
      set({ notice: { kind, token }, issued: null, problems: noProblems() });
    },
    dismiss(): void {
      set({ notice: null });
    },
    /** Forgets the secret shown once. */
    forgetSecret(): void {
      set({ issued: null });
    },
    /** Does what was confirmed: a rotation shows the new secret once; a revocation says so. */
    async confirm(): Promise<void> {
      const { notice, busy } = state();
      if (busy || (notice?.kind !== 'confirmRotate' && notice?.kind !== 'confirmRevoke')) return;
      set({ busy: true });
      const tokenId = notice.token.id;
      if (notice.kind === 'confirmRotate') {
        const answer = await api.rotateApiToken({ tokenId });
        set({ busy: false, notice: null });
        if (!answer.ok) return refused(answer.error);
        set({ tokens: withToken(answer.value.token), issued: answer.value });
        return;
      }
      const answer = await api.revokeApiToken({ tokenId });
      set({ busy: false, notice: null });
      if (!answer.ok) return refused(answer.error);
      set({ tokens: withToken(answer.value), notice: { kind: 'revoked', token: answer.value } });
    },
  };
}

export type TokenEditor = ReturnType<typeof createTokenEditor>;
