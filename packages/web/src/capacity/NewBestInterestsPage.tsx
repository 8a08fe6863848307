// Recording a best-interests decision on an assessment in force that found the person lacks capacity for it.
// The decision is the assessment's own; the form is checked with the server's schema and dates before sending.
import {
  bestInterestsAllowed,
  bestInterestsBodySchema,
  bestInterestsDateErrors,
  type CapacityAssessmentView,
} from '@hearth/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { recordBestInterestsDecision } from '../api/capacity';
import { ErrorSummary } from '../components/ErrorSummary';
import { ErrorMessage } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useFocusRequest } from '../plan/useFocusRequest';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { assessmentRows } from './assessment-summary';
import { bestInterestsBody, emptyBestInterestsForm, type BestInterestsForm } from './best-interests-form';
import { ChecklistFields, DecisionMadeFields, DecisionMakerFields } from './BestInterestsFieldsets';
import { ConsultedFields, OptionsFields } from './BestInterestsRows';
import { capacityPath } from './capacity-paths';
import type { CapacityPageState } from './CapacityPage';
import { withRuleErrors } from './checked';
import { loadCapacityForm } from './load-capacity-form';
import type { SectionOption } from './section-options';
import { roleLabelIn } from './staff-role';

const title = 'Record a best-interests decision';

export function NewBestInterestsPage() {
  const { person } = usePerson();
  const me = useMe();
  const { assessmentId = '' } = useParams();
  const loaded = useLoaded(() => loadCapacityForm(person.id), [person.id]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'best_interests_decision', person.serviceId);
  const notice = (text: string) => (
    <>
      <PageHeading title={title} caption={person.legalName} />
      <p className="nhsuk-body">{text}</p>
      <p className="nhsuk-body">
        <Link className="nhsuk-link" to={capacityPath(person.id)}>
          Back to mental capacity
        </Link>
      </p>
    </>
  );

  if (!mayRecord) return notice('You cannot record best-interests decisions for this person. A senior care worker or manager can.');
  if (loaded.kind === 'loading') return <Loading what="Loading their capacity assessments" />;
  if (loaded.kind === 'failed') return notice(loaded.message);
  const { capacity, sectionsFor } = loaded.value;
  const assessment = capacity.assessments.find((a) => a.id === assessmentId);
  if (!assessment) return notice('That capacity assessment could not be found for this person.');
  // The rule the server applies, so the form is only offered where saving can work.
  const permission = bestInterestsAllowed(
    { decision: assessment.decision, decisionKey: assessment.decisionKey, assessmentId: assessment.id },
    capacity.assessments,
  );
  if (!permission.allowed) return notice(permission.message);
  return (
    <BestInterestsFormPage
      assessment={assessment}
      sections={sectionsFor(assessment.sectionKeys)}
      maker={{ name: me.name, role: roleLabelIn(me, person.serviceId) }}
    />
  );
}

interface FormPageProps {
  assessment: CapacityAssessmentView;
  sections: SectionOption[];
  maker: { name: string; role: string };
}

function BestInterestsFormPage({ assessment, sections, maker }: FormPageProps) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const onFocusRequest = useFocusRequest();
  const [form, setForm] = useState<BestInterestsForm>(() => emptyBestInterestsForm(londonToday(), maker, assessment));
  const set = (patch: Partial<BestInterestsForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const { form: errors, saving, onSubmit } = useCheckedSubmit({
    check: () =>
      withRuleErrors(bestInterestsBodySchema.safeParse(bestInterestsBody(form, assessment)), (body) =>
        bestInterestsDateErrors(body, assessment, londonToday()),
      ),
    send: () => recordBestInterestsDecision(person.id, bestInterestsBody(form, assessment)),
    saved: () => {
      void navigate(capacityPath(person.id), { state: { saved: 'best_interests' } satisfies CapacityPageState });
    },
  });
  const fieldProps = { form, name, set, errorFor: errors.errorFor };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={title} caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
        <p className="nhsuk-body">
          {name} has been assessed as lacking capacity to make this decision. Work through the best-interests checklist with
          the people who know {name}, and record the decision that is in their best interests. A recorded decision is kept as
          it was saved.
        </p>
        {/* The target of the error summary's link when the server refuses the assessment (replaced meanwhile, say). */}
        <h2 className="nhsuk-heading-m" id="assessmentId" tabIndex={-1}>
          The decision in question
        </h2>
        <ErrorMessage message={errors.errorFor('assessmentId')} />
        <p className="nhsuk-body">
          <strong>{assessment.decision}</strong>
        </p>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">The capacity assessment this rests on</span>
          </summary>
          <div className="nhsuk-details__text">
            <SummaryList rows={assessmentRows(assessment)} />
          </div>
        </details>
        <form onSubmit={onSubmit} noValidate>
          <DecisionMakerFields {...fieldProps} />
          <h2 className="nhsuk-heading-m">The best-interests checklist</h2>
          <ChecklistFields {...fieldProps} />
          <h2 className="nhsuk-heading-m">People consulted</h2>
          <ConsultedFields {...fieldProps} onFocusRequest={onFocusRequest} />
          <h2 className="nhsuk-heading-m">Less restrictive options considered</h2>
          <OptionsFields {...fieldProps} onFocusRequest={onFocusRequest} />
          <h2 className="nhsuk-heading-m">The decision</h2>
          <DecisionMadeFields {...fieldProps} sections={sections} />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the best-interests decision'}
          </button>
        </form>
      </div>
    </div>
  );
}
