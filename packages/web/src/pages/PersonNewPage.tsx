// Adding a person to the register.
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { createPerson } from '../api/people';
import { mayAnywhere, mayInService } from '../access/permissions';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { PersonForm } from '../people/PersonForm';
import { emptyPersonForm } from '../people/person-form-state';
import { useServices } from '../people/useServices';
import { useMe } from '../session/SessionContext';
import type { PersonPageState } from './PersonPage';

export function PersonNewPage() {
  const me = useMe();
  const navigate = useNavigate();
  const services = useServices();

  if (!mayAnywhere(me, 'create', 'person')) return <Navigate to="/people" replace />;
  if (services.kind === 'loading') return <Loading />;
  if (services.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{services.message} Try again later.</p>
      </>
    );
  }
  const usable = services.services.filter((s) => mayInService(me, 'create', 'person', s.id));
  // With one service to choose from, choose it for the user.
  const initialService = usable.length === 1 && usable[0] ? usable[0].id : '';

  return (
    <>
      <BackLink to="/people">Back to people</BackLink>
      <PersonForm
        mode="create"
        title="Add a person"
        initial={emptyPersonForm(initialService)}
        services={services.services}
        onSave={async (body) => {
          const person = await createPerson(body);
          void navigate(`/people/${person.id}`, { state: { saved: 'created' } satisfies PersonPageState });
        }}
        cancel={
          <Link className="nhsuk-link" to="/people">
            Cancel
          </Link>
        }
      />
    </>
  );
}
