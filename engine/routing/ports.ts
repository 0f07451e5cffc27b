/**
 * The parts the routing layer is built from, as interfaces: retrieval over the tenant's published articles
 * (engine/grounding), the tenant's own tools (engine/tools), the month's model spend and the health reports (the
 * queue, through the autopilot). Each is implemented once and tested alone; the routed engine (engine/routing) only
 * sees these.
 */
import type OpenAI from 'openai';
import type { AiHealthEvent } from '../../shared/api/ai-health-contract.js';
import type { JsonValue } from '../../shared/domain/ai-tool-results.js';
import type { Ticket } from '../../shared/domain/ticket.js';

/** A passage of one language version of a published article (a heading's section, or a paragraph of a long one). */
export interface Passage {
  /** Stable while the article's text is unchanged: `<articleId>:<language>:<n>`. */
  id: string;
  articleId: string;
  language: string;
  title: string;
  /** Plain text (the Markdown read by shared/markdown). */
  text: string;
}

export interface ScoredPassage extends Passage {
  /** Higher is better; comparable within one search only. */
  score: number;
}

export interface PassageSearch {
  /** The customer's language: its versions rank first; other languages' passages are still found. */
  language: string | null;
  limit: number;
}

/** Retrieval over the tenant's published articles, kept up to date as articles are published or withdrawn. */
export interface ArticleRetriever {
  search(text: string, options: PassageSearch): Promise<ScoredPassage[]>;
  /** A passage by id (the model cites ids), or null when it is not (or no longer) there. */
  passage(id: string): Passage | null;
}

/** Whether an answer says only what the passages it cites support. */
export type GroundingVerdict = { ok: true } | { ok: false; reason: string };

export type ToolDefinition = OpenAI.Chat.Completions.ChatCompletionFunctionTool;

/** What became of one tool call the model asked for. */
export type ToolCallOutcome =
  /** It ran and answered within its declared schema. */
  | { status: 'ok'; result: JsonValue }
  /** A mistake the model may correct (missing argument, not confirmed yet); it is told the reason. */
  | { status: 'invalid'; reason: string }
  /** Against the tenant's policy (another customer's data, a state or limit): nothing ran, a person takes over. */
  | { status: 'forbidden'; reason: string }
  /** The tenant's API refused or failed (4xx/5xx, timeout); the model is told. */
  | { status: 'failed'; reason: string }
  /** The answer broke the operation's declared schema: integration drift, recorded; a person takes over. */
  | { status: 'drift'; toolApiId: string; operationId: string; problem: string }
  /** The model asked for a person. */
  | { status: 'handoff'; summary: string };

/** The tools of one ticket: bound to its customer, its confirmations, and whether actions may run at all. */
export interface ToolSession {
  call(name: string, args: Record<string, unknown>): Promise<ToolCallOutcome>;
  /** Operations with an effect (writes) that ran for this ticket in this session. */
  readonly actionsDone: ReadonlySet<string>;
}

export interface ToolSessionInput {
  ticket: Ticket;
  /** The customer's latest text (an explicit "yes" there confirms a change). */
  latestCustomerText: string;
  /** `shadow`: re-deciding an old ticket; nothing that changes anything runs (writes are answered as if refused). */
  mode: 'live' | 'shadow';
}

/** The tenant's tools (its tool_api settings): what the model is offered, and a session per ticket. */
export interface ToolBox {
  definitions(): ToolDefinition[];
  session(input: ToolSessionInput): ToolSession;
}

/** The tenant's model spend of the current calendar month (UTC), as the queue sums it. */
export interface ModelSpendSource {
  monthToDateUsd(): Promise<number>;
}

/** Where the AI's health checks go (the queue's ai health events, shown to leads). */
export interface AiHealthReporter {
  report(event: AiHealthEvent): Promise<void>;
}
