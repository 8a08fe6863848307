// Reviewing the version of the behaviour support plan in use: who took part, what was found (the ABC records,
// incidents, any restrictive practice used), the person's words, what happens next and when it is next reviewed.
import {
  bspPastDateErrors,
  bspReviewBodySchema,
  bspReviewDateErrors,
  bspReviewOutcomeLabels,
  bspReviewOutcomes,
  type BspVersionView,
} from '@hearth/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { DateInput, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { Radios } from '../plan/Radios';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { getBehaviourSupportPlan, reviewBehaviourSupportPlanVersion } from './bsp-api';
import { londonDateOf } from './bsp-form';
import { bspPaths, type BspPageState } from './bsp-paths';

interface ReviewForm {
  reviewedOn: DateParts;
  whoTookPart: string;
  findings: string;
  restrictivePracticeUse: string;
  outcome: string;
  personsWords: string;
  nextReviewBy: DateParts;
}

export function BspReviewPage() {
  const { person } = usePerson();
  const me = useMe();
  const plan = useLoaded(() => getBehaviourSupportPlan(person.id), [person.id]);
  const title = 'Review the behaviour support plan';
  if (person.isReadOnly || !mayInService(me, 'create', 'behaviour_support_plan', person.serviceId))
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'A senior care worker or registered manager records reviews.'}
        </p>
      </>
    );
  if (plan.kind === 'loading') return <Loading what="Loading the behaviour support plan" />;
  if (plan.kind === 'failed') return <p className="nhsuk-body">{plan.message}</p>;
  if (!plan.value.inUse)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">No version has been agreed yet, so there is no plan in use to review.</p>
        <BackLink to={bspPaths.plan(person.id)}>Back to the behaviour support plan</BackLink>
      </>
    );
  return <ReviewFormView inUse={plan.value.inUse} />;
}

function ReviewFormView({ inUse }: { inUse: BspVersionView }) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [form, setForm] = useState<ReviewForm>({
    reviewedOn: emptyDate,
    whoTookPart: '',
    findings: '',
    restrictivePracticeUse: '',
    outcome: '',
    personsWords: '',
    nextReviewBy: emptyDate,
  });
  const set = (patch: Partial<ReviewForm>) => {
    setForm((f) => ({ ...f, ...patch }));
  };
  const body = () => ({
    review: {
      reviewedOn: partsToDate(form.reviewedOn),
      whoTookPart: form.whoTookPart,
      findings: form.findings,
      restrictivePracticeUse: form.restrictivePracticeUse,
      ...(form.outcome === '' ? {} : { outcome: form.outcome }),
      personsWords: form.personsWords,
    },
    nextReviewBy: partsToDate(form.nextReviewBy),
  });
  const {
    form: errors,
    saving,
    onSubmit,
  } = useCheckedSubmit({
    check: () => {
      const parsed = bspReviewBodySchema.safeParse(body());
      if (!parsed.success) return parsed;
      const today = londonToday();
      const dates = [
        ...bspPastDateErrors(
          'review.reviewedOn',
          parsed.data.review.reviewedOn,
          today,
          londonDateOf(inUse.recordedAt),
          'of the review',
        ),
        ...bspReviewDateErrors('nextReviewBy', parsed.data.nextReviewBy, today, today),
      ];
      return dates.length > 0 ? failedCheck(dates) : parsed;
    },
    send: () => reviewBehaviourSupportPlanVersion(person.id, inUse.version, body()),
    saved: () => {
      void navigate(bspPaths.plan(person.id), { state: { saved: 'review', version: inUse.version } satisfies BspPageState });
    },
    refused: (error, form) => {
      if (!isApiError(error, 'conflict_stale_version')) return false;
      form.setProblem(error.problem.detail ?? error.problem.title);
      return true;
    },
  });

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={bspPaths.plan(person.id)}>Back to the behaviour support plan</BackLink>
        <PageHeading
          title={`Review version ${inUse.version} of the behaviour support plan`}
          caption={person.legalName}
          hasErrors={errors.hasErrors}
          skipFocus={errors.hasErrors}
        />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt} />
        <p className="nhsuk-body">
          Look at the ABC records, the scatter plot and any restrictive interventions since the last review, with {name} and the
          people who know them best. If the plan needs changing, write a new version after recording the review.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            name="review.reviewedOn"
            legend="Date of the review"
            value={form.reviewedOn}
            error={errors.errorFor('review.reviewedOn')}
            onChange={(reviewedOn) => {
              set({ reviewedOn });
            }}
          />
          <Textarea
            name="review.whoTookPart"
            label="Who took part"
            value={form.whoTookPart}
            error={errors.errorFor('review.whoTookPart')}
            onChange={(whoTookPart) => {
              set({ whoTookPart });
            }}
          />
          <Textarea
            name="review.findings"
            label="What the review found"
            rows={5}
            value={form.findings}
            error={errors.errorFor('review.findings')}
            onChange={(findings) => {
              set({ findings });
            }}
          />
          <Textarea
            name="review.restrictivePracticeUse"
            label="Use of restrictive practice since the last review (optional)"
            hint="How often, whether the plan was followed, and whether it can be reduced."
            value={form.restrictivePracticeUse}
            error={errors.errorFor('review.restrictivePracticeUse')}
            onChange={(restrictivePracticeUse) => {
              set({ restrictivePracticeUse });
            }}
          />
          <Textarea
            name="review.personsWords"
            label={`What ${name} said, in their words (optional)`}
            value={form.personsWords}
            error={errors.errorFor('review.personsWords')}
            onChange={(personsWords) => {
              set({ personsWords });
            }}
          />
          <Radios
            name="review.outcome"
            legend="What happens next"
            value={form.outcome}
            options={bspReviewOutcomes.map((value) => ({ value, label: bspReviewOutcomeLabels[value] }))}
            error={errors.errorFor('review.outcome')}
            onChange={(outcome) => {
              set({ outcome });
            }}
          />
          <DateInput
            name="nextReviewBy"
            legend="Review it again by"
            hint="Within 12 months at most."
            value={form.nextReviewBy}
            error={errors.errorFor('nextReviewBy')}
            onChange={(nextReviewBy) => {
              set({ nextReviewBy });
            }}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Record the review'}
          </button>
        </form>
      </div>
    </div>
  );
}
