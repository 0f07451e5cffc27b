import { useId, type ChangeEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuePlacement, PlacedIssue } from './issue-placement.js';

/** How a field names where inside it an issue is (the third holiday, the second span); none by default. */
export type DescribeWithin = (within: PlacedIssue['within']) => string | null;

interface FieldFrameProps {
  label: string;
  /** The value paths whose issues this field shows (the first is its own). */
  paths: readonly string[];
  placement: IssuePlacement;
  hint?: string;
  describeWithin?: DescribeWithin;
  className?: string;
  /** The control, given its ids and whether it is invalid. */
  children: (control: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** An issue in the reader's language: its field's rule, or the editor's own sentence, else the message as sent. */
export function issueText(t: (key: string) => string, issue: PlacedIssue): string {
  return issue.rule ? t(issue.rule) : issue.message;
}

/** A labelled control with its hint and the issues placed on it, wired for screen readers. */
export function AdminField({ label, paths, placement, hint, describeWithin, className, children }: FieldFrameProps) {
  const { t } = useTranslation();
  const id = useId();
  const issues = paths.flatMap((path) => placement.byField.get(path) ?? []);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = issues.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['admin-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: issues.length > 0 })}
      {hint ? (
        <span className="admin-hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {errorId ? (
        <span className="admin-field-error" id={errorId} data-testid="admin-field-error">
          {issues
            .map((issue) => [describeWithin?.(issue.within), issueText(t, issue)].filter(Boolean).join(': '))
            .join(' ')}
        </span>
      ) : null}
    </div>
  );
}

/** A text field with its label, hint and issues: one line, or a text area of `rows` lines. */
export function TextField(props: {
  label: string;
  path: string;
  placement: IssuePlacement;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  hint?: string;
  describeWithin?: DescribeWithin;
  rows?: number;
  textareaRef?: Ref<HTMLTextAreaElement>;
  inputMode?: 'numeric' | 'text';
  list?: string;
  /** `ltr` for text that reads left to right in every UI language (a URL, an address). */
  dir?: 'ltr';
  /** `password`: a new password, hidden as typed. */
  type?: 'password';
}) {
  return (
    <AdminField
      label={props.label}
      paths={[props.path]}
      placement={props.placement}
      hint={props.hint}
      describeWithin={props.describeWithin}
    >
      {({ id, describedBy, invalid }) => {
        const control = {
          id,
          value: props.value,
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy,
          'data-testid': props.testId,
          dir: props.dir,
          onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => props.onChange(event.target.value),
        };
        return props.rows ? (
          <textarea {...control} ref={props.textareaRef} rows={props.rows} />
        ) : (
          <input
            {...control}
            type={props.type ?? 'text'}
            autoComplete={props.type === 'password' ? 'new-password' : undefined}
            inputMode={props.inputMode}
            list={props.list}
          />
        );
      }}
    </AdminField>
  );
}

/** The name of a queue, tag or macro. */
export function NameField(props: { value: string; placement: IssuePlacement; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  return <TextField label={t('admin.form.name')} path="name" testId="admin-name" {...props} />;
}

/** An on/off setting: a checkbox with its label beside it. */
export function CheckField(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
  /** Across the whole form row (a long label). */
  wide?: boolean;
}) {
  return (
    <label className={props.wide ? 'admin-check channel-wide' : 'admin-check'}>
      <input
        type="checkbox"
        checked={props.checked}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.checked)}
      />{' '}
      {props.label}
    </label>
  );
}

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/;

/** A colour typed as #rrggbb or picked (a tag's, a widget's accent), its issues on the field. */
export function ColourField(props: {
  label: string;
  /** The picker's accessible name. */
  pickLabel: string;
  path: string;
  placement: IssuePlacement;
  value: string;
  onChange: (colour: string) => void;
  testId: string;
  hint?: string;
}) {
  const typed = props.value.trim();
  return (
    <AdminField label={props.label} hint={props.hint} paths={[props.path]} placement={props.placement}>
      {({ id, describedBy, invalid }) => (
        <span className="admin-color">
          <input
            id={id}
            type="text"
            dir="ltr"
            value={props.value}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            data-testid={props.testId}
            onChange={(event) => props.onChange(event.target.value)}
          />
          <input
            type="color"
            aria-label={props.pickLabel}
            value={HEX_COLOUR.test(typed) ? typed.toLowerCase() : '#000000'}
            onChange={(event) => props.onChange(event.target.value)}
          />
        </span>
      )}
    </AdminField>
  );
}
