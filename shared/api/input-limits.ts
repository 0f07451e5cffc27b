/**
 * How deep objects and arrays may nest in a JSON request body: the body itself is level 1. The deepest
 * legitimate data is a tool result inside an AI decision inside a push (`mutations.0.decision.toolResults.0.result`,
 * level 6), whose own JSON rarely nests more than a few levels; 64 leaves ample room while keeping every
 * consumer (zod, JSON.stringify, a console rendering the data) far from its stack limit.
 */
export const MAX_JSON_DEPTH = 64;
