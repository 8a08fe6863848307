// One competence checklist or observation as it was recorded: every item with its answer and evidence or comment.
import {
  competenceAnswerLabels,
  competenceChecklistGroups,
  observationChecklistGroups,
  observationResultLabels,
  staffCompetenceCheckKindLabels,
  type StaffChecklistGroup,
  type StaffCompetenceCheckView,
} from '@hearth/core';
import { useParams } from 'react-router-dom';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { useLoaded } from '../plan-views/useLoaded';
import { checkSummaryText } from './check-text';
import { getCompetenceChecks, getStaffTraining } from './training-api';
import { trainingPaths } from './training-paths';

export function CheckPage() {
  const { staffId = '', checkId = '' } = useParams();
  const loaded = useLoaded(async () => {
    const [training, checks] = await Promise.all([getStaffTraining(staffId), getCompetenceChecks(staffId)]);
    return { name: training.staff.name, check: checks.checks.find((c) => c.id === checkId) ?? null };
  }, [staffId, checkId]);
  if (loaded.kind === 'loading') return <Loading what="Loading the check" />;
  if (loaded.kind === 'failed' || loaded.value.check === null)
    return (
      <>
        <BackLink to={trainingPaths.staff(staffId)}>Back to training</BackLink>
        <PageHeading title="Competence check" />
        <p className="nhsuk-body">{loaded.kind === 'failed' ? loaded.message : 'That check could not be found.'}</p>
      </>
    );
  const { name, check } = loaded.value;
  return (
    <>
      <BackLink to={trainingPaths.staff(staffId)}>Back to {name}&rsquo;s training</BackLink>
      <PageHeading title={`${staffCompetenceCheckKindLabels[check.kind]}, ${formatDate(check.completedOn)}`} caption={name}>
        {staffCompetenceCheckKindLabels[check.kind]}
      </PageHeading>
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(check.completedOn) },
          ...(check.kind === 'observation'
            ? [
                { key: 'Observer', value: [check.body.observer.name, check.body.observer.role].filter(Boolean).join(', ') },
                { key: 'Setting', value: check.body.setting },
              ]
            : []),
          { key: 'Summary', value: checkSummaryText(check) },
          { key: 'Recorded by', value: `${check.recordedBy.name}, ${formatDateTime(check.recordedAt)}` },
        ]}
      />
      <CheckItems check={check} />
      {check.kind === 'competence' && check.body.nextSteps && (
        <>
          <h2 className="nhsuk-heading-m">Next steps</h2>
          <p className="nhsuk-body hearth-pre-wrap">{check.body.nextSteps}</p>
        </>
      )}
      {check.kind === 'observation' && check.body.feedback && (
        <>
          <h2 className="nhsuk-heading-m">Feedback given</h2>
          <p className="nhsuk-body hearth-pre-wrap">{check.body.feedback}</p>
        </>
      )}
    </>
  );
}

function CheckItems({ check }: { check: StaffCompetenceCheckView }) {
  const answers = new Map<string, { label: string; note: string | null }>(
    check.kind === 'competence'
      ? check.body.answers.map((a) => [a.itemId, { label: competenceAnswerLabels[a.answer], note: a.evidence }])
      : check.body.items.map((i) => [i.itemId, { label: observationResultLabels[i.result], note: i.comment }]),
  );
  const groups: readonly StaffChecklistGroup[] =
    check.kind === 'competence' ? competenceChecklistGroups : observationChecklistGroups;
  return (
    <>
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`}>
          <h2 className="nhsuk-heading-m" id={`group-${group.key}`}>
            {group.title}
          </h2>
          <dl className="nhsuk-summary-list">
            {group.items.map((item) => {
              const a = answers.get(item.id);
              return (
                <div className="nhsuk-summary-list__row" key={item.id}>
                  <dt className="nhsuk-summary-list__key">{item.text}</dt>
                  <dd className="nhsuk-summary-list__value">
                    <strong>{a?.label ?? 'Not answered'}</strong>
                    {a?.note && <p className="nhsuk-body-s hearth-pre-wrap nhsuk-u-margin-bottom-0">{a.note}</p>}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
    </>
  );
}
