// Writing one section of the draft: loads the plan and the section's definition, checks the user may write it,
// and hands over to the editor (section-editor/). A reload after a stale save starts the editor again from the latest draft.
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { NotFoundContent } from '../pages/NotFoundPage';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { planPath, planPermissions } from './plan-model';
import { SectionEditor } from './section-editor/SectionEditor';
import { usePlanData } from './usePlanData';
import './plan.css';

export function SectionEditPage() {
  const { person } = usePerson();
  const me = useMe();
  const { key = '' } = useParams();
  const { data, reload } = usePlanData(person.id);
  // A new key after reloading starts the form again from the latest draft.
  const [formKey, setFormKey] = useState(0);

  if (data.kind === 'loading') return <Loading what="Loading the section" />;
  if (data.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{data.message} Try again later.</p>
      </>
    );
  }
  const definition = data.sections.find((s) => s.key === key);
  if (!definition) return <NotFoundContent />;
  if (!planPermissions(me, person).mayWrite) {
    return (
      <>
        <PageHeading title="You cannot change this plan" />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed, so its plan is kept as it was.'
            : 'You do not have permission to write care and support plans.'}
        </p>
        <p className="nhsuk-body">
          <Link to={planPath(person.id)}>Go to the plan</Link>
        </p>
      </>
    );
  }
  const plan = data.plan;
  return (
    <SectionEditor
      key={`${plan.draft?.revision ?? 0}-${formKey}`}
      personId={person.id}
      definition={definition}
      definitions={data.sections}
      plan={plan}
      onReloadLatest={() => {
        void reload().then(() => {
          setFormKey((k) => k + 1);
        });
      }}
    />
  );
}
