/**
 * A scripted model that answers the routed engine's decide requests from what the engine really sent it: the article
 * passages listed in the system message under their ids (engine/openai/prompt.ts). It cites the first passage (the
 * best ranked) and answers with that passage's first sentence, so the grounding check finds every word and number of
 * the reply in what it cites. A customer who asks for a person gets an escalation whose reply is the draft.
 */
import type { RecordedRequest, ScriptStep } from './scripted-openai-server.js';

/** A passage as the prompt lists it: `[<articleId>:<language>:<n>] <title>` then its text. */
export interface ListedPassage {
  id: string;
  title: string;
  text: string;
}

const PASSAGE_HEAD = /^\[([^\]\s:]+:[A-Za-z-]+:\d+)\] (.*)$/gm;
const ASKS_FOR_PERSON = /\b(human|person|agent)\b/i;

/** The passages a decide request lists, in the order the engine ranked them. */
export function listedPassages(body: RecordedRequest['body']): ListedPassage[] {
  const system = body.messages.find((message) => message.role === 'system')?.content ?? '';
  const heads = [...system.matchAll(PASSAGE_HEAD)];
  return heads.map((head, i) => {
    const start = (head.index ?? 0) + head[0].length + 1;
    const end = heads[i + 1]?.index ?? system.length;
    return { id: head[1] ?? '', title: head[2] ?? '', text: system.slice(start, end).trim() };
  });
}

/** Whether a request is the model engine deciding a ticket (its system message lists the tenant's articles). */
export function isDecideRequest(body: RecordedRequest['body']): boolean {
  const system = body.messages.find((message) => message.role === 'system')?.content ?? '';
  return system.includes('# Articles');
}

function customerText(body: RecordedRequest['body']): string {
  return body.messages
    .filter((message) => message.role === 'user')
    .map((message) => message.content ?? '')
    .join('\n');
}

function firstSentence(text: string): string {
  return /^[\s\S]*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}

/** The decision JSON for a decide request (null for any other request: the script answers those). */
export function groundedAnswer(body: RecordedRequest['body']): ScriptStep | null {
  if (!isDecideRequest(body)) return null;
  const [best] = listedPassages(body);
  const person = ASKS_FOR_PERSON.test(customerText(body));
  const reply = best ? firstSentence(best.text) : 'Thank you for your message.';
  return {
    final: {
      action: person ? 'escalate' : 'resolve',
      reply,
      summary: person
        ? {
            wants: 'To speak to a person about a card that has not arrived.',
            tried: `Pointed the customer to the article "${best?.title ?? 'none'}".`,
            missing: 'Whether the card was lost in the post; a replacement is for a person to order.',
          }
        : {
            wants: 'To know when their card arrives.',
            tried: `Answered from the article "${best?.title ?? 'none'}".`,
            missing: '',
          },
      intent: null,
      language: 'en',
      citations: best ? [best.id] : [],
      confidence: 0.9,
      escalation_reason: person ? 'The customer asks for a person.' : null,
      customer_asked_for_human: person,
    },
  };
}
