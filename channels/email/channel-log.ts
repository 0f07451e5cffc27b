/**
 * Where the channel runtime writes its structured lines: one object and a message each, the shape pino (Fastify's
 * logger, which the queue writes as JSON lines) takes. Every object has an `event` name and the channel's tenant
 * and id; never a password or a mail's text.
 */
export interface ChannelLog {
  info(fields: Record<string, unknown>, message: string): void;
  warn(fields: Record<string, unknown>, message: string): void;
  error(fields: Record<string, unknown>, message: string): void;
}
