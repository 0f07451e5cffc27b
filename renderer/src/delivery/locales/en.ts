import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** A reply's delivery line on every channel, English: the reference every locale matches. */
export default {
  label: 'Delivery',
  email: { queued: 'Queued for sending to {{to}}', sent: 'Sent to {{to}}', failed: 'Not delivered to {{to}}' },
  chat: {
    queued: 'Waiting for the customer’s chat to show it',
    sent: 'Shown to the customer',
    failed: 'Not shown to the customer',
  },
  messaging: {
    queued: 'Queued for the channel, to {{to}}',
    sent: 'Accepted by the channel for {{to}}',
    failed: 'Not delivered to {{to}}',
  },
  reason: 'Reason:',
  attempts: 'Attempts: {{count}}',
  retry: 'Retry',
  retrying: 'Retrying…',
  copy: 'Copy text',
  copied: 'Copied: send it another way.',
  copyFailed: 'The text could not be copied; select it in the message instead.',
} satisfies CatalogTree;
