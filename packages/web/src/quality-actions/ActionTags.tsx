// An action's status as a coloured tag, and the "Overdue" tag beside it.
import type { QualityActionStatus } from '@hearth/core';

export const actionStatusLabels: Record<QualityActionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

const colours: Record<QualityActionStatus, string> = {
  open: 'nhsuk-tag--blue',
  in_progress: 'nhsuk-tag--yellow',
  done: 'nhsuk-tag--green',
  cancelled: 'nhsuk-tag--grey',
};

export function ActionStatusTag({ status }: { status: QualityActionStatus }) {
  return <strong className={`nhsuk-tag ${colours[status]}`}>{actionStatusLabels[status]}</strong>;
}

export function OverdueTag() {
  return <strong className="nhsuk-tag nhsuk-tag--red">Overdue</strong>;
}
