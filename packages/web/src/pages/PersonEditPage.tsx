// Editing a person's details; a closed record is shown as read-only instead.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { updatePerson } from '../api/people';
import { mayInService } from '../access/permissions';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { PersonForm } from '../people/PersonForm';
import { usePerson } from '../people/PersonLayout';
import { personFormFrom } from '../people/person-form-state';
import { useServices } from '../people/useServices';
import { useMe } from '../session/SessionContext';
import type { PersonPageState } from './PersonPage';

export function PersonEditPage() {
  const { person, reload, setPerson } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const services = useServices();
  // A new key after reloading starts the form again from the latest version.
  const [formKey, setFormKey] = useState(0);
  const recordPath = `/people/${person.id}`;

  if (person.isReadOnly || !mayInService(me, 'update', 'person', person.serviceId)) {
    return (
      <>
        <PageHeading title={`You cannot edit ${person.legalName}’s details`} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed because support has ended or the person has died. It is kept and can be read, but not changed.'
            : 'You do not have permission to change this record.'}
        </p>
        <p className="nhsuk-body">
          <Link to={recordPath}>Go to the record</Link>
        </p>
      </>
    );
  }
  if (services.kind === 'loading') return <Loading />;

  return (
    <>
      <PersonForm
        key={`${person.version}-${formKey}`}
        mode="edit"
        title={`Edit ${person.legalName}’s details`}
        initial={personFormFrom(person)}
        version={person.version}
        services={services.kind === 'ready' ? services.services : []}
        onSave={async (body) => {
          const updated = await updatePerson(person.id, body);
          setPerson(updated);
          void navigate(recordPath, { state: { saved: 'updated' } satisfies PersonPageState });
        }}
        onReloadLatest={() => {
          void reload().then(() => {
            setFormKey((k) => k + 1);
          });
        }}
        cancel={
          <Link className="nhsuk-link" to={recordPath}>
            Cancel
          </Link>
        }
      />
    </>
  );
}
