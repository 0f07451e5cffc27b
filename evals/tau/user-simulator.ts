/**
 * The simulated customer of a τ-bench-style task, played by an OpenAI-compatible model from the task's
 * instruction. It sees the agent's replies as the other side of the chat and writes the customer's next
 * message, or the stop marker when the goal is reached (or cannot be).
 */
import OpenAI from 'openai';

export const STOP_MARKER = '###STOP###';
export const AGENT_GREETING = 'Hi! How can I help you today?';

export interface UserSimulatorOptions {
  baseURL: string;
  apiKey: string;
  model: string;
  timeoutMs: number;
  temperature?: number;
}

export interface Turn {
  from: 'customer' | 'agent';
  text: string;
}

export function simulatorPrompt(instruction: string): string {
  return [
    'You are role-playing a CUSTOMER who writes to the support chat of an online shop. You are not the agent.',
    `Your situation and goal:\n${instruction}`,
    'Rules:',
    '- Write only your next message to the agent, in plain text, one to three sentences.',
    '- Give details (name, zip code, email, order ids, items) only when the agent asks for them; never invent details your situation does not give.',
    '- When the agent lists what it will do and asks you to confirm, answer starting with "Yes" if it matches your goal, otherwise say what is wrong.',
    `- When your goal is reached, or the agent cannot help any further, write only ${STOP_MARKER}.`,
  ].join('\n');
}

export class UserSimulator {
  private readonly client: OpenAI;
  tokens = 0;

  constructor(private readonly options: UserSimulatorOptions) {
    this.client = new OpenAI({
      baseURL: options.baseURL,
      apiKey: options.apiKey,
      maxRetries: 2,
      timeout: options.timeoutMs,
    });
  }

  /** The customer's next message given the conversation so far (the agent spoke last). */
  async next(instruction: string, turns: readonly Turn[]): Promise<{ text: string; stop: boolean }> {
    const completion = await this.client.chat.completions.create({
      model: this.options.model,
      temperature: this.options.temperature ?? 0,
      messages: [
        { role: 'system', content: simulatorPrompt(instruction) },
        // From the simulated customer's side, the agent is the "user" it answers.
        ...turns.map((t) => ({
          role: t.from === 'agent' ? ('user' as const) : ('assistant' as const),
          content: t.text,
        })),
      ],
    });
    this.tokens += (completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0);
    const text = (completion.choices[0]?.message.content ?? '').trim();
    const stop = text.includes(STOP_MARKER);
    return { text: text.replace(STOP_MARKER, '').trim(), stop: stop || !text };
  }
}
