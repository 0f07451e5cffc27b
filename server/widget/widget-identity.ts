import type { WidgetIdentity } from '../../shared/api/widget-contract.js';
import type { Customer } from '../../shared/domain/ticket.js';
import { verifyIdentitySignature } from '../../lib/request-signing.js';
import { visitorCustomer } from '../domain/chat-visitor.js';
import { HttpError } from '../http-errors.js';
import type { StoredWidget } from '../storage/chat-store.js';

/** Opens a widget's identity secret (server/secrets/signing-secrets.ts), or null when none was made. */
export type IdentitySecretOpener = (widget: StoredWidget) => Promise<string | null>;

/**
 * Identity verification: the host page's signed-in customer, trusted only when its id is signed with the widget's
 * identity secret; a widget that requires identity refuses visitors without one.
 */
export class IdentityCheck {
  constructor(private readonly openSecret: IdentitySecretOpener) {}

  /** The verified customer, or null for an anonymous visitor the widget admits; 401 otherwise. */
  async customerOf(widget: StoredWidget, identity: WidgetIdentity | undefined): Promise<Customer | null> {
    if (!identity) {
      if (widget.setting.requireIdentity)
        throw new HttpError(
          401,
          'identity_required',
          "This chat widget serves signed-in customers only: the page passes the customer's id and its signature.",
        );
      return null;
    }
    const secret = await this.openSecret(widget);
    if (secret === null || !verifyIdentitySignature(secret, identity.customerId, identity.signature))
      throw new HttpError(
        401,
        'identity_invalid',
        secret === null
          ? 'The customer identity cannot be verified: this widget has no identity secret yet (an admin makes one).'
          : "The customer identity's signature does not verify with this widget's identity secret.",
      );
    return visitorCustomer(identity);
  }
}
