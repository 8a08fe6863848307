// For a sharing decision made for the person: the capacity assessment it rests on (only the one in force for the
// decision about sharing, and only when it finds a lack of capacity), then a best-interests decision made on it or a
// lasting power of attorney or deputyship covering sharing. The same rule as the server's picks what is offered.
import { authorityScopeLabels, sharingAuthorityOptions, sharingDecisionRef } from '@hearth/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { assessKnownDecisionPath, newBestInterestsPath } from '../capacity/capacity-paths';
import { recordFormPath } from '../capacity-records/record-kinds';
import { Loading } from '../components/Loading';
import { fieldId } from '../forms/field-ids';
import { formatDate } from '../format';
import { Radios } from '../plan/Radios';
import type { Loaded } from '../plan-views/useLoaded';
import { basisValue, londonToday, type DecisionForm } from './sharing-form';
import type { AuthorityRecords } from './useSharingAuthority';

interface Props {
  personId: string;
  name: string;
  records: Loaded<AuthorityRecords | null>;
  form: DecisionForm;
  set: (patch: Partial<DecisionForm>) => void;
  errorFor: (path: string) => string | undefined;
}

/** Shown in place of radios when there is nothing to choose; takes the error summary's focus. */
function NothingToChoose({ name, children }: { name: string; children: ReactNode }) {
  return (
    <p className="nhsuk-body" id={fieldId(name)} tabIndex={-1}>
      {children}
    </p>
  );
}

export function AuthorityChoices({ personId, name, records, form, set, errorFor }: Props) {
  if (records.kind === 'loading') return <Loading what="Loading the capacity records" />;
  if (records.kind === 'failed' || records.value === null) {
    return (
      <p className="nhsuk-body">
        The capacity assessments and powers of attorney could not be shown ({records.kind === 'failed' ? records.message : 'not loaded'}). A
        decision made for {name} names them: ask a senior care worker or the registered manager to record it.
      </p>
    );
  }
  const options = sharingAuthorityOptions({ ...records.value, today: londonToday() }, form.capacityAssessmentId || null);
  const noun = { lasting_power_of_attorney: 'lasting power of attorney', deputyship: 'deputyship' } as const;
  return (
    <>
      <Radios
        name="capacityAssessmentId"
        legend="Which capacity assessment does this rest on?"
        hint={`Only a signed assessment of ${name}\u2019s capacity to decide who may see their record, in force and finding they lack it.`}
        value={form.capacityAssessmentId}
        onChange={(v) => {
          set({ capacityAssessmentId: v, authorityBasis: '' });
        }}
        error={errorFor('capacityAssessmentId')}
        options={options.assessments.map((a) => ({
          value: a.id,
          label: `Assessed on ${formatDate(a.assessedOn)} by ${a.assessor.name} (${a.assessor.role}): lacks capacity to decide \u201c${a.decision}\u201d`,
        }))}
      >
        {options.assessments.length === 0 && (
          <NothingToChoose name="capacityAssessmentId">
            No assessment in force finds {name} lacks capacity to decide who may see their record, so the decision is {name}
            {'\u2019'}s. If you think they cannot make it, <Link to={assessKnownDecisionPath(personId, sharingDecisionRef.decisionKey)}>assess their capacity</Link> for the
            decision {'\u201c'}
            {sharingDecisionRef.decision}
            {'\u201d'} first.
          </NothingToChoose>
        )}
      </Radios>
      {form.capacityAssessmentId !== '' && (
        <Radios
          name="authorityBasis"
          legend="What gives this decision its authority?"
          hint="A best-interests decision made on that assessment, or a registered lasting power of attorney or deputyship for health and welfare."
          value={form.authorityBasis}
          onChange={(v) => {
            set({ authorityBasis: v });
          }}
          error={errorFor('authorityBasis')}
          options={[
            ...options.bestInterestsDecisions.map((d) => ({
              value: basisValue('best_interests', d.id),
              label: `Best-interests decision of ${formatDate(d.decidedOn)} by ${d.decisionMaker.name} (${d.decisionMaker.role})`,
            })),
            ...options.legalAuthorities.map((a) => ({
              value: basisValue('legal_authority', a.id),
              label: `${authorityScopeLabels[a.body.scope]} ${noun[a.body.kind]} held by ${a.body.holderName}`,
            })),
          ]}
        >
          {options.bestInterestsDecisions.length + options.legalAuthorities.length === 0 && (
            <NothingToChoose name="authorityBasis">
              No best-interests decision is made on that assessment, and no lasting power of attorney or deputyship covering who may
              see the record is recorded. First{' '}
              <Link to={newBestInterestsPath(personId, form.capacityAssessmentId)}>record the best-interests decision</Link>, or{' '}
              <Link to={recordFormPath(personId, 'legal_authority')}>record the lasting power of attorney or deputyship</Link>.
            </NothingToChoose>
          )}
        </Radios>
      )}
    </>
  );
}
