// One version of a person's plan exactly as it was: how and when it was agreed, who took part, and every section.
import { agreementMethodLabels, type PlanVersion } from '@hearth/core';
import { Link, useParams } from 'react-router-dom';
import { getPlanVersion, getSectionDefinitions } from '../api/plan-views';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { NotFoundContent } from '../pages/NotFoundPage';
import { describeInvolvement, PlanLabels } from './plan-labels';
import { PlanSectionView } from './PlanSectionView';
import { PlanStatusTag } from './PlanStatusTag';
import { useLoaded } from './useLoaded';
import './plan-views.css';

export function PlanVersionPage() {
  const { person } = usePerson();
  const { version = '' } = useParams();
  const number = /^\d{1,6}$/.test(version) ? Number(version) : null;
  const loaded = useLoaded(async () => {
    if (number === null || number < 1) return null;
    const [planVersion, definitions] = await Promise.all([getPlanVersion(person.id, number), getSectionDefinitions()]);
    return { planVersion, labels: new PlanLabels(definitions) };
  }, [person.id, number]);

  if (
    number === null ||
    (loaded.kind === 'ready' && loaded.value === null) ||
    (loaded.kind === 'failed' && loaded.status === 404)
  ) {
    return <NotFoundContent />;
  }
  return (
    <>
      <PageHeading title={`Version ${number} of ${person.legalName}’s plan`} caption={person.legalName}>
        Care and support plan, version {number}
      </PageHeading>
      <p className="nhsuk-body">
        <Link to={`/people/${person.id}/plan/versions`}>All versions of the plan</Link>
      </p>
      {loaded.kind === 'loading' && <Loading what="Loading the version" />}
      {loaded.kind === 'failed' && <p className="nhsuk-body">{loaded.message}</p>}
      {loaded.kind === 'ready' && loaded.value && (
        <VersionContent planVersion={loaded.value.planVersion} labels={loaded.value.labels} />
      )}
    </>
  );
}

function VersionContent({ planVersion, labels }: { planVersion: PlanVersion; labels: PlanLabels }) {
  const { content, agreement } = planVersion;
  const about: SummaryRow[] = [
    { key: 'Status', value: <PlanStatusTag status={planVersion.status} /> },
    { key: 'Reason for this version', value: planVersion.reason ?? 'No reason given' },
    { key: 'Created', value: `${formatDateTime(planVersion.createdAt)} by ${planVersion.createdBy.name}` },
    {
      key: 'Agreed',
      value: agreement
        ? `${formatDate(agreement.date)} by ${agreement.agreedBy}: ${agreementMethodLabels[agreement.method]}`
        : 'Not agreed yet',
    },
    ...(agreement?.witness ? [{ key: 'Witness', value: agreement.witness }] : []),
    ...(agreement?.authority ? [{ key: 'Authority', value: agreement.authority }] : []),
    ...(agreement?.bestInterestsDecision ? [{ key: 'Best-interests decision', value: agreement.bestInterestsDecision }] : []),
    ...(planVersion.agreedAt && planVersion.agreedBy
      ? [{ key: 'Agreement recorded', value: `${formatDateTime(planVersion.agreedAt)} by ${planVersion.agreedBy.name}` }]
      : []),
    ...(planVersion.reviewTrigger ? [{ key: 'Review prompted by', value: planVersion.reviewTrigger.replace(/_/g, ' ') }] : []),
    { key: 'Written in the person’s own words', value: content.writtenInFirstPerson ? 'Yes' : 'No' },
  ];
  return (
    <>
      <h2 className="nhsuk-heading-m">About this version</h2>
      <SummaryList rows={about} />
      <h2 className="nhsuk-heading-m">Who took part</h2>
      {content.involvement.length === 0 ? (
        <p className="nhsuk-body">No one is recorded as taking part.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {content.involvement.map((i, index) => (
            <li key={index}>{describeInvolvement(i)}</li>
          ))}
        </ul>
      )}
      {content.sections.length === 0 && <p className="nhsuk-body">This version has no sections.</p>}
      {content.sections.map((section) => (
        <PlanSectionView key={section.sectionKey} section={section} labels={labels} />
      ))}
    </>
  );
}
