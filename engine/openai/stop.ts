import type { EscalationReasonCode } from '../../shared/domain/ticket.js';

/**
 * Ends the ticket's model work with an escalation; `code` and `detail` go to the agent. `outage`: the model itself
 * could not be asked (retries used up, timeouts, the endpoint refusing, the rate limit), which the routed engine
 * treats as the model being down (RoutingPolicy.whenModelDown), not as the model's answer.
 */
export class Stop extends Error {
  constructor(
    readonly code: EscalationReasonCode,
    readonly detail: string,
    readonly draft: string | null = null,
    readonly outage = false,
  ) {
    super(detail);
  }
}

/** The model could not be asked. */
export const outage = (detail: string) => new Stop('model_error', detail, null, true);
