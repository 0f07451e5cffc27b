import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EscalationRule, TenantConfig } from '../../shared/domain/tenant.js';
import { PROFILE_ID, SETTING_KINDS, type SettingKind, type SettingValue } from '../../shared/settings/setting-kinds.js';
import { ROUTING_POLICY_ID } from '../../shared/settings/routing-policy.js';
import { readJsonFile } from '../json-file.js';
import { readTenantConfigFile } from '../tenant-config.js';
import { describeZodIssues } from '../zod-issues.js';
import { articlesFromKnowledgeBase } from './knowledge-base-articles.js';
import {
  KNOWLEDGE_BASE_FILE,
  KnowledgeBaseFileSchema,
  SETTINGS_SEED_FILE,
  SettingsSeedSchema,
  type KnowledgeBaseFile,
  type SettingsSeed,
} from './seed-files.js';

/** One setting the seed makes, its value checked by its kind's schema. */
export interface SeedItem<K extends SettingKind = SettingKind> {
  kind: K;
  id: string;
  value: SettingValue<K>;
}

/** What a seed folder makes of a tenant: its name, its settings and its escalation rules. */
export interface TenantSeed {
  tenant: { id: string; name: string };
  items: SeedItem[];
  rules: EscalationRule[];
}

/** Reads a seed folder (seed-files.ts); throws naming the file and the problem when one is unreadable or invalid. */
export function readTenantSeed(dir: string): TenantSeed {
  const config = readTenantConfigFile(join(dir, 'tenant.json'));
  const knowledgeBase = optionalFile(join(dir, KNOWLEDGE_BASE_FILE), (file) =>
    readJsonFile(file, KnowledgeBaseFileSchema, 'knowledge base'),
  );
  const seed = optionalFile(join(dir, SETTINGS_SEED_FILE), (file) =>
    readJsonFile(file, SettingsSeedSchema, 'settings seed'),
  );
  return {
    tenant: { id: config.id, name: config.name },
    items: [
      ...tenantSeedItems(config, knowledgeBase ?? {}, seed ?? SettingsSeedSchema.parse({})),
      ...(seed?.toolApis ?? []).map(({ id, openapiFile, ...api }) =>
        item('tool_api', id, { ...api, openapi: readFileSync(join(dir, openapiFile), 'utf8') }),
      ),
    ],
    rules: config.escalationRules,
  };
}

/** The settings a seed makes: the profile, then queues, macros, tags, SLA policies, articles and chat widgets. */
export function tenantSeedItems(
  config: TenantConfig,
  knowledgeBase: KnowledgeBaseFile,
  seed: SettingsSeed,
): SeedItem[] {
  const knowledgeBaseLanguages = [...new Set(Object.values(knowledgeBase).flatMap((answers) => Object.keys(answers)))];
  const languages = seed.languages ?? (knowledgeBaseLanguages.length > 0 ? knowledgeBaseLanguages : ['en']);
  const items: SeedItem[] = [
    item('profile', PROFILE_ID, {
      name: config.name,
      languages,
      resolveThreshold: config.resolveThreshold,
      ...(config.intentThresholds ? { intentThresholds: config.intentThresholds } : {}),
    }),
    ...config.queues.map((queue) => item('queue', queue.id, { name: queue.name })),
    ...(config.macros ?? []).map((macro) => item('macro', macro.id, { name: macro.name, text: macro.text })),
    ...seed.tags.map(({ id, ...tag }) => item('tag', id, tag)),
    ...slaPolicies(config, seed),
    ...articlesFromKnowledgeBase(knowledgeBase, new Set(config.answerableIntents)).map((article) =>
      item('article', article.id, article.value),
    ),
    ...seed.articles.map(({ id, ...article }) => item('article', id, article)),
    ...seed.widgets.map(({ id, ...widget }) => item('widget', id, widget)),
    ...(seed.routing ? [item('routing', ROUTING_POLICY_ID, seed.routing)] : []),
  ];
  return items;
}

function slaPolicies(config: TenantConfig, seed: SettingsSeed): SeedItem[] {
  if (!seed.sla) return [];
  const dueMinutes = config.sla?.dueMinutes;
  if (!dueMinutes)
    throw new Error(`The settings seed of ${config.id} has SLA hours, but tenant.json no sla.dueMinutes.`);
  const { businessHours, resolutionMinutes } = seed.sla;
  const targets = Object.fromEntries(
    Object.entries(dueMinutes).map(([tier, firstReplyMinutes]) => [
      tier,
      { firstReplyMinutes, resolutionMinutes: resolutionMinutes[tier as keyof typeof resolutionMinutes] },
    ]),
  );
  return config.queues.map((queue) => item('sla_policy', queue.id, { queueId: queue.id, businessHours, targets }));
}

/** An item whose value its kind's schema has checked (a seed that is wrong throws here, naming the item). */
function item<K extends SettingKind>(kind: K, id: string, value: unknown): SeedItem<K> {
  const parsed = SETTING_KINDS[kind].schema.safeParse(value);
  if (!parsed.success) throw new Error(`The seed's ${kind} "${id}" is invalid: ${describeZodIssues(parsed.error)}`);
  return { kind, id, value: parsed.data as SettingValue<K> };
}

function optionalFile<T>(file: string, read: (file: string) => T): T | null {
  return existsSync(file) ? read(file) : null;
}
