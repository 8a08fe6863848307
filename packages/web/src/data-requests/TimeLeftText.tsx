// How long a request has left, in words. The words carry the meaning (colour only adds to it), and the text is not a
// live region: a screen reader reads it when the user reaches it, not every minute as it changes.
import { describeTimeLeft, timeLeft, dataRequestStatusLabels, type DataRequestStatus } from '@hearth/core';

export function TimeLeftText({ dueAt, now }: { dueAt: string; now: Date }) {
  const left = timeLeft({ dueAt }, now);
  const text = describeTimeLeft(left);
  if (left.state === 'overdue') return <strong className="hearth-time-left hearth-time-left--overdue">{text}</strong>;
  return (
    <span className="hearth-time-left">
      {text}
      {left.state === 'under_4_hours' && (
        <>
          {' '}
          <strong className="nhsuk-tag nhsuk-tag--orange">Under 4 hours</strong>
        </>
      )}
    </span>
  );
}

const statusColours: Record<DataRequestStatus, string> = {
  open: 'nhsuk-tag--blue',
  answered: 'nhsuk-tag--green',
  declined: 'nhsuk-tag--grey',
  withdrawn: 'nhsuk-tag--grey',
};

export function DataRequestStatusTag({ status }: { status: DataRequestStatus }) {
  return <strong className={`nhsuk-tag ${statusColours[status]}`}>{dataRequestStatusLabels[status]}</strong>;
}
