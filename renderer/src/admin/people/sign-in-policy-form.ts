import { PERSON_ROLES, type PersonRole } from '../../../../shared/api/identity-contract.js';
import { DEFAULT_SIGN_IN_POLICY } from '../../../../shared/settings/sign-in-policy.js';
import { numberOrText } from '../channel-form.js';
import type { SettingFormSpec } from '../setting-editor.js';

/** The tenant's sign-in policy as its form edits it: numbers and claim values (joined by commas) as typed text. */
export interface SignInPolicyForm {
  localAccounts: boolean;
  useProvider: boolean;
  issuer: string;
  clientId: string;
  label: string;
  roleClaim: string;
  roleValues: Record<PersonRole, string>;
  /** '' for none: a sign-in whose claim matches no role is refused. */
  defaultRole: PersonRole | '';
  createUsers: boolean;
  accessMinutes: string;
  refreshHours: string;
}

const values = (text: string) =>
  text
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');

const NO_PROVIDER = {
  issuer: '',
  clientId: '',
  label: '',
  roleClaim: 'groups',
  roleValues: { admin: '', lead: '', agent: '' },
  defaultRole: 'agent',
  createUsers: false,
} as const;

export const SIGN_IN_POLICY_FORM: SettingFormSpec<'sign_in', SignInPolicyForm> = {
  kind: 'sign_in',
  fieldPaths: [
    'localAccounts',
    'oidc.issuer',
    'oidc.clientId',
    'oidc.label',
    'oidc.roleClaim',
    ...PERSON_ROLES.map((role) => `oidc.roleValues.${role}`),
    'oidc.defaultRole',
    'oidc.createUsers',
    'accessMinutes',
    'refreshHours',
  ],
  blank: () => SIGN_IN_POLICY_FORM.fromValue(DEFAULT_SIGN_IN_POLICY),
  fromValue: (policy) => ({
    localAccounts: policy.localAccounts,
    useProvider: policy.oidc !== null,
    ...NO_PROVIDER,
    ...(policy.oidc
      ? {
          ...policy.oidc,
          roleValues: {
            admin: policy.oidc.roleValues.admin.join(', '),
            lead: policy.oidc.roleValues.lead.join(', '),
            agent: policy.oidc.roleValues.agent.join(', '),
          },
          defaultRole: policy.oidc.defaultRole ?? '',
        }
      : {}),
    accessMinutes: String(policy.accessMinutes),
    refreshHours: String(policy.refreshHours),
  }),
  toValue: (form) => ({
    localAccounts: form.localAccounts,
    oidc: form.useProvider
      ? {
          issuer: form.issuer.trim(),
          clientId: form.clientId.trim(),
          label: form.label,
          roleClaim: form.roleClaim.trim(),
          roleValues: {
            admin: values(form.roleValues.admin),
            lead: values(form.roleValues.lead),
            agent: values(form.roleValues.agent),
          },
          defaultRole: form.defaultRole === '' ? null : form.defaultRole,
          createUsers: form.createUsers,
        }
      : null,
    accessMinutes: numberOrText(form.accessMinutes),
    refreshHours: numberOrText(form.refreshHours),
  }),
};
