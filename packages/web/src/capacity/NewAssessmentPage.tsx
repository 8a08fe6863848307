// Recording a decision-specific capacity assessment, or one replacing an earlier assessment (?supersedes=<id>).
// Checked with the server's schema first, so the same field errors show before anything is sent; saving signs it.
import { capacityAssessmentBodySchema, capacityAssessmentDateErrors, planAgreementDecisionRef, sharingDecisionRef, type CapacityAssessmentView, type DecisionRef } from '@hearth/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { recordCapacityAssessment } from '../api/capacity';
import { ErrorSummary } from '../components/ErrorSummary';
import { ErrorMessage, Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { SummaryList } from '../components/SummaryList';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { assessmentBody, emptyAssessmentForm, placeAssessmentErrors, replacing, type AssessmentForm } from './assessment-form';
import { assessmentRows } from './assessment-summary';
import { DecisionFields, OutcomeFields, PracticableStepsFields, StageOneFields, StageTwoFields } from './AssessmentFieldsets';
import { capacityPath } from './capacity-paths';
import type { CapacityPageState } from './CapacityPage';
import { withRuleErrors } from './checked';
import { loadCapacityForm } from './load-capacity-form';
import type { SectionOption } from './section-options';
import { roleLabelIn } from './staff-role';

export function NewAssessmentPage() {
  const { person } = usePerson();
  const me = useMe();
  const [searchParams] = useSearchParams();
  const supersedes = searchParams.get('supersedes');
  const known = knownDecisions.find((d) => d.decisionKey === searchParams.get('decision')) ?? null;
  const loaded = useLoaded(() => loadCapacityForm(person.id), [person.id]);
  const title = supersedes ? 'Replace a capacity assessment' : 'Record a capacity assessment';
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'capacity_assessment', person.serviceId);

  if (!mayRecord) {
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">You cannot record capacity assessments for this person. A senior care worker or manager can.</p>
      </>
    );
  }
  if (loaded.kind === 'loading') return <Loading what="Loading their capacity assessments" />;
  if (loaded.kind === 'failed') {
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  }
  const { capacity, sectionsFor } = loaded.value;
  const replaced = supersedes === null ? null : (capacity.assessments.find((a) => a.id === supersedes) ?? null);
  if (supersedes !== null && (replaced === null || !replaced.inForce)) {
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {replaced === null
            ? 'That assessment could not be found for this person.'
            : 'That assessment has already been replaced by a later one. Replace the assessment in force for the decision instead.'}
        </p>
        <p className="nhsuk-body">
          <Link className="nhsuk-link" to={capacityPath(person.id)}>
            Back to mental capacity
          </Link>
        </p>
      </>
    );
  }
  return (
    <AssessmentFormPage
      title={title}
      replaced={replaced}
      known={known}
      sectionsFor={sectionsFor}
      assessor={{ name: me.name, role: roleLabelIn(me, person.serviceId) }}
    />
  );
}

/** Decisions Hearth itself acts on: an assessment of one keeps its key, so the rule that needs it can find it. */
const knownDecisions: readonly (DecisionRef & { decisionKey: string })[] = [sharingDecisionRef, planAgreementDecisionRef];

interface FormPageProps {
  title: string;
  replaced: CapacityAssessmentView | null;
  known: (DecisionRef & { decisionKey: string }) | null;
  sectionsFor: (chosen: readonly string[]) => SectionOption[];
  assessor: { name: string; role: string };
}

function AssessmentFormPage({ title, replaced, known, sectionsFor, assessor }: FormPageProps) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<AssessmentForm>(() => {
    const empty = emptyAssessmentForm(londonToday(), assessor);
    if (replaced) return replacing(empty, replaced);
    return known ? { ...empty, decision: known.decision, decisionKey: known.decisionKey } : empty;
  });
  const [sections] = useState(() => sectionsFor(replaced?.sectionKeys ?? []));
  const set = (patch: Partial<AssessmentForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const { form: errors, saving, onSubmit } = useCheckedSubmit({
    check: () =>
      withRuleErrors(capacityAssessmentBodySchema.safeParse(assessmentBody(form)), (body) =>
        capacityAssessmentDateErrors(body, londonToday()),
      ),
    send: () => recordCapacityAssessment(person.id, assessmentBody(form)),
    saved: () => {
      void navigate(capacityPath(person.id), { state: { saved: 'assessment' } satisfies CapacityPageState });
    },
    placeErrors: placeAssessmentErrors,
  });
  const fieldProps = { form, name, set, errorFor: errors.errorFor };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={title} caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
        <p className="nhsuk-body">
          Assess {name}&rsquo;s capacity to make one decision, at the time it needs to be made. Start from the assumption that{' '}
          {name} can decide, and record what was done to help them.
        </p>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Saving signs the assessment in your name. A signed assessment cannot be changed, only replaced: if it needs
            correcting, or their capacity changes, record a new assessment that replaces it and say why. The earlier one is
            kept and can still be read.
          </p>
        </div>
        {replaced && (
          <>
            <h2 className="nhsuk-heading-m" id="supersedes" tabIndex={-1}>
              The assessment this replaces
            </h2>
            <ErrorMessage message={errors.errorFor('supersedes')} />
            <p className="nhsuk-body">
              <strong>{replaced.decision}</strong>
            </p>
            <SummaryList rows={assessmentRows(replaced)} />
          </>
        )}
        <form onSubmit={onSubmit} noValidate>
          {replaced && (
            <Textarea
              name="supersedeReason"
              label="Why does this assessment replace the earlier one?"
              hint="For example, their capacity has changed, the reassessment date has come, or the earlier one was incomplete."
              value={form.supersedeReason}
              onChange={(v) => {
                set({ supersedeReason: v });
              }}
              error={errors.errorFor('supersedeReason')}
            />
          )}
          <h2 className="nhsuk-heading-m">The decision and who assessed</h2>
          <DecisionFields {...fieldProps} sections={sections} />
          <h2 className="nhsuk-heading-m">Helping them decide</h2>
          <PracticableStepsFields {...fieldProps} />
          <h2 className="nhsuk-heading-m">Stage 1: is there an impairment?</h2>
          <StageOneFields {...fieldProps} />
          {form.impairment === 'yes' && <StageTwoFields {...fieldProps} />}
          <h2 className="nhsuk-heading-m">Outcome</h2>
          <OutcomeFields {...fieldProps} />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Sign and save the assessment'}
          </button>
        </form>
      </div>
    </div>
  );
}
