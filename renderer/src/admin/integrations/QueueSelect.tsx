import type { SettingEntry } from '../../../../shared/settings/tenant-settings.js';
import { AdminField } from '../AdminField.js';
import type { IssuePlacement } from '../issue-placement.js';

/** The owner queue of a widget or a channel: one of the tenant's queues, its issues on the field. */
export function QueueSelect(props: {
  label: string;
  /** The empty choice's text. */
  choose: string;
  queues: ReadonlyArray<SettingEntry<'queue'>>;
  value: string;
  placement: IssuePlacement;
  testId: string;
  onChange(queueId: string): void;
}) {
  return (
    <AdminField label={props.label} paths={['queueId']} placement={props.placement}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={props.value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        >
          <option value="">{props.choose}</option>
          {props.queues.map((queue) => (
            <option key={queue.id} value={queue.id}>
              {queue.value.name}
            </option>
          ))}
        </select>
      )}
    </AdminField>
  );
}
