import type { TFunction } from 'i18next';
import { queueUseGroups, type QueueInUseDetails } from '../../../shared/settings/queue-uses.js';

type JoinList = (items: readonly string[]) => string;

/** A refused write as the form shows it: what uses a queue in the reader's language, else the host's sentence. */
export function refusalText(
  t: TFunction,
  list: JoinList,
  refusal: { message: string; queueInUse?: QueueInUseDetails },
): string {
  return refusal.queueInUse ? queueInUseText(t, list, refusal.queueInUse) : refusal.message;
}

/**
 * Why a queue was not deleted, in the reader's language (the queue's own sentence is English): the escalation rules
 * by id, its SLA policy and the channels by name that still use it, each name quoted the language's way and the
 * lists joined by `list` (the UI locale's "a, b and c").
 */
export function queueInUseText(t: TFunction, list: JoinList, details: QueueInUseDetails): string {
  const quoted = (name: string) => t('admin.inUse.quoted', { name });
  const named = (key: string, names: readonly string[]) =>
    names.length > 0 ? [t(key, { count: names.length, names: list(names.map(quoted)) })] : [];
  const { rules, slaPolicy, channels } = queueUseGroups(details.uses);
  const uses = [
    ...named('admin.inUse.rules', rules),
    ...(slaPolicy ? [t('admin.inUse.slaPolicy')] : []),
    ...named('admin.inUse.channels', channels),
  ];
  return t('admin.inUse.sentence', { queue: quoted(details.queueId), uses: list(uses) });
}
