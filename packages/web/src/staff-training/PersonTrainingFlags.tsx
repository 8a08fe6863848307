// On a person's behaviour support page: the staff supporting them whose restrictive-practice training needs
// attention, for readers who keep training in the person's service. Shows nothing otherwise, or while loading.
import { mayInService } from '../access/permissions';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { getPersonTrainingFlags } from './training-api';
import { TrainingFlagList } from './TrainingFlagList';

export function PersonTrainingFlags({ person }: { person: { id: string; serviceId: string } }) {
  const me = useMe();
  if (!mayInService(me, 'list', 'staff_training', person.serviceId)) return null;
  return <Flags personId={person.id} />;
}

function Flags({ personId }: { personId: string }) {
  const loaded = useLoaded(() => getPersonTrainingFlags(personId), [personId]);
  if (loaded.kind !== 'ready') return null;
  return <TrainingFlagList flags={loaded.value.flags} headingId="person-training-flags-heading" aboutOnePerson />;
}
