// Cancelling a planned visit: the visit is kept, marked cancelled with the reason given, so the round shows why
// nobody went. Back to the day's rounds when done.
import { londonDay, plannedVisitCancelBodySchema, type PlannedVisitView } from '@hearth/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { cancelPlannedVisit, getPlannedVisit } from '../api/planned-visits';
import { mayInService } from '../access/permissions';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { displayName } from '../format';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { NotFoundContent } from '../pages/NotFoundPage';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { clockAt } from '../visit-records/visit-tags';
import { roundsPath, type RoundsNotice } from './RoundsPage';
import { longDay } from './visit-days';

export function CancelVisitPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const loaded = useLoaded(() => getPlannedVisit(id), [id]);
  if (loaded.kind === 'loading') return <Loading what="Loading the visit" />;
  if (loaded.kind === 'failed') {
    if (loaded.status === 403 || loaded.status === 404 || loaded.status === 400) return <NotFoundContent />;
    return (
      <>
        <PageHeading title="Cancel a visit" />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  }
  if (!mayInService(me, 'update', 'planned_visit', loaded.value.serviceId)) return <NotFoundContent />;
  return <CancelForm visit={loaded.value} />;
}

function CancelForm({ visit }: { visit: PlannedVisitView }) {
  const navigate = useNavigate();
  const [reason, setReason] = useState('');
  const day = londonDay(new Date(visit.startsAt));
  const back = roundsPath(visit.serviceId, day);
  const when = `${longDay(day)}, ${clockAt(visit.startsAt)} to ${clockAt(visit.endsAt)}`;
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => plannedVisitCancelBodySchema.safeParse({ reason }),
    send: (body) => cancelPlannedVisit(visit.id, body),
    saved: () => {
      const notice = `The visit to ${displayName(visit.person)} on ${when} is cancelled.`;
      void navigate(back, { state: { notice } satisfies RoundsNotice });
    },
  });

  return (
    <>
      <BackLink to={back}>Back to the rounds</BackLink>
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      <PageHeading title="Cancel a visit" hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <SummaryList
        rows={[
          { key: 'Person', value: displayName(visit.person) },
          { key: 'Care worker', value: visit.staff.name },
          { key: 'When', value: when },
          ...(visit.label ? [{ key: 'Visit', value: visit.label }] : []),
        ]}
      />
      {visit.cancellation ? (
        <p className="nhsuk-body">
          This visit was cancelled already by {visit.cancellation.cancelledBy.name}: {visit.cancellation.reason}
        </p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <Textarea
            name="reason"
            label="Why is the visit cancelled?"
            hint="For example, the person is in hospital or is staying with family. The visit stays on the round, marked cancelled with this reason."
            value={reason}
            onChange={setReason}
            error={form.errorFor('reason')}
          />
          <button className="nhsuk-button nhsuk-button--warning" type="submit" disabled={saving}>
            {saving ? 'Cancelling…' : 'Cancel the visit'}
          </button>
        </form>
      )}
    </>
  );
}
