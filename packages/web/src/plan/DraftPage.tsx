// The draft at a glance: each section and whether it is written, who took part, and why the plan is changing.
import { useState, type SyntheticEvent } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { saveDraftBodySchema, type CarePlan, type SaveDraftBody, type SectionDefinition } from '@hearth/core';
import { saveDraft } from '../api/care-plan';
import { Checkbox, Textarea } from '../components/fields';
import { ButtonLink } from '../components/links';
import { Loading } from '../components/Loading';
import { NotificationBanner } from '../components/NotificationBanner';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import {
  draftFieldsOf,
  findDraftFieldsConflict,
  keepMyDraftFields,
  type DraftFieldsConflict,
} from './draft-conflict/draft-fields-conflict';
import { useDraftConflict } from './draft-conflict/useDraftConflict';
import { InvolvementFieldset, involvementBodyFrom, involvementFormFrom, type InvolvementForm } from './InvolvementFieldset';
import { draftBase, planPath, planPermissions, sectionStatus, sectionStatusLabels, type SectionStatus } from './plan-model';
import { usePlanFormProblems } from './plan-errors';
import { useFocusRequest } from './useFocusRequest';
import { usePlanData } from './usePlanData';
import { DraftQualitySummary } from './quality/PlanQualitySummary';
import './plan.css';

export interface DraftPageState {
  /** The title of the section just saved. */
  saved?: string;
}

const statusTagClass: Record<SectionStatus, string> = {
  written: 'nhsuk-tag--green',
  not_applicable: 'nhsuk-tag--grey',
  not_started: 'nhsuk-tag--blue',
};

export function DraftPage() {
  const { person } = usePerson();
  const me = useMe();
  const location = useLocation();
  const { data, reload } = usePlanData(person.id);
  const [formKey, setFormKey] = useState(0);
  const [saved, setSaved] = useState<string | undefined>((location.state as DraftPageState | null)?.saved);

  if (data.kind === 'loading') return <Loading what="Loading the draft" />;
  if (data.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{data.message} Try again later.</p>
      </>
    );
  }
  const may = planPermissions(me, person);
  if (!may.mayWrite) {
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
  return (
    <DraftOverview
      key={`${data.plan.draft?.revision ?? 0}-${formKey}`}
      personId={person.id}
      personName={person.legalName}
      plan={data.plan}
      sections={data.sections}
      mayAgree={may.mayAgree}
      saved={saved}
      onSaved={(title) => {
        setSaved(title);
        void reload();
      }}
      onReloadLatest={() => {
        setSaved(undefined);
        void reload().then(() => {
          setFormKey((k) => k + 1);
        });
      }}
    />
  );
}

interface OverviewProps {
  personId: string;
  personName: string;
  plan: CarePlan;
  sections: SectionDefinition[];
  mayAgree: boolean;
  saved: string | undefined;
  onSaved: (what: string) => void;
  onReloadLatest: () => void;
}

interface OverviewFields {
  involvement: InvolvementForm[];
  writtenInFirstPerson: boolean;
  reason: string;
}

function DraftOverview({ personId, personName, plan, sections, mayAgree, saved, onSaved, onReloadLatest }: OverviewProps) {
  // What this save goes over: the draft as loaded, or (after "keep my changes") the newer draft it met.
  const [base, setBase] = useState<SaveDraftBody>(() => draftBase(plan));
  const [involvement, setInvolvement] = useState<InvolvementForm[]>(() => involvementFormFrom(base.content.involvement));
  const [writtenInFirstPerson, setWrittenInFirstPerson] = useState(base.content.writtenInFirstPerson);
  const [reason, setReason] = useState(base.reason ?? '');
  const problems = usePlanFormProblems(onReloadLatest);
  const { errorFor, isSaving } = problems;
  const conflict = useDraftConflict<DraftFieldsConflict>({
    what: 'who took part and the reason',
    isSaving,
    onUseTheirs: onReloadLatest,
  });
  const hasErrors = problems.hasErrors || conflict.isShown;
  const setFocusRequest = useFocusRequest();
  const draftPath = `${planPath(personId)}/draft`;

  const save = async (fields: OverviewFields, onto: SaveDraftBody) => {
    problems.begin();
    const body = {
      revision: onto.revision,
      reason: fields.reason,
      content: {
        ...onto.content,
        involvement: involvementBodyFrom(fields.involvement),
        writtenInFirstPerson: fields.writtenInFirstPerson,
      },
    };
    // "content.involvement.0.name" → "involvement.0.name"; the sections are checked on their own pages.
    const fieldFor = (field: string) =>
      field === 'reason' ? 'reason' : field.startsWith('content.involvement.') ? field.slice('content.'.length) : null;
    const parsed = saveDraftBodySchema.safeParse(body);
    if (!parsed.success) {
      conflict.clear();
      problems.show(fieldErrorsFromIssues(parsed.error.issues), fieldFor);
      return;
    }
    await problems.send(
      async () => {
        // A newer save: show what it changed and let the user choose; anything else is refused as before.
        const isSaved = await conflict.saveOrShow(
          () => saveDraft(personId, parsed.data),
          () => findDraftFieldsConflict(personId, onto, draftFieldsOf(parsed.data)),
        );
        if (isSaved) onSaved('Who took part and the reason for the change');
      },
      fieldFor,
      (list) => {
        conflict.clear();
        return list;
      },
    );
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void save({ involvement, writtenInFirstPerson, reason }, base);
  };

  const keepMine = (shown: DraftFieldsConflict) => {
    const merged = keepMyDraftFields(base, shown);
    const fields = {
      involvement: involvementFormFrom(merged.involvement),
      writtenInFirstPerson: merged.writtenInFirstPerson,
      reason: merged.reason ?? '',
    };
    setInvolvement(fields.involvement);
    setWrittenInFirstPerson(fields.writtenInFirstPerson);
    setReason(fields.reason);
    setBase(shown.latest);
    void save(fields, shown.latest);
  };

  const written = sections.filter((s) => sectionStatus(base.content, s.key) !== 'not_started').length;

  return (
    <>
      {saved && !hasErrors && (
        <NotificationBanner variant="success">
          <p className="nhsuk-notification-banner__heading">{saved}: saved to the draft</p>
        </NotificationBanner>
      )}
      {problems.summary}
      <PageHeading
        title={plan.draft ? `Draft plan, version ${plan.draft.version}` : 'New draft plan'}
        caption={personName}
        hasErrors={hasErrors}
        skipFocus={hasErrors}
      />
      {!plan.draft && (
        <p className="nhsuk-body">
          Nothing is saved yet. Saving a section, or who took part, starts the draft
          {plan.current ? ` from version ${plan.current.version}` : ''}.
        </p>
      )}

      <h2 className="nhsuk-heading-m">Sections</h2>
      <p className="nhsuk-body">
        {written} of {sections.length} sections written or marked as not applying.
      </p>
      <ul className="nhsuk-task-list">
        {sections.map((section, index) => {
          const status = sectionStatus(base.content, section.key);
          return (
            <li className="nhsuk-task-list__item nhsuk-task-list__item--with-link" key={section.key}>
              <div className="nhsuk-task-list__name-and-hint">
                <Link
                  className="nhsuk-link nhsuk-task-list__link"
                  to={`${draftPath}/sections/${section.key}`}
                  aria-describedby={`section-${index}-status`}
                >
                  {section.title}
                </Link>
              </div>
              <div className="nhsuk-task-list__status" id={`section-${index}-status`}>
                <strong className={`nhsuk-tag ${statusTagClass[status]}`}>{sectionStatusLabels[status]}</strong>
              </div>
            </li>
          );
        })}
      </ul>
      <DraftQualitySummary
        plan={plan}
        content={base.content}
        definitions={sections}
        sectionPath={(key) => `${draftPath}/sections/${key}`}
      />

      {conflict.notice(keepMine)}
      <form onSubmit={onSubmit} noValidate className="nhsuk-u-margin-top-7">
        <InvolvementFieldset items={involvement} onChange={setInvolvement} errorFor={errorFor} onFocusRequest={setFocusRequest} />
        <Checkbox
          name="writtenInFirstPerson"
          label="This plan is written in the first person, in the person’s own words"
          checked={writtenInFirstPerson}
          onChange={setWrittenInFirstPerson}
        />
        <Textarea
          name="reason"
          label="Reason for the change (optional)"
          hint="For example, “Annual review” or “Home from hospital, needs more help with washing”."
          value={reason}
          onChange={setReason}
          error={errorFor('reason')}
        />
        <button type="submit" className="nhsuk-button" disabled={isSaving}>
          Save who took part and the reason
        </button>
      </form>

      <h2 className="nhsuk-heading-m">When the draft is ready</h2>
      <div className="nhsuk-button-group">
        {mayAgree && plan.draft && (
          <ButtonLink to={`${planPath(personId)}/agree`} secondary>
            Agree the draft
          </ButtonLink>
        )}
        <Link className="nhsuk-link" to={planPath(personId)}>
          Back to the plan
        </Link>
      </div>
    </>
  );
}
