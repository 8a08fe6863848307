// Coloured labels for how training stands: a record's status, certified restrictive-practice training, a topic.
import { rrnStandingLabels, staffTrainingStatusLabels, type RrnStanding, type StaffTrainingStatus } from '@hearth/core';

const statusColours: Record<StaffTrainingStatus, string> = {
  current: 'nhsuk-tag--green',
  expires_soon: 'nhsuk-tag--yellow',
  expired: 'nhsuk-tag--red',
  no_expiry: 'nhsuk-tag--blue',
};

export function TrainingStatusTag({ status }: { status: StaffTrainingStatus | 'none' }) {
  if (status === 'none') return <strong className="nhsuk-tag nhsuk-tag--grey">None recorded</strong>;
  return <strong className={`nhsuk-tag ${statusColours[status]}`}>{staffTrainingStatusLabels[status]}</strong>;
}

const standingColours: Record<RrnStanding, string> = {
  current: 'nhsuk-tag--green',
  expires_soon: 'nhsuk-tag--yellow',
  expired: 'nhsuk-tag--red',
  missing: 'nhsuk-tag--grey',
};

export function RrnStandingTag({ standing }: { standing: RrnStanding }) {
  return <strong className={`nhsuk-tag ${standingColours[standing]}`}>{rrnStandingLabels[standing]}</strong>;
}
