import { DEFAULT_ROUTING_POLICY, type RoutingPolicy } from '../../../shared/settings/routing-policy.js';
import type { SettingFormSpec } from '../admin/setting-editor.js';
import type { FieldPath } from '../admin/issue-placement.js';

/**
 * The routing policy as the lead edits it: switches as booleans, choices as their values, numbers and lists as typed
 * text. Shares are typed as percentages (70 for 0.7); a budget left blank is no limit. What is not a number stays
 * text, so the policy's schema names the field that is wrong.
 */
export interface RoutingForm {
  modelEnabled: boolean;
  /** One intent per line; none: any intent. */
  intents: string;
  /** The owner queues ticked; none: any queue. */
  queues: readonly string[];
  minConfidence: string;
  assistEscalations: boolean;
  monthlyUsd: string;
  warnAt: string;
  whenExhausted: RoutingPolicy['budget']['whenExhausted'];
  whenModelDown: RoutingPolicy['whenModelDown'];
  fallbackResolveThreshold: string;
  /** One phrase per line. */
  forbiddenPromises: string;
  shadowEnabled: boolean;
  everyHours: string;
  sampleSize: string;
  minAgreement: string;
  maxGuardRefusalRate: string;
}

/** Each field of the form by the policy path it edits, and the catalog key of its rule (shown on an issue). */
export const ROUTING_FIELDS = {
  modelEnabled: { path: 'model.enabled', rule: null },
  intents: { path: 'model.intents', rule: 'routing.rule.intents' },
  queues: { path: 'model.queues', rule: 'routing.rule.queues' },
  minConfidence: { path: 'model.minConfidence', rule: 'routing.rule.percent' },
  assistEscalations: { path: 'model.assistEscalations', rule: null },
  monthlyUsd: { path: 'budget.monthlyUsd', rule: 'routing.rule.budget' },
  warnAt: { path: 'budget.warnAt', rule: 'routing.rule.percent' },
  whenExhausted: { path: 'budget.whenExhausted', rule: null },
  whenModelDown: { path: 'whenModelDown', rule: null },
  fallbackResolveThreshold: { path: 'fallbackResolveThreshold', rule: 'routing.rule.percent' },
  forbiddenPromises: { path: 'forbiddenPromises', rule: 'routing.rule.phrases' },
  shadowEnabled: { path: 'shadow.enabled', rule: null },
  everyHours: { path: 'shadow.everyHours', rule: 'routing.rule.everyHours' },
  sampleSize: { path: 'shadow.sampleSize', rule: 'routing.rule.sampleSize' },
  minAgreement: { path: 'shadow.minAgreement', rule: 'routing.rule.percent' },
  maxGuardRefusalRate: { path: 'shadow.maxGuardRefusalRate', rule: 'routing.rule.percent' },
} as const satisfies Record<keyof RoutingForm, { path: FieldPath; rule: string | null }>;

export type RoutingField = keyof typeof ROUTING_FIELDS;

const FIELD_PATHS: readonly FieldPath[] = Object.values(ROUTING_FIELDS).map((field) => field.path);

/** The catalog key of a field's rule by its path, for the issue placement. */
export function routingRuleOf(path: FieldPath): string | null {
  return Object.values(ROUTING_FIELDS).find((field) => field.path === path)?.rule ?? null;
}

const NUMBER = /^[0-9]+([.,][0-9]+)?$/;

/** A typed number (a decimal comma read as a point), divided by `scale`; anything else stays as typed. */
function typedNumber(text: string, scale = 1): number | string {
  const trimmed = text.trim();
  return NUMBER.test(trimmed) ? Number(trimmed.replace(',', '.')) / scale : trimmed;
}

/** A share as a percentage without float noise (0.7 as "70", 0.125 as "12.5"). */
function percentText(share: number): string {
  return String(Math.round(share * 10_000) / 100);
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

export function routingFormFrom(policy: RoutingPolicy): RoutingForm {
  return {
    modelEnabled: policy.model.enabled,
    intents: policy.model.intents.join('\n'),
    queues: policy.model.queues,
    minConfidence: percentText(policy.model.minConfidence),
    assistEscalations: policy.model.assistEscalations,
    monthlyUsd: policy.budget.monthlyUsd === null ? '' : String(policy.budget.monthlyUsd),
    warnAt: percentText(policy.budget.warnAt),
    whenExhausted: policy.budget.whenExhausted,
    whenModelDown: policy.whenModelDown,
    fallbackResolveThreshold: percentText(policy.fallbackResolveThreshold),
    forbiddenPromises: policy.forbiddenPromises.join('\n'),
    shadowEnabled: policy.shadow.enabled,
    everyHours: String(policy.shadow.everyHours),
    sampleSize: String(policy.shadow.sampleSize),
    minAgreement: percentText(policy.shadow.minAgreement),
    maxGuardRefusalRate: percentText(policy.shadow.maxGuardRefusalRate),
  };
}

/** The policy the form stands for, unchecked (the schema checks it). */
export function routingValueFrom(form: RoutingForm): unknown {
  return {
    model: {
      enabled: form.modelEnabled,
      intents: lines(form.intents),
      queues: [...form.queues],
      minConfidence: typedNumber(form.minConfidence, 100),
      assistEscalations: form.assistEscalations,
    },
    budget: {
      monthlyUsd: form.monthlyUsd.trim() === '' ? null : typedNumber(form.monthlyUsd),
      warnAt: typedNumber(form.warnAt, 100),
      whenExhausted: form.whenExhausted,
    },
    whenModelDown: form.whenModelDown,
    fallbackResolveThreshold: typedNumber(form.fallbackResolveThreshold, 100),
    forbiddenPromises: lines(form.forbiddenPromises),
    shadow: {
      enabled: form.shadowEnabled,
      everyHours: typedNumber(form.everyHours),
      sampleSize: typedNumber(form.sampleSize),
      minAgreement: typedNumber(form.minAgreement, 100),
      maxGuardRefusalRate: typedNumber(form.maxGuardRefusalRate, 100),
    },
  };
}

/** The routing setting's one item, edited through the settings editor (admin/setting-editor.ts). */
export const ROUTING_FORM: SettingFormSpec<'routing', RoutingForm> = {
  kind: 'routing',
  fieldPaths: FIELD_PATHS,
  blank: () => routingFormFrom(DEFAULT_ROUTING_POLICY),
  fromValue: routingFormFrom,
  toValue: (form) => routingValueFrom(form),
};
