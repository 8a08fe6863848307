// One line on the person's behaviour support page saying where their plan stands: not written, proposed, or in use
// and when it is to be reviewed.
import { bspReviewStatusLabels } from '@hearth/core';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { getBehaviourSupportPlan } from './bsp-api';

export function BspHubStatus({ personId }: { personId: string }) {
  const plan = useLoaded(() => getBehaviourSupportPlan(personId), [personId]);
  if (plan.kind !== 'ready') return null;
  const { inUse, proposed, review } = plan.value;
  const parts = [
    inUse ? `Version ${inUse.version} in use` : proposed ? 'Not agreed yet' : 'Not written yet',
    ...(review ? [`review by ${formatDate(review.dueBy)} (${bspReviewStatusLabels[review.status].toLowerCase()})`] : []),
    ...(proposed ? [`version ${proposed.version} proposed`] : []),
  ];
  return <p className="nhsuk-body-s">{parts.join('; ')}.</p>;
}
