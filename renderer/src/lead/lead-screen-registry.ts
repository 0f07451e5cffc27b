import type { ComponentType } from 'react';
import { isLeadRole } from '../../../shared/api/whoami.js';
import { ArticlesScreen } from '../articles/ArticlesScreen.js';
import { AdminScreen } from '../admin/AdminScreen.js';
import { mayOpenAdmin } from '../admin/admin-sections.js';
import { EvalsScreen } from '../evals/EvalsScreen.js';
import { LearningScreen } from '../learning/LearningScreen.js';
import { AiHealthBadge } from '../ai-health/AiHealthBadge.js';
import { AiHealthScreen } from '../ai-health/AiHealthScreen.js';
import { RoutingScreen } from '../routing/RoutingScreen.js';
import { DashboardScreen } from './dashboard/DashboardScreen.js';
import { ReviewSampleScreen } from './review/ReviewSampleScreen.js';
import { RulesScreen } from './rules/RulesScreen.js';

/** Where a lead screen goes: the whole workspace, or the list pane with the open ticket beside it. */
export type LeadScreenLayout = { kind: 'whole' } | { kind: 'beside-ticket'; listLabelKey: string };

export interface LeadScreenEntry {
  /** The screen's id; its tab's test id is `nav-<id>`. */
  readonly id: string;
  /** Whether a console of this queue role shows the screen (and its tab). */
  readonly allows: (role: string | null) => boolean;
  /** The tab's label. */
  readonly labelKey: string;
  readonly layout: LeadScreenLayout;
  readonly Component: ComponentType;
  /** Shown on the tab beside its label (a count of what waits there), if any. */
  readonly Badge?: ComponentType;
}

const WHOLE: LeadScreenLayout = { kind: 'whole' };

/**
 * The team lead's screens, in the order of their tabs: the tabs, the workspace and the list refresh all read
 * this, so a new screen is one entry. None has a keyboard shortcut: the console's keymap is the agents' (a
 * lead screen's would go through resolveShortcut's `g` sequences, beside `g i` and `g r`).
 */
export const LEAD_SCREENS = [
  { id: 'dashboard', allows: isLeadRole, labelKey: 'lead.nav.dashboard', layout: WHOLE, Component: DashboardScreen },
  {
    id: 'sample',
    allows: isLeadRole,
    labelKey: 'lead.nav.sample',
    layout: { kind: 'beside-ticket', listLabelKey: 'lead.sample.title' },
    Component: ReviewSampleScreen,
  },
  { id: 'rules', allows: isLeadRole, labelKey: 'lead.nav.rules', layout: WHOLE, Component: RulesScreen },
  { id: 'evals', allows: isLeadRole, labelKey: 'evals.title', layout: WHOLE, Component: EvalsScreen },
  /** Tenant settings: each section shown to the roles that may edit its kind (admin; a lead the macros). */
  { id: 'admin', allows: mayOpenAdmin, labelKey: 'admin.nav', layout: WHOLE, Component: AdminScreen },
  /** Leads and admins edit articles (setting-kinds.ts); the screen reads what this console may change. */
  { id: 'articles', allows: isLeadRole, labelKey: 'articles.nav', layout: WHOLE, Component: ArticlesScreen },
  /** What the AI learned from the tenant's resolved tickets, and an undo of the last retraining (learning/). */
  { id: 'learning', allows: isLeadRole, labelKey: 'learning.nav', layout: WHOLE, Component: LearningScreen },
  /** Who answers each ticket: the routing policy (setting kind `routing`, leads and admins) with its preview. */
  { id: 'routing', allows: isLeadRole, labelKey: 'routing.nav', layout: WHOLE, Component: RoutingScreen },
  /** Integration drift, shadow runs and the model budget from the queue; its tab counts the unseen alerts. */
  {
    id: 'ai-health',
    allows: isLeadRole,
    labelKey: 'aiHealth.nav',
    layout: WHOLE,
    Component: AiHealthScreen,
    Badge: AiHealthBadge,
  },
] as const satisfies readonly LeadScreenEntry[];

export type LeadScreen = (typeof LEAD_SCREENS)[number];
export type LeadScreenId = LeadScreen['id'];

/** The lead screens a console of this role shows. */
export function leadScreensFor(role: string | null): LeadScreen[] {
  return LEAD_SCREENS.filter((screen) => screen.allows(role));
}

/** The screen to show in place of the agent's lists: the open one, if this role may see it. */
export function shownLeadScreen(open: LeadScreenId | null, role: string | null): LeadScreen | null {
  return leadScreensFor(role).find((screen) => screen.id === open) ?? null;
}
