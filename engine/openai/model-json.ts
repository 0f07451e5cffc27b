/** A model's JSON answer, with the Markdown code fence some models put around it removed. Throws on invalid JSON. */
export function parseModelJson(content: string): unknown {
  return JSON.parse(content.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
}
