// For the person themselves: who has looked at their record (staff and the people they share it with), and when.
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { RecordViews } from '@hearth/core';
import { isApiError } from '../api/client';
import { getRecordViews } from '../api/shared';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate, formatDateTime } from '../format';

const headings = ['Who', 'Day', 'Last time that day', 'Times'];

type Load = { status: 'loading' } | { status: 'ready'; views: RecordViews['views'] } | { status: 'refused' } | { status: 'failed' };

export function SharedRecordViewsPage() {
  const { personId = '' } = useParams();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    getRecordViews(personId)
      .then((r) => {
        setLoad({ status: 'ready', views: r.views });
      })
      .catch((error: unknown) => {
        setLoad({ status: isApiError(error) && (error.status === 403 || error.status === 404) ? 'refused' : 'failed' });
      });
  }, [personId]);

  if (load.status === 'loading') return <Loading />;
  if (load.status !== 'ready') {
    return (
      <>
        <PageHeading title="Who has looked at my record" />
        <p className="nhsuk-body">{load.status === 'refused' ? 'Only the person the record is about can see this.' : 'Something went wrong. Try again in a moment.'}</p>
        <p className="nhsuk-body"><Link to="/shared">Back to shared records</Link></p>
      </>
    );
  }
  return (
    <>
      <PageHeading title="Who has looked at my record" />
      <p className="nhsuk-body">Everyone who read or changed your record, by day. Hearth keeps this list and nobody can change it.</p>
      {load.views.length === 0 ? (
        <p className="nhsuk-body">Nobody yet.</p>
      ) : (
        <ResponsiveTable caption="Who looked at your record" headings={headings}>
          {load.views.map((v) => (
            <tr className="nhsuk-table__row" role="row" key={`${v.who}-${v.on}-${v.kind}`}>
              <ResponsiveCell heading="Who">
                {v.who} ({v.kind === 'staff' ? 'care staff' : 'someone you share with'})
              </ResponsiveCell>
              <ResponsiveCell heading="Day">{formatDate(v.on)}</ResponsiveCell>
              <ResponsiveCell heading="Last time that day">{formatDateTime(v.lastAt)}</ResponsiveCell>
              <ResponsiveCell heading="Times">{v.times}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
      <p className="nhsuk-body">
        <Link to={`/shared/people/${personId}`}>Back to my record</Link>
      </p>
    </>
  );
}
