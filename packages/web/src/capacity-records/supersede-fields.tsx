// Replacing a record: what is being replaced (it stays readable) and why, which the server requires with `supersedes`.
import type { ReactNode } from 'react';
import { Textarea } from '../components/fields';
import { formatDateTime } from '../format';

/** Above the form: which record this replaces, with its key facts to read while changing them. */
export function ReplacingNotice({
  recordedAt,
  recordedBy,
  children,
}: {
  recordedAt: string;
  recordedBy: string;
  children: ReactNode;
}) {
  return (
    <>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          This replaces the record made by {recordedBy} on {formatDateTime(recordedAt)}. The earlier record is kept and can still
          be read. The form starts with its answers: change what has changed.
        </p>
      </div>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The record you are replacing</span>
        </summary>
        <div className="nhsuk-details__text">{children}</div>
      </details>
    </>
  );
}

/** Below the form: why it is being replaced. */
export function SupersedeReason({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (v: string) => void;
  error: string | undefined;
}) {
  return (
    <Textarea
      name="supersedeReason"
      label="Why are you replacing the earlier record?"
      hint="For example, the form was reviewed, the attorney changed, or the earlier record had a mistake"
      value={value}
      onChange={onChange}
      error={error}
    />
  );
}

/** The check the server makes on a replacement, made before sending. */
export const supersedeReasonError = (reason: string): string | undefined =>
  reason.trim() === '' ? 'Enter why you are replacing the earlier record' : undefined;
