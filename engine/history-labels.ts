/**
 * A tenant's resolved tickets as labelled examples for its intent model. The rule: a ticket a person resolved
 * (status `resolved`, not `ai_resolved`) is labelled with an intent when the people's public replies on it contain
 * the text of published articles that, together, name exactly one intent, each of those articles naming exactly that
 * one intent. The example is the customer's first message; its language the ticket's.
 *
 * "Contain the text" is how the console's article search records its use: it puts the article version's plain text
 * into the reply (markdownPlainText, shared/markdown), so an unedited insert is found again here, in a ticket typed in
 * the console as in imported history. A reply edited inside the inserted text, an article naming several intents or
 * articles of two intents on one ticket label nothing: a wrong label teaches the model a wrong answer, a missing one
 * only slows it down. Macros name no intent, so they label nothing.
 */
import { markdownPlainText } from '../shared/markdown/markdown.js';
import type { SettingEntry } from '../shared/settings/tenant-settings.js';
import type { Message, Ticket } from '../shared/domain/ticket.js';
import type { TrainingExample } from './intent-classifier.js';

export interface LabelledTicket extends TrainingExample {
  ticketId: string;
}

/** An article text shorter than this (after spacing is folded) is too common to show an article was used. */
const MIN_ARTICLE_TEXT = 20;
/** A customer's first message is kept up to this many characters as an example (the classifier's input is short). */
export const MAX_EXAMPLE_TEXT = 2_000;
/** The most tickets followed, and labelled examples kept, at once; the oldest is forgotten beyond it. */
export const MAX_FOLLOWED_TICKETS = 100_000;

const folded = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

export interface ArticleText {
  text: string;
  intent: string;
}

/** Every language version of every published article that names exactly one intent, as an agent's reply holds it. */
export function singleIntentArticleTexts(articles: readonly SettingEntry<'article'>[]): ArticleText[] {
  return articles
    .filter((article) => article.value.status === 'published' && article.value.intents.length === 1)
    .flatMap((article) =>
      Object.values(article.value.versions).map((version) => ({
        text: folded(markdownPlainText(version.body)),
        intent: article.value.intents[0]!,
      })),
    )
    .filter((article) => article.text.length >= MIN_ARTICLE_TEXT);
}

/** The intents of the articles a reply's text contains. */
export function intentsInReply(replyText: string, articles: readonly ArticleText[]): string[] {
  const reply = folded(replyText);
  return [...new Set(articles.filter((article) => reply.includes(article.text)).map((article) => article.intent))];
}

interface FollowedTicket {
  firstCustomerText: string | null;
  intents: Set<string>;
}

/**
 * Reads a tenant's ticket feed in order (pages of tickets and messages, as GET /v1/changes answers them) and keeps
 * the labelled example of every ticket the rule labels. A ticket reopened and resolved again is labelled anew.
 */
export class HistoryLabeller {
  private readonly followed = new Map<string, FollowedTicket>();
  private readonly examples = new Map<string, LabelledTicket>();

  constructor(private articles: readonly ArticleText[]) {}

  /** The published articles changed: replies read from now on are matched against these. */
  useArticles(articles: readonly ArticleText[]): void {
    this.articles = articles;
  }

  /** The labelled examples, in the order their tickets were first labelled. */
  get labelled(): LabelledTicket[] {
    return [...this.examples.values()];
  }

  get count(): number {
    return this.examples.size;
  }

  read(page: { tickets: readonly Ticket[]; messages: readonly Message[] }): void {
    for (const message of page.messages) this.readMessage(message);
    for (const ticket of page.tickets) this.readTicket(ticket);
  }

  private follow(ticketId: string): FollowedTicket {
    let followed = this.followed.get(ticketId);
    if (!followed) {
      followed = { firstCustomerText: null, intents: new Set() };
      this.followed.set(ticketId, followed);
      if (this.followed.size > MAX_FOLLOWED_TICKETS) this.followed.delete(this.followed.keys().next().value!);
    }
    return followed;
  }

  private readMessage(message: Message): void {
    if (message.kind !== 'reply') return;
    const followed = this.follow(message.ticketId);
    if (message.author === 'customer') {
      followed.firstCustomerText ??= message.text.trim().slice(0, MAX_EXAMPLE_TEXT);
    } else if (message.author === 'agent') {
      for (const intent of intentsInReply(message.text, this.articles)) followed.intents.add(intent);
    }
  }

  private readTicket(ticket: Ticket): void {
    const followed = this.followed.get(ticket.id);
    const intent = followed?.intents.size === 1 ? [...followed.intents][0]! : null;
    if (ticket.status !== 'resolved' || !followed?.firstCustomerText || intent === null) {
      if (ticket.status !== 'resolved') this.examples.delete(ticket.id);
      return;
    }
    this.examples.delete(ticket.id); // a ticket labelled again moves to the end: the oldest are forgotten first
    if (this.examples.size >= MAX_FOLLOWED_TICKETS) this.examples.delete(this.examples.keys().next().value!);
    this.examples.set(ticket.id, {
      ticketId: ticket.id,
      text: followed.firstCustomerText,
      label: intent,
      language: ticket.language,
    });
  }
}
