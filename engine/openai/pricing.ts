import type { ModelPricing } from './types.js';

/** List prices in USD per million tokens (input, output); used when no pricing is configured. */
const KNOWN: ReadonlyArray<[RegExp, ModelPricing]> = [
  [/^gpt-4o-mini/, { inputPerMillion: 0.15, outputPerMillion: 0.6 }],
  [/^gpt-4o/, { inputPerMillion: 2.5, outputPerMillion: 10 }],
  [/^gpt-4\.1-nano/, { inputPerMillion: 0.1, outputPerMillion: 0.4 }],
  [/^gpt-4\.1-mini/, { inputPerMillion: 0.4, outputPerMillion: 1.6 }],
  [/^gpt-4\.1/, { inputPerMillion: 2, outputPerMillion: 8 }],
];

export function pricingFor(model: string, configured?: ModelPricing): ModelPricing {
  return configured ?? KNOWN.find(([re]) => re.test(model))?.[1] ?? { inputPerMillion: 0, outputPerMillion: 0 };
}

export function costUsd(p: ModelPricing, promptTokens: number, completionTokens: number): number {
  return Math.round(((promptTokens * p.inputPerMillion + completionTokens * p.outputPerMillion) / 1e6) * 1e8) / 1e8;
}
