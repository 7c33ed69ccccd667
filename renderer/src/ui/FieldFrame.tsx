import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './fieldIds';

/** What the frame hands its control: the ids and states its label, hint and error rely on. */
export interface FieldControl {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The label, hint and error around one control, with the ids an error summary links to
 * (`fieldIds(name)`). Every labeled field is drawn by it, so they all name, describe and
 * mark their control the same way. `invalid` marks the control without an error line here
 * (the explanation is a notice elsewhere); the frame turns red only for its own error.
 */
export function FieldFrame({
  name,
  label,
  optional = false,
  hint,
  error,
  invalid = false,
  describedByExtra,
  layout = 'stacked',
  children,
}: {
  /** Dotted path of the field (`partnerA.email`). */
  name: string;
  label: ReactNode;
  /** Shown after the label so required fields need no asterisk legend. */
  optional?: boolean;
  hint?: ReactNode;
  error?: string | null | undefined;
  invalid?: boolean;
  /** Ids of further descriptions (a strength meter, a notice) read after the hint and error. */
  describedByExtra?: string | undefined;
  /** A checkbox sits before its label, on one line. */
  layout?: 'stacked' | 'checkbox';
  children(control: FieldControl): ReactNode;
}) {
  const ids = fieldIds(name);
  const control: FieldControl = {
    id: ids.inputId,
    name,
    'aria-invalid': invalid || error ? true : undefined,
    'aria-describedby':
      [describedBy(ids, Boolean(hint), Boolean(error)), describedByExtra].filter(Boolean).join(' ') ||
      undefined,
  };
  const messages = <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />;
  if (layout === 'checkbox') {
    return (
      <div className={`field field--checkbox${error ? ' field--invalid' : ''}`}>
        <div className="checkbox">
          {children(control)}
          <label htmlFor={ids.inputId} className="checkbox__label">
            {label}
          </label>
        </div>
        {messages}
      </div>
    );
  }
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={ids.inputId} className="field__label">
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {children(control)}
      {messages}
    </div>
  );
}

/**
 * The legend, hint and error of a group of controls (radio buttons, checkboxes, the lines of
 * a list), styled as `block`, `block__legend` and `block--modifier`. The group is described
 * by its hint and error; its first control carries the field's id, so an error summary
 * link lands in the group.
 */
export function FieldsetFrame({
  name,
  block,
  modifier,
  legend,
  hint,
  error,
  children,
}: {
  name: string;
  block: string;
  modifier?: string | undefined;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | null | undefined;
  children: ReactNode;
}) {
  const ids = fieldIds(name);
  const className = [block, modifier ? `${block}--${modifier}` : null, error ? 'field--invalid' : null]
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset className={className} aria-describedby={describedBy(ids, Boolean(hint), Boolean(error))}>
      <legend className={`${block}__legend`}>{legend}</legend>
      <FieldMessages hint={hint} hintId={ids.hintId} error={error} errorId={ids.errorId} />
      {children}
    </fieldset>
  );
}
