import { createStore } from 'zustand/vanilla';
import type { ConsoleApi } from '../../../../shared/api/console-contract.js';
import {
  NewUserSchema,
  UserPatchSchema,
  UserSchema,
  type PersonRole,
  type User,
  type UserPatch,
} from '../../../../shared/api/identity-contract.js';
import { mayManageUsers, mayToggleUser } from '../../../../shared/api/user-rights.js';
import type { AppError } from '../../../../shared/result.js';
import type { FormMessage } from '../../identity/form-message.js';
import {
  formProblem,
  isConflict,
  noProblems,
  placeIssues,
  readRefusal,
  type PlacedProblems,
} from './people-refusal.js';

export type UsersApi = Pick<ConsoleApi, 'listUsers' | 'createUser' | 'updateUser'>;

/** A user as the form edits them: typed text (queues as ids joined by commas; '' for the console's own language). */
export interface UserForm {
  email: string;
  name: string;
  role: PersonRole;
  queues: string;
  language: string;
  password: string;
}

export const USER_FIELDS = ['email', 'name', 'role', 'queues', 'language', 'password'] as const;
export type UserField = (typeof USER_FIELDS)[number];

const RULED: ReadonlySet<UserField> = new Set(['email', 'name', 'password', 'queues']);
const ruleKey = (field: UserField) => (RULED.has(field) ? `identity.users.rule.${field}` : null);

export type UserNotice =
  | { kind: 'saved'; name: string }
  | { kind: 'created'; name: string }
  | { kind: 'confirmDisable' | 'confirmEnable' }
  /** Someone changed the user first: the user as stored now (the draft kept as typed). */
  | { kind: 'conflict'; current: User; retry: 'save' | 'toggle' };

/** The user open in the form: null id for a new one; `base` is the user as the edit started from. */
export interface UserDraft {
  base: User | null;
  form: UserForm;
}

export interface UserEditorState {
  users: readonly User[] | null;
  /** The list could not be read: the reason (not_supported: this console has no queue with accounts). */
  loadError: AppError | null;
  draft: UserDraft | null;
  problems: PlacedProblems<UserField>;
  notice: UserNotice | null;
  busy: boolean;
}

const queuesOf = (text: string) =>
  text
    .split(',')
    .map((queue) => queue.trim())
    .filter((queue) => queue !== '');

export const userForm = (user: User | null): UserForm => ({
  email: user?.email ?? '',
  name: user?.name ?? '',
  role: user?.role ?? 'agent',
  queues: user?.queues.join(', ') ?? '',
  language: user?.language ?? '',
  password: '',
});

/** The patch that takes `base` to what the form says (only what changed), checked by the contract's schema. */
export function userPatch(base: User, form: UserForm, baseVersion = base.version) {
  const queues = queuesOf(form.queues);
  const language = form.language === '' ? null : form.language;
  const patch: Record<string, unknown> = { baseVersion };
  if (form.name.trim() !== base.name) patch.name = form.name;
  if (form.role !== base.role) patch.role = form.role;
  if (queues.join(',') !== base.queues.join(',')) patch.queues = queues;
  if (language !== base.language) patch.language = language;
  if (form.password !== '') patch.password = form.password;
  return UserPatchSchema.safeParse(patch);
}

export const newUser = (form: UserForm) =>
  NewUserSchema.safeParse({
    email: form.email,
    name: form.name,
    role: form.role,
    queues: queuesOf(form.queues),
    language: form.language === '' ? null : form.language,
    ...(form.password === '' ? {} : { password: form.password }),
  });

/** What the console's role may do in the section (shared/api/user-rights.ts): an admin everything; a lead disables or enables agents. */
export interface UserRights {
  /** Add users and change every field. */
  manage: boolean;
  mayToggle(user: User): boolean;
}

export const userRightsOf = (role: string | null): UserRights => ({
  manage: mayManageUsers(role),
  mayToggle: (user) => mayToggleUser(role, user),
});

/**
 * The Users section apart from React: the list, one user's form (new or stored), a save that names the version the
 * edit started from (a conflict keeps the edits and offers theirs), disable and enable after a confirmation, a new
 * password; each problem on its field. Only what the console's role may do is done (a lead: disable or enable an
 * agent); the queue refuses the rest anyway.
 */
export function createUserEditor(api: UsersApi, role: string | null) {
  const rights = userRightsOf(role);
  const store = createStore<UserEditorState>()(() => ({
    users: null,
    loadError: null,
    draft: null,
    problems: noProblems<UserField>(),
    notice: null,
    busy: false,
  }));
  const state = () => store.getState();
  const set = (patch: Partial<UserEditorState>) => store.setState(patch);

  /** The list with `user` in it (replacing its older copy), in the list's order. */
  const withUser = (user: User) => {
    const users = state().users ?? [];
    return users.some((shown) => shown.id === user.id)
      ? users.map((shown) => (shown.id === user.id ? user : shown))
      : [...users, user];
  };

  function refused(error: AppError, retry: 'save' | 'toggle'): void {
    const refusal = readRefusal(error);
    const current = UserSchema.safeParse((refusal.details as { current?: unknown } | undefined)?.current);
    if (isConflict(refusal) && current.success) {
      set({ notice: { kind: 'conflict', current: current.data, retry }, users: withUser(current.data) });
      return;
    }
    if (refusal.code === 'email_taken')
      return set({ problems: { fields: { email: { key: 'identity.users.emailTaken' } }, form: null }, notice: null });
    const messages: Record<string, FormMessage> = {
      last_admin: { key: 'identity.users.lastAdmin' },
      cannot_disable_self: { key: 'identity.users.cannotDisableSelf' },
    };
    const placed = placeIssues(refusal.issues, USER_FIELDS, ruleKey);
    const known = messages[refusal.code];
    set({
      problems: refusal.issues.length > 0 ? placed : { fields: {}, form: known ?? formProblem(refusal) },
      notice: null,
    });
  }

  async function update(patch: UserPatch, done: (user: User) => UserNotice | null): Promise<void> {
    const draft = state().draft;
    if (!draft?.base || state().busy) return;
    set({ busy: true });
    const answer = await api.updateUser({ userId: draft.base.id, patch });
    set({ busy: false });
    if (!answer.ok) return refused(answer.error, patch.disabled === undefined ? 'save' : 'toggle');
    const user = answer.value;
    const latest = state().draft;
    set({
      users: withUser(user),
      draft: latest ? { base: user, form: { ...latest.form, password: '' } } : null,
      problems: noProblems(),
      notice: done(user),
    });
  }

  async function save(baseVersion?: number): Promise<void> {
    const { draft, busy } = state();
    if (!draft || busy || !rights.manage) return;
    if (draft.base) {
      const patch = userPatch(draft.base, draft.form, baseVersion);
      if (!patch.success) return set({ problems: placeIssues(patch.error.issues, USER_FIELDS, ruleKey), notice: null });
      return update(patch.data, (user) => ({ kind: 'saved', name: user.name }));
    }
    const created = newUser(draft.form);
    if (!created.success)
      return set({ problems: placeIssues(created.error.issues, USER_FIELDS, ruleKey), notice: null });
    set({ busy: true });
    const answer = await api.createUser(created.data);
    set({ busy: false });
    if (!answer.ok) return refused(answer.error, 'save');
    set({
      users: withUser(answer.value),
      draft: { base: answer.value, form: userForm(answer.value) },
      problems: noProblems(),
      notice: { kind: 'created', name: answer.value.name },
    });
  }

  async function toggle(baseVersion?: number): Promise<void> {
    const base = state().draft?.base;
    if (!base || !rights.mayToggle(base)) return;
    const patch = UserPatchSchema.parse({
      baseVersion: baseVersion ?? base.version,
      disabled: base.disabledAt === null,
    });
    await update(patch, (user) => ({ kind: 'saved', name: user.name }));
  }

  return {
    store,
    rights,
    async load(): Promise<void> {
      const answer = await api.listUsers({});
      if (answer.ok) set({ users: answer.value.users, loadError: null });
      else set({ loadError: answer.error });
    },
    /** Opens a stored user's form, or a new user's (only for a role that adds users). */
    open(user: User | null): void {
      if (!user && !rights.manage) return;
      set({ draft: { base: user, form: userForm(user) }, problems: noProblems(), notice: null });
    },
    close(): void {
      set({ draft: null, problems: noProblems(), notice: null });
    },
    edit(patch: Partial<UserForm>): void {
      const { draft, problems, notice } = state();
      if (!draft) return;
      const fields = { ...problems.fields };
      for (const field of Object.keys(patch) as UserField[]) delete fields[field];
      const stale = notice?.kind === 'saved' || notice?.kind === 'created';
      set({
        draft: { ...draft, form: { ...draft.form, ...patch } },
        problems: { ...problems, fields },
        ...(stale ? { notice: null } : {}),
      });
    },
    save: () => save(),
    /** Disable or enable: asks first. */
    askToggle(): void {
      const base = state().draft?.base;
      if (base && rights.mayToggle(base))
        set({ notice: { kind: base.disabledAt === null ? 'confirmDisable' : 'confirmEnable' } });
    },
    confirmToggle: () => toggle(),
    dismiss(): void {
      set({ notice: null });
    },
    /** After a conflict: their version in the form, the edits dropped. */
    loadTheirs(): void {
      const notice = state().notice;
      if (notice?.kind === 'conflict')
        set({ draft: { base: notice.current, form: userForm(notice.current) }, notice: null });
    },
    /** After a conflict: does what was refused again over their version. */
    overwrite(): Promise<void> {
      const notice = state().notice;
      if (notice?.kind !== 'conflict') return Promise.resolve();
      set({ notice: null });
      return notice.retry === 'save' ? save(notice.current.version) : toggle(notice.current.version);
    },
  };
}

export type UserEditor = ReturnType<typeof createUserEditor>;
