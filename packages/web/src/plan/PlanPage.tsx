// A person's care and support plan: where it stands, what can be done next, and the plan in use, section by section.
import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { agreementMethodLabels, reviewTriggers, type CarePlan, type ReviewTrigger } from '@hearth/core';
import { saveDraft, startUsingVersion } from '../api/care-plan';
import { mayInService } from '../access/permissions';
import { isApiError } from '../api/client';
import { ErrorSummary } from '../components/ErrorSummary';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { formatDate, formatDateTime } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { PlanStatusTag } from '../plan-views/PlanStatusTag';
import { SectionView } from './SectionView';
import { SectionCapacityConsent, useCapacityConsentInput } from './SectionCapacityConsent';
import { PlanAttachments } from './attachments/PlanAttachments';
import { PlanComments, type CommentRequest } from './comments/PlanComments';
import { SectionComments } from './comments/SectionComments';
import { notePermissions } from './comments/note-permissions';
import { itemsOf, usePlanNotes } from './comments/usePlanNotes';
import { PrintPack } from './pack/PrintPack';
import { PlanFormats } from '../communication-needs/PlanFormats';
import { reviewTriggerLabels } from './plan-labels';
import { draftBase, planPath, planPermissions } from './plan-model';
import { usePlanData } from './usePlanData';
import './plan.css';

export interface PlanPageState {
  notice?: string;
}

export function PlanPage() {
  const { person } = usePerson();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, reload } = usePlanData(person.id);
  const [notice, setNotice] = useState<string | undefined>((location.state as PlanPageState | null)?.notice);
  const [problem, setProblem] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [isBusy, setBusy] = useState(false);
  const may = planPermissions(me, person);
  const notesMay = notePermissions(me, person);
  const hasPlan = data.kind === 'ready' && data.plan.versions.length > 0;
  const notes = usePlanNotes(person.id, {
    comments: hasPlan && notesMay.mayReadComments,
    attachments: hasPlan && notesMay.mayReadAttachments,
  });
  const [commentRequest, setCommentRequest] = useState<CommentRequest | null>(null);
  // Loaded once for every section; nothing is asked for (or shown) when the reader may not see these records.
  const capacityConsent = useCapacityConsentInput(
    person.id,
    hasPlan &&
      mayInService(me, 'read', 'capacity_assessment', person.serviceId) &&
      mayInService(me, 'read', 'capacity_record', person.serviceId),
  );
  const title = 'Care and support plan';

  if (data.kind === 'loading') return <Loading what="Loading the plan" />;
  if (data.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{data.message} Try again later.</p>
      </>
    );
  }
  const { plan, sections } = data;
  const current = plan.current;
  // An agreed version waiting to be put into use (the current one may still be the version in use before it).
  const agreedWaiting = plan.versions.find((v) => v.status === 'agreed');

  const act = async (what: () => Promise<unknown>, after: (plan: CarePlan | null) => void) => {
    setAttempt((n) => n + 1);
    setProblem(undefined);
    setBusy(true);
    try {
      await what();
      after(await reload());
    } catch (error) {
      setProblem(
        isApiError(error, 'conflict_stale_version') || isApiError(error, 'conflict')
          ? `${error.problem.detail ?? error.problem.title} The page now shows the latest plan.`
          : isApiError(error)
            ? (error.problem.detail ?? error.problem.title)
            : 'Something went wrong. Try again.',
      );
      await reload();
    } finally {
      setBusy(false);
    }
  };

  const startDraft = () =>
    void act(
      () => saveDraft(person.id, draftBase(plan)),
      () => void navigate(`${planPath(person.id)}/draft`),
    );
  const putIntoUse = (version: number) =>
    void act(
      () => startUsingVersion(person.id, version),
      () => {
        setNotice(`Version ${version} is now in use`);
      },
    );

  const statusRows: SummaryRow[] = current
    ? [
        { key: 'Version', value: String(current.version) },
        { key: 'Status', value: <PlanStatusTag status={current.status} /> },
        ...(current.agreement
          ? [
              {
                key: 'Agreed',
                value: (
                  <>
                    {formatDate(current.agreement.date)} by {current.agreement.agreedBy}
                    <span className="hearth-block">{agreementMethodLabels[current.agreement.method]}</span>
                    {current.agreedBy && current.agreedAt && (
                      <span className="hearth-block hearth-muted">
                        Recorded by {current.agreedBy.name}, {formatDateTime(current.agreedAt)}
                      </span>
                    )}
                  </>
                ),
              },
            ]
          : []),
        ...(current.reviewTrigger ? [{ key: 'Review prompted by', value: triggerLabel(current.reviewTrigger) }] : []),
      ]
    : [];

  return (
    <>
      {notice && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{notice}</p>
        </NotificationBanner>
      )}
      <ErrorSummary errors={[]} description={problem} focusKey={attempt} />
      <PageHeading
        title={`${title} – ${person.legalName}`}
        caption={person.legalName}
        hasErrors={problem !== undefined}
        skipFocus={problem !== undefined}
      >
        {title}
      </PageHeading>

      {current ? (
        <SummaryList rows={statusRows} />
      ) : (
        <p className="nhsuk-body">{person.legalName} does not have an agreed plan yet.</p>
      )}

      <h2 className="nhsuk-heading-m">Next steps</h2>
      {plan.draft && (
        <p className="nhsuk-body">
          Version {plan.draft.version} is a draft, last saved {formatDateTime(plan.draft.updatedAt)}.
        </p>
      )}
      {current?.status === 'under_review' && !plan.draft && (
        <p className="nhsuk-body">This plan is under review. Start a new draft to write the changes.</p>
      )}
      <div className="nhsuk-button-group">
        {may.mayWrite &&
          (plan.draft ? (
            <ButtonLink to={`${planPath(person.id)}/draft`}>Continue the draft</ButtonLink>
          ) : (
            <button type="button" className="nhsuk-button" disabled={isBusy} onClick={startDraft}>
              {current ? 'Start a new draft' : 'Start writing the plan'}
            </button>
          ))}
        {may.mayAgree && plan.draft && (
          <ButtonLink to={`${planPath(person.id)}/agree`} secondary>
            Agree the draft
          </ButtonLink>
        )}
        {may.mayAgree && agreedWaiting && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            disabled={isBusy}
            onClick={() => {
              putIntoUse(agreedWaiting.version);
            }}
          >
            Put version {agreedWaiting.version} into use
          </button>
        )}
        {may.mayWrite && current?.status === 'in_use' && (
          <ButtonLink to={`${planPath(person.id)}/review`} secondary>
            Start a review
          </ButtonLink>
        )}
      </div>
      {!may.mayWrite && !may.mayAgree && <p className="nhsuk-body">You can read this plan but not change it.</p>}
      {current && (
        <PlanFormats personId={person.id} name={person.preferredName ?? person.legalName} legalName={person.legalName} mayPrintPack={may.mayWrite} />
      )}
      {may.mayWrite && (
        <>
          <h2 className="nhsuk-heading-m">The pack for the home</h2>
          <p className="nhsuk-body">
            The service user guide, one-page profile, the plan in use, the medication record and alerts, to keep in the home. Printing
            records which version the paper copy holds.
          </p>
          <PrintPack personId={person.id} legalName={person.legalName} version={current?.version ?? null} />
        </>
      )}
      {plan.versions.length > 0 && (
        <p className="nhsuk-body">
          <Link to={`${planPath(person.id)}/versions`}>All versions</Link>
        </p>
      )}
      {plan.versions.length > 0 && mayInService(me, 'read', 'plan_audit', person.serviceId) && (
        <p className="nhsuk-body">
          <Link to={`/people/${person.id}/plan-quality`}>Plan quality: findings, audits and actions</Link>
        </p>
      )}
      <PlanComments
        personId={person.id}
        comments={notes.comments}
        sections={sections}
        mayComment={notesMay.mayComment}
        onAdded={notes.addedComment}
        request={commentRequest}
      />
      <PlanAttachments
        personId={person.id}
        attachments={notes.attachments}
        sections={sections}
        mayUpload={notesMay.mayUpload}
        onAdded={notes.addedAttachment}
      />

      {current && (
        <>
          <hr className="nhsuk-section-break nhsuk-section-break--m nhsuk-section-break--visible" />
          <p className="nhsuk-body-l">
            Version {current.version}
            {current.content.writtenInFirstPerson ? ', written in my own words.' : '.'}
          </p>
          {sections.map((definition) => (
            <SectionView
              key={definition.key}
              definition={definition}
              content={current.content.sections.find((s) => s.sectionKey === definition.key)}
              summary={
                capacityConsent && (
                  <SectionCapacityConsent
                    personId={person.id}
                    personName={person.preferredName ?? person.legalName}
                    sectionKey={definition.key}
                    input={capacityConsent}
                  />
                )
              }
            >
              {notes.comments.kind === 'ready' && (
                <SectionComments
                  definition={definition}
                  comments={itemsOf(notes.comments)}
                  mayComment={notesMay.mayComment}
                  onAddComment={(sectionKey) => {
                    setCommentRequest((last) => ({ sectionKey, n: (last?.n ?? 0) + 1 }));
                  }}
                />
              )}
            </SectionView>
          ))}
        </>
      )}
    </>
  );
}

function triggerLabel(trigger: string): string {
  return (reviewTriggers as readonly string[]).includes(trigger) ? reviewTriggerLabels[trigger as ReviewTrigger] : trigger;
}
