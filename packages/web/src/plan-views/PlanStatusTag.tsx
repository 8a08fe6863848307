// A plan version's status as a coloured tag, in the words of the core lifecycle.
import { planStatusLabels, type PlanStatus } from '@hearth/core';

const colours: Record<PlanStatus, string> = {
  draft: 'nhsuk-tag--yellow',
  agreed: 'nhsuk-tag--blue',
  in_use: 'nhsuk-tag--green',
  under_review: 'nhsuk-tag--orange',
  superseded: 'nhsuk-tag--grey',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <strong className={`nhsuk-tag ${colours[status]}`}>{planStatusLabels[status]}</strong>;
}
