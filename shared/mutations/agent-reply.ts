import { z } from 'zod';
import { MessageTextSchema } from '../domain/ticket.js';
import { agentMessage, CONSOLE_ROLES, defineMutator } from './mutator.js';
import { mutationSchema, versionedChangeFields } from './wire-fields.js';

export const AgentReplyMutationSchema = mutationSchema('agent_reply', {
  ...versionedChangeFields,
  text: MessageTextSchema,
  resolve: z.boolean(),
});
export type AgentReplyMutation = z.infer<typeof AgentReplyMutationSchema>;

/** An agent answers the customer (and may resolve the ticket with it); the ticket is a human's from then on. */
export const agentReply = defineMutator(AgentReplyMutationSchema, {
  roles: CONSOLE_ROLES,
  patch: (reply) => ({ humanTouched: true, status: reply.resolve ? 'resolved' : 'pending' }),
  message: (reply) => agentMessage(reply, reply.text, 'reply'),
  clearsClaim: true,
  handling: (reply) => (reply.resolve ? 'resolve' : 'reply'),
  kept: (reply) => ({ kind: 'reply', text: reply.text, resolve: reply.resolve }),
});
