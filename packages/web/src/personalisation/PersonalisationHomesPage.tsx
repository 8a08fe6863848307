// Personalisation: the care homes the user may see, each with its latest self-assessment and priorities.
import type { ServicePersonalisation } from '@hearth/core';
import { Link } from 'react-router-dom';
import { isApiError } from '../api/client';
import { getHomePersonalisation } from '../api/personalisation';
import { listServices } from '../api/staff';
import { mayAnywhere } from '../access/permissions';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDate } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { useSession } from '../session/SessionContext';

/** The care homes whose self-assessments the user may read; a home they may not read is left out. */
async function loadHomes(): Promise<ServicePersonalisation[]> {
  const homes = (await listServices()).filter((s) => s.kind === 'care_home');
  const loaded = await Promise.all(homes.map(async (s) => {
    try {
      return await getHomePersonalisation(s.id);
    } catch (error) {
      if (isApiError(error, 'forbidden')) return null;
      throw error;
    }
  }));
  return loaded.filter((h): h is ServicePersonalisation => h !== null);
}

export function PersonalisationHomesPage() {
  const { state } = useSession();
  const me = state.status === 'signed_in' ? state.me : null;
  const homes = useLoaded(loadHomes, []);
  return (
    <>
      <PageHeading title="Personalisation" />
      <p className="nhsuk-body">
        Each care home&rsquo;s personalisation action plan: a self-assessment, made with residents, relatives and staff,
        of where the home is now in each area of personalised care, the priorities agreed, and the actions to improve them.
      </p>
      {me && mayAnywhere(me, 'update', 'personalisation_areas') && (
        <p className="nhsuk-body">
          <Link to="/personalisation/areas">Change the areas of personalised care</Link>
        </p>
      )}
      {homes.kind === 'loading' && <Loading what="Loading the care homes" />}
      {homes.kind === 'failed' && <p className="nhsuk-body">{homes.message}</p>}
      {homes.kind === 'ready' && homes.value.length === 0 && <p className="nhsuk-body">There are no care homes you can see.</p>}
      {homes.kind === 'ready' && homes.value.length > 0 && (
        <ResponsiveTable caption="Care homes and their latest self-assessment" headings={['Care home', 'Latest self-assessment', 'Priorities']}>
          {homes.value.map((h) => (
            <tr className="nhsuk-table__row" role="row" key={h.service.id}>
              <ResponsiveCell heading="Care home">
                <Link to={`/personalisation/${h.service.id}`}>{h.service.name}</Link>
              </ResponsiveCell>
              <ResponsiveCell heading="Latest self-assessment">{h.latest ? formatDate(h.latest.agreedOn) : 'None yet'}</ResponsiveCell>
              <ResponsiveCell heading="Priorities">
                {h.latest ? (
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    {h.latest.priorities.map((p) => <li key={p.areaId}>{p.title}</li>)}
                  </ul>
                ) : (
                  'None yet'
                )}
              </ResponsiveCell>
            </tr>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
