// Writing a new version of the behaviour support plan: blank for the first, otherwise started from the latest
// version. The reason and review date are asked last. Checked with the server's own schema before sending; a save
// someone else made first is explained, with the way to reload.
import { bspReviewDateErrors, type BspPlanResponse } from '@hearth/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useFocusRequest } from '../plan/useFocusRequest';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { getBehaviourSupportPlan, saveBehaviourSupportPlanVersion } from './bsp-api';
import type { BspBinding } from './bsp-binding';
import { bspFormFrom, bspSaveRequest, checkBspSave, emptyBspForm, type BspForm } from './bsp-form';
import { bspPaths, type BspPageState } from './bsp-paths';
import { BehaviourFields, FunctionFields, WarningFields } from './BspListSections';
import { ReactiveFields } from './BspReactiveSection';
import { PostIncidentFields, PreventionFields, ProfileFields, ReductionFields } from './BspTextSections';

export function BspEditPage() {
  const { person } = usePerson();
  const me = useMe();
  const plan = useLoaded(() => getBehaviourSupportPlan(person.id), [person.id]);
  const mayWrite = !person.isReadOnly && mayInService(me, 'create', 'behaviour_support_plan', person.serviceId);
  if (!mayWrite)
    return (
      <>
        <PageHeading title="Write the behaviour support plan" caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'You cannot change this plan. A senior care worker or registered manager can.'}
        </p>
      </>
    );
  if (plan.kind === 'loading') return <Loading what="Loading the behaviour support plan" />;
  if (plan.kind === 'failed') return <p className="nhsuk-body">{plan.message}</p>;
  return <EditForm plan={plan.value} />;
}

function EditForm({ plan }: { plan: BspPlanResponse }) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const focus = useFocusRequest();
  const name = person.preferredName ?? person.legalName;
  const latest = plan.proposed ?? plan.inUse;
  // Started from the latest version saved, whether agreed or not; a first plan from blank.
  const [form, setForm] = useState<BspForm>(() => (latest ? bspFormFrom(latest.body) : emptyBspForm()));
  const version = (plan.latestVersion ?? 0) + 1;

  const {
    form: errors,
    saving,
    onSubmit,
  } = useCheckedSubmit({
    check: () => {
      const parsed = checkBspSave(bspSaveRequest(form, plan.latestVersion));
      if (!parsed.success) return parsed;
      const today = londonToday();
      const dates = bspReviewDateErrors('reviewBy', parsed.data.reviewBy, today, today);
      return dates.length > 0 ? failedCheck(dates) : parsed;
    },
    send: () => saveBehaviourSupportPlanVersion(person.id, bspSaveRequest(form, plan.latestVersion)),
    saved: (saved) => {
      void navigate(bspPaths.plan(person.id), { state: { saved: 'version', version: saved.version } satisfies BspPageState });
    },
    refused: (error, form) => {
      if (!isApiError(error, 'conflict_stale_version')) return false;
      form.setProblem(`${error.problem.detail ?? error.problem.title} Your changes have not been saved.`);
      return true;
    },
  });
  const b: BspBinding = {
    form,
    update: (change) => {
      setForm(change);
    },
    errorFor: errors.errorFor,
    focus,
    name,
  };
  const title =
    plan.latestVersion === null ? 'Write the behaviour support plan' : `Write version ${version} of the behaviour support plan`;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={bspPaths.plan(person.id)}>Back to the behaviour support plan</BackLink>
        <PageHeading title={title} caption={person.legalName} hasErrors={errors.hasErrors} skipFocus={errors.hasErrors} />
        <ErrorSummary errors={errors.errors} description={errors.problem} focusKey={errors.attempt}>
          {errors.problem && (
            <p>
              <a href={bspPaths.edit(person.id)}>Reload the plan</a>
            </p>
          )}
        </ErrorSummary>
        <p className="nhsuk-body">
          {latest
            ? `This starts from version ${latest.version}. Saving makes version ${version}; it is used once it is agreed.`
            : `Write it with ${name} and the people who know them best. It is used once it is agreed.`}
        </p>
        <form onSubmit={onSubmit} noValidate>
          <ProfileFields b={b} />
          <BehaviourFields b={b} />
          <FunctionFields b={b} />
          <PreventionFields b={b} />
          <WarningFields b={b} />
          <ReactiveFields b={b} />
          <PostIncidentFields b={b} />
          <ReductionFields b={b} />
          <section className="hearth-section">
            <h2 className="nhsuk-heading-m">About this version</h2>
            <Textarea
              name="changeReason"
              label="Why this version was written"
              hint={
                latest
                  ? 'What changed and why, for example after a review or an incident.'
                  : 'For example, after a functional assessment.'
              }
              rows={3}
              value={form.changeReason}
              error={errors.errorFor('changeReason')}
              onChange={(changeReason) => {
                setForm((f) => ({ ...f, changeReason }));
              }}
            />
            <DateInput
              name="reviewBy"
              legend="Review the plan by"
              hint="Within 12 months at most; sooner when it allows restrictive practice. For example, 15 9 2026."
              value={form.reviewBy}
              error={errors.errorFor('reviewBy')}
              onChange={(reviewBy) => {
                setForm((f) => ({ ...f, reviewBy }));
              }}
            />
          </section>
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : `Save version ${version}`}
          </button>
        </form>
      </div>
    </div>
  );
}
