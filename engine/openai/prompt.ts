/**
 * Builds what the model sees. Customer text is wrapped as data and its tags are neutralised, so text a
 * customer writes cannot pose as the system or close the wrapper; the guardrails still assume it might.
 */
import type OpenAI from 'openai';
import type { Message, Ticket } from '../../shared/domain/ticket.js';
import { redactPii, type PiiVault } from '../../shared/pii/index.js';
import { fillPrompt, type PromptFile } from '../prompts/prompt-file.js';
import type { Passage } from '../routing/ports.js';

type ChatMessage = OpenAI.Chat.Completions.ChatCompletionMessageParam;

/** The passages as the prompt lists them: each under its id, which the model cites. */
function articlesSection(passages: readonly Passage[]): string {
  if (passages.length === 0) return '(No published article matches this ticket.)';
  return passages.map((p) => `[${p.id}] ${p.title}\n${p.text}`).join('\n\n');
}

/** The system message: the versioned prompt with the tenant's name and the passages retrieved for this ticket. */
export function systemPrompt(prompt: PromptFile, tenantName: string, passages: readonly Passage[]): string {
  return fillPrompt(prompt, { tenant: tenantName, articles: articlesSection(passages) });
}

const neutralise = (text: string) =>
  text.replace(/<\/?\s*(customer_message|system|assistant|tool)[^>]*>/gi, '[tag removed]');

/** The thread as chat messages, redacted with the ticket's vault. Internal notes are not sent. */
export function threadMessages(ticket: Ticket, messages: readonly Message[], vault: PiiVault): ChatMessage[] {
  const r = (t: string) => redactPii(t, vault).text;
  const header =
    `Ticket ${ticket.id}. Subject: ${r(ticket.subject)}. Channel: ${ticket.channel}.` +
    (ticket.customer.email
      ? ` Customer email (verified by the channel): ${r(ticket.customer.email)}.`
      : ' The channel did not verify an email.');
  const out: ChatMessage[] = [{ role: 'user', content: header }];
  for (const m of [...messages].sort((a, b) => a.seq - b.seq)) {
    if (m.kind === 'note') continue;
    if (m.author === 'customer')
      out.push({ role: 'user', content: `<customer_message>\n${neutralise(r(m.text))}\n</customer_message>` });
    else out.push({ role: 'assistant', content: r(m.text) });
  }
  return out;
}
