import { AdminField } from '../AdminField.js';
import type { IssuePlacement } from '../issue-placement.js';

/** A choice among fixed options (a role, a language), its issues on the field. */
export function SelectField(props: {
  label: string;
  path: string;
  placement: IssuePlacement;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  testId: string;
  onChange(value: string): void;
}) {
  return (
    <AdminField label={props.label} paths={[props.path]} placement={props.placement}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={props.value}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          data-testid={props.testId}
          onChange={(event) => props.onChange(event.target.value)}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </AdminField>
  );
}
