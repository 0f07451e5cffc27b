import type { CatalogTree } from '../../../../shared/i18n/catalog.js';

/** The tenant settings workspace's texts, English: the reference every locale matches. */
export default {
  nav: 'Tenant settings',
  title: 'Tenant settings',
  sectionsLabel: 'Settings sections',
  loading: 'Loading the tenant’s settings…',
  offline:
    'Offline: you are reading this console’s copy of the settings. Saving is possible again once the queue is reachable.',
  offlineSince:
    'Offline: you are reading this console’s copy of the settings from {{at}}. Saving is possible again once the queue is reachable.',
  shortcuts: 'Alt+N new · Ctrl+S save · Esc back to the list · ↑ ↓ move within a list',
  kinds: {
    queue: { title: 'Queues', new: 'New queue', empty: 'No queues yet.' },
    sla_policy: { title: 'SLA policies', new: 'New SLA policy', empty: 'No SLA policies yet.' },
    tag: { title: 'Tags', new: 'New tag', empty: 'No tags yet.' },
    macro: { title: 'Macros', new: 'New macro', empty: 'No macros yet.' },
    channel: { title: 'Channels', new: 'New channel', empty: 'No channels yet.' },
    widget: { title: 'Chat widgets', new: 'New chat widget', empty: 'No chat widgets yet.' },
    webhook: { title: 'Webhooks', new: 'New webhook', empty: 'No webhooks yet.' },
  },
  form: {
    id: 'Id',
    idHint: 'Letters, digits, _ . or -, starting with a letter or digit. It cannot be changed later.',
    idTaken: 'Another item already has the id {{id}}.',
    name: 'Name',
    description: 'Description',
    save: 'Save',
    delete: 'Delete',
    keep: 'Keep it',
    close: 'Back to the list',
    editing: 'Edit {{id}}',
    version: 'Version {{version}}, saved by {{by}} on {{at}}',
    saved: 'Saved as version {{version}}. Every console of the tenant gets it with its next sync.',
    deleted: '{{id}} was deleted.',
    confirmDelete: 'Delete {{id}}? Consoles stop offering it after their next sync.',
    pick: 'Choose an item from the list, or start a new one.',
    pickReadOnly: 'Choose an item from the list to read it.',
  },
  conflict: {
    saved:
      '{{by}} saved version {{version}} of this item on {{at}}, while you were editing. Your edits are still here.',
    deleted: '{{by}} deleted this item on {{at}}, while you were editing. Your edits are still here.',
    missing: 'This item is not stored on the queue (any more). Your edits are still here.',
    loadTheirs: 'Load their version',
    drop: 'Drop my edits',
    overwrite: 'Save mine over theirs',
    deleteAnyway: 'Delete it anyway',
  },
  /** Why a queue was not deleted: what still uses it (the queue_in_use refusal). */
  inUse: {
    sentence:
      'The queue {{queue}} cannot be deleted while it is in use: {{uses}}. Move them to another queue or delete them first.',
    rules_one: '{{count}} escalation rule ({{names}})',
    rules_other: '{{count}} escalation rules ({{names}})',
    slaPolicy: 'its SLA policy',
    channels_one: '{{count}} channel ({{names}})',
    channels_other: '{{count}} channels ({{names}})',
    quoted: '“{{name}}”',
  },
  tag: {
    color: 'Colour',
    colorHint: 'Written #rrggbb; leave empty for none.',
    pick: 'Pick a colour',
    aiIntents: 'AI sets it for the intents',
    aiIntentsHint:
      'Intent names separated by commas, such as card_arrival: the AI tags a ticket it classifies into one of them. Leave empty when only people set this tag.',
  },
  sla: {
    queue: 'Queue',
    chooseQueue: 'Choose a queue without a policy',
    timeZone: 'Time zone',
    timeZoneHint: 'An IANA name, such as Europe/Berlin or Asia/Tokyo.',
    hours: 'Business hours',
    hoursHint: 'Opening spans per weekday, such as 09:00-12:00, 13:00-17:00. Leave a day empty when it is closed.',
    span: 'Span {{number}}',
    holidays: 'Holidays',
    holidaysHint: 'One date per line, written YYYY-MM-DD.',
    holiday: 'Holiday {{number}} ({{date}})',
    targets: 'Targets per customer tier',
    targetsHint: 'In business minutes: 60 is one hour of business hours.',
    firstReplyMinutes: 'First reply within (minutes)',
    resolutionMinutes: 'Resolution within (minutes)',
  },
  macro: {
    text: 'Text',
    variables: 'Variables',
    variablesHint: 'Insert at the cursor:',
    insert: 'Insert {{variable}}',
    preview: 'Preview',
    previewHint: 'Filled in as for a sample ticket.',
    sample: {
      customerName: 'Maria Jones',
      market: 'United Kingdom',
      subject: 'Refund for order 1042',
      queue: 'Billing',
      agentName: 'Alex Smith',
    },
  },
  rule: {
    queueIdFormat:
      'A queue id is 1 to 63 lower-case letters (a–z), digits, - or _, starting with a letter or digit. It cannot be changed later.',
    id: 'An id is 1 to 100 letters (a–z, A–Z), digits, _ . or -, starting with a letter or digit.',
    queueId: 'Choose one of the tenant’s queues that has no policy yet.',
    name: 'Give a name of at most 200 characters (a tag’s: 100).',
    description: 'A description is at most 1,000 characters.',
    color: 'Write the colour as # and six hex digits, such as #1f5fbf, or leave it empty.',
    aiIntents:
      'Intent names of letters, digits, _ . ? and - (at most 100 characters each), separated by commas; at most 50.',
    text: 'Write a text of at most 20,000 characters.',
    timeZone: 'Unknown time zone: use an IANA name such as Europe/Berlin or Asia/Tokyo.',
    week: 'Open at least one span in the week.',
    spans:
      'Write each span as HH:MM-HH:MM between 00:00 and 24:00, closing after it opens, in order and not overlapping (at most 6 a day). A night shift is two spans: 22:00-24:00, and 00:00-06:00 on the next day.',
    holidays: 'Write each holiday once, as a real date YYYY-MM-DD (years 1900 to 9999); at most 500.',
    tier: 'Every customer tier needs a first-reply and a resolution target.',
    target:
      'A whole number of business minutes from 1 to 525,600. The resolution target is not shorter than the first-reply target, and the business hours must be long enough to reach it.',
  },
} satisfies CatalogTree;
