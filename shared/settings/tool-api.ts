import { z } from 'zod';
import { DELIVERY_URL_RULE, isDeliveryUrl } from '../channels/web-origin.js';
import { readToolApiDocument } from '../tools/openapi-operations.js';

/**
 * A tenant's own API as AI tools (issue 17): its OpenAPI document (3.0 or 3.1, JSON), the address it is called at,
 * and limits. The operations the document marks with an `x-switchboard` policy (engine/tools) are offered to the model;
 * every call is checked by that policy before it runs, and every answer against the operation's declared response
 * schema (a mismatch is integration drift). Admins manage them.
 */
export const MAX_OPENAPI_DOCUMENT_BYTES = 512_000;

/** The fields, before the document is read (a seed names the document's file instead of its text). */
export const ToolApiFieldsSchema = z.strictObject({
  name: z.string().trim().min(1, 'A name cannot be empty.').max(100, 'A name is at most 100 characters.'),
  /** Where the operations are called (their paths are appended): https, or http on this machine. */
  baseUrl: z.string().max(2_000).refine(isDeliveryUrl, DELIVERY_URL_RULE),
  /** The OpenAPI document as JSON text. */
  openapi: z
    .string()
    .min(2, 'Paste the OpenAPI document (JSON).')
    .max(MAX_OPENAPI_DOCUMENT_BYTES, `The OpenAPI document is at most ${MAX_OPENAPI_DOCUMENT_BYTES} characters.`),
  enabled: z.boolean(),
  /** Most calls of this API's operations for one ticket. */
  maxCallsPerTicket: z.number().int().min(1).max(50),
  /** Per call. */
  timeoutSeconds: z.number().int().min(1).max(60),
});

/** The fields, and a document that reads (engine/tools would leave out one that does not): its error on `openapi`. */
export const ToolApiSettingSchema = ToolApiFieldsSchema.superRefine((value, ctx) => {
  const read = readToolApiDocument(value.openapi);
  if (!read.ok) ctx.addIssue({ code: 'custom', path: ['openapi'], message: read.error });
});
export type ToolApiSetting = z.infer<typeof ToolApiSettingSchema>;
