// Small coloured labels for a person's status and a staff account's status.
import { personStatusLabels, type PersonStatus } from '@hearth/core';

const personStatusColours: Record<PersonStatus, string> = {
  active: 'nhsuk-tag--green',
  in_hospital: 'nhsuk-tag--orange',
  ended: 'nhsuk-tag--grey',
  died: 'nhsuk-tag--grey',
};

export function PersonStatusTag({ status }: { status: PersonStatus }) {
  return <strong className={`nhsuk-tag ${personStatusColours[status]}`}>{personStatusLabels[status]}</strong>;
}

export function StaffStatusTag({ status }: { status: 'active' | 'deactivated' }) {
  return status === 'active' ? (
    <strong className="nhsuk-tag nhsuk-tag--green">Active</strong>
  ) : (
    <strong className="nhsuk-tag nhsuk-tag--grey">Deactivated</strong>
  );
}
