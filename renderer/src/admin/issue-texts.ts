import type { SettingKind } from '../../../shared/settings/setting-kinds.js';
import type { FieldPath } from './issue-placement.js';

/**
 * The rule of each field of the admin forms, as a catalog key: an issue on a field is shown as the field's rule in
 * the reader's language (the schemas' and the queue's own messages are English), where in the field it is (the
 * span, the holiday) said beside it. `*` stands for one path segment (a weekday, a tier); a rule naming a kind is
 * that kind's only (a queue's id is stricter than other ids).
 */
const FIELD_RULES: ReadonlyArray<[pattern: string, key: string, kind?: SettingKind]> = [
  ['id', 'admin.rule.queueIdFormat', 'queue'],
  ['id', 'admin.rule.id'],
  ['queueId', 'email.rule.queueId', 'channel'],
  ['queueId', 'integrations.rule.queueId', 'widget'],
  ['queueId', 'admin.rule.queueId'],
  ['name', 'admin.rule.name'],
  ['description', 'admin.rule.description'],
  ['color', 'admin.rule.color'],
  ['aiIntents', 'admin.rule.aiIntents', 'tag'],
  ['aiIntents.*', 'admin.rule.aiIntents', 'tag'],
  ['text', 'admin.rule.text'],
  ['businessHours.timeZone', 'admin.rule.timeZone'],
  ['businessHours.weekly', 'admin.rule.week'],
  ['businessHours.weekly.*', 'admin.rule.spans'],
  ['businessHours.holidays', 'admin.rule.holidays'],
  ['targets.*', 'admin.rule.tier'],
  ['targets.*.firstReplyMinutes', 'admin.rule.target'],
  ['targets.*.resolutionMinutes', 'admin.rule.target'],
  ['config.imapUrl', 'email.rule.imapUrl', 'channel'],
  ['config.smtpUrl', 'email.rule.smtpUrl', 'channel'],
  ['config.fromName', 'email.rule.fromName', 'channel'],
  ['config.fromAddress', 'email.rule.fromAddress', 'channel'],
  ['config.mailbox', 'email.rule.mailbox', 'channel'],
  ['config.pollSeconds', 'email.rule.pollSeconds', 'channel'],
  ['config.replyUrl', 'integrations.rule.url', 'channel'],
  ['title', 'integrations.rule.title', 'widget'],
  ['greeting', 'integrations.rule.greeting', 'widget'],
  ['greeting.*', 'integrations.rule.greeting', 'widget'],
  ['accentColor', 'integrations.rule.accentColor', 'widget'],
  ['publicKey', 'integrations.rule.publicKey', 'widget'],
  ['allowedOrigins', 'integrations.rule.origins', 'widget'],
  ['allowedOrigins.*', 'integrations.rule.origin', 'widget'],
  ['url', 'integrations.rule.url', 'webhook'],
  ['events', 'integrations.rule.events', 'webhook'],
  ['localAccounts', 'identity.policy.rule.localAccounts', 'sign_in'],
  ['oidc.issuer', 'identity.policy.rule.issuer', 'sign_in'],
  ['oidc.clientId', 'identity.policy.rule.clientId', 'sign_in'],
  ['oidc.label', 'identity.policy.rule.label', 'sign_in'],
  ['oidc.roleClaim', 'identity.policy.rule.roleClaim', 'sign_in'],
  ['oidc.roleValues.*', 'identity.policy.rule.roleValues', 'sign_in'],
  ['accessMinutes', 'identity.policy.rule.accessMinutes', 'sign_in'],
  ['refreshHours', 'identity.policy.rule.refreshHours', 'sign_in'],
];

function matches(pattern: string, field: FieldPath): boolean {
  const want = pattern.split('.');
  const have = field.split('.');
  return want.length === have.length && want.every((part, index) => part === '*' || part === have[index]);
}

/** The catalog key of a field's rule, or null for a field without one (the issue's own message is shown). */
export function fieldRuleKey(kind: SettingKind, field: FieldPath): string | null {
  return FIELD_RULES.find(([pattern, , only]) => (only ?? kind) === kind && matches(pattern, field))?.[1] ?? null;
}
