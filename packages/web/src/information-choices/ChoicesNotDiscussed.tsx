// For the manager's dashboard: people supported now whose information choices are not yet discussed, or due for
// review, each linking to the person's page.
import { Link } from 'react-router-dom';
import { getChoicesNotDiscussed } from '../api/information-choices';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { displayName, formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { ChoicesStatusTag } from './choices-summary';

export function ChoicesNotDiscussed() {
  const loaded = useLoaded(() => getChoicesNotDiscussed(), []);
  // Someone who may not read information choices has nothing to act on here.
  if (loaded.kind !== 'ready') return null;
  const rows = loaded.value;
  return (
    <section aria-labelledby="choices-not-discussed">
      <h2 className="nhsuk-heading-m" id="choices-not-discussed">
        Information choices not yet discussed
      </h2>
      {rows.length === 0 ? (
        <p className="nhsuk-body">
          Everyone has talked with us about how they want their records kept, and none is due for review.
        </p>
      ) : (
        <ResponsiveTable
          caption="People whose information choices need a conversation"
          headings={['Person', 'Status', 'Review was due']}
        >
          {rows.map((r) => (
            <tr className="nhsuk-table__row" role="row" key={r.personId}>
              <ResponsiveCell heading="Person">
                <Link to={`/people/${r.personId}`}>{displayName(r)}</Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Status">
                <ChoicesStatusTag status={r.status} />
              </ResponsiveCell>
              <ResponsiveCell heading="Review was due">{r.reviewOn ? formatDate(r.reviewOn) : 'Never discussed'}</ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </section>
  );
}
