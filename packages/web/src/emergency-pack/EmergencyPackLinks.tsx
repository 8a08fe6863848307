// On the plans page, beside the paper packs out of date: where to print a whole service's packs at once, for the
// services whose packs the reader may print.
import { Link } from 'react-router-dom';
import { listServices } from '../api/staff';
import { mayInService } from '../access/permissions';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';

export function EmergencyPackLinks() {
  const me = useMe();
  const services = useLoaded(listServices, []);
  if (services.kind !== 'ready') return null;
  const printable = services.value.filter((s) => mayInService(me, 'update', 'care_plan', s.id));
  if (printable.length === 0) return null;
  return (
    <section aria-labelledby="emergency-packs">
      <h2 className="nhsuk-heading-m" id="emergency-packs">
        Emergency packs
      </h2>
      <p className="nhsuk-body">
        Print the pack of everyone with a plan in use in one step, as one PDF, in case Hearth cannot be reached.
      </p>
      <ul className="nhsuk-list">
        {printable.map((s) => (
          <li key={s.id}>
            <Link to={`/services/${s.id}/emergency-pack`}>Print the emergency pack for {s.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
