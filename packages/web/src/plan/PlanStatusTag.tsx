// A plan version's status as a coloured tag.
import { planStatusLabels, type PlanStatus } from '@hearth/core';

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <strong className={`nhsuk-tag ${statusClass[status]}`}>{planStatusLabels[status]}</strong>;
}
const statusClass: Record<PlanStatus, string> = {
  draft: 'nhsuk-tag--grey',
  agreed: 'nhsuk-tag--blue',
  in_use: 'nhsuk-tag--green',
  under_review: 'nhsuk-tag--orange',
  superseded: 'nhsuk-tag--grey',
};
