// The form for one section of the draft: checks it in the browser, saves the whole draft with this section replaced,
// and shows the server's errors, or (when someone else saved the draft meanwhile) what they changed and a choice.
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import {
  mergeSectionEdits,
  saveDraftBodySchema,
  sectionContentSchema,
  type CarePlan,
  type SaveDraftBody,
  type SectionContent,
  type SectionDefinition,
} from '@hearth/core';
import { saveDraft } from '../../api/care-plan';
import { PageHeading } from '../../components/PageHeading';
import { fieldErrorsFromIssues } from '../../forms/field-ids';
import type { DraftPageState } from '../DraftPage';
import { useDraftConflict } from '../draft-conflict/useDraftConflict';
import { draftBase, planPath } from '../plan-model';
import { usePlanFormProblems } from '../plan-errors';
import { sectionBodyFrom, sectionFormFrom, type SectionForm } from '../section-form';
import { useFocusRequest } from '../useFocusRequest';
import { draftWithSection, sectionIn } from './draft-with-section';
import { NotApplicableFields } from './NotApplicableFields';
import { SectionFieldsets } from './SectionFieldsets';
import { SectionGuidance } from './SectionGuidance';
import { findSectionConflict, type SectionConflictState } from './section-conflict';
import { FindingsStoreContext } from '../quality/findings-store';
import { SectionQualityPanel } from '../quality/SectionQualityPanel';
import { useSectionAudit } from '../quality/usePlanAudit';

interface Props {
  personId: string;
  definition: SectionDefinition;
  /** Every section's definition, for the plan-quality check, which reads the whole plan. */
  definitions: readonly SectionDefinition[];
  plan: CarePlan;
  onReloadLatest: () => void;
}

export function SectionEditor({ personId, definition, definitions, plan, onReloadLatest }: Props) {
  const navigate = useNavigate();
  // What this save goes over: the draft as loaded, or (after "keep my changes") the newer draft it met.
  const [base, setBase] = useState<SaveDraftBody>(() => draftBase(plan));
  const [form, setForm] = useState<SectionForm>(() => sectionFormFrom(sectionIn(base, definition.key) ?? undefined));
  const problems = usePlanFormProblems(onReloadLatest);
  const { errorFor, isSaving } = problems;
  const conflict = useDraftConflict<SectionConflictState>({ what: 'this section', isSaving, onUseTheirs: onReloadLatest });
  const hasErrors = problems.hasErrors || conflict.isShown;
  const onFocusRequest = useFocusRequest();
  const draftPath = `${planPath(personId)}/draft`;
  const findings = useSectionAudit({ definition, definitions, plan, base, form });

  const save = async (formNow: SectionForm, onto: SaveDraftBody) => {
    problems.begin();
    const section = sectionBodyFrom(definition, formNow);
    const fieldFor = (field: string) => section.fieldFor(field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    const parsed = sectionContentSchema.safeParse(section.input);
    if (!parsed.success) {
      conflict.clear();
      problems.show(fieldErrorsFromIssues(parsed.error.issues), fieldFor);
      return;
    }

    const yours: SectionContent | null = section.isEmpty ? null : parsed.data;
    const draft = draftWithSection(onto, definition.key, yours);
    const checked = saveDraftBodySchema.safeParse(draft.body);
    if (!checked.success) {
      conflict.clear();
      problems.show(draft.toSection(fieldErrorsFromIssues(checked.error.issues)), fieldFor);
      return;
    }
    await problems.send(
      async () => {
        // A newer save: show what it changed and let the user choose. Anything else (or no draft any more) is refused as before.
        const isSaved = await conflict.saveOrShow(
          () => saveDraft(personId, checked.data),
          () => findSectionConflict(personId, definition, onto, yours),
        );
        if (isSaved) void navigate(draftPath, { state: { saved: definition.title } satisfies DraftPageState });
      },
      fieldFor,
      (list) => {
        // The server's field errors replace the notice: they are what stands in the way now.
        conflict.clear();
        return draft.toSection(list);
      },
    );
  };

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    void save(form, base);
  };

  const keepMine = (shown: SectionConflictState) => {
    // Your changes laid over theirs, put in the form so any problem with them shows against its field.
    const merged = mergeSectionEdits(sectionIn(base, definition.key), sectionIn(shown.latest, definition.key), shown.yours);
    const mergedForm = sectionFormFrom(merged ?? undefined);
    setForm(mergedForm);
    setBase(shown.latest);
    void save(mergedForm, shown.latest);
  };

  return (
    <FindingsStoreContext value={findings}>
      <div className="hearth-plan-editor">
        {problems.summary}
        <PageHeading
          title={definition.title}
          caption={plan.draft ? `Draft version ${plan.draft.version}` : 'New draft'}
          hasErrors={hasErrors}
          skipFocus={hasErrors}
        />
        <p className="nhsuk-body-l">{definition.purpose}</p>
        <SectionGuidance definition={definition} />
        <SectionQualityPanel />

        {conflict.notice(keepMine)}

        <form onSubmit={onSubmit} noValidate>
          <NotApplicableFields form={form} setForm={setForm} errorFor={errorFor} />
          {!form.notApplicable && (
            <SectionFieldsets
              definition={definition}
              form={form}
              setForm={setForm}
              errorFor={errorFor}
              onFocusRequest={onFocusRequest}
            />
          )}

          <div className="nhsuk-button-group">
            <button type="submit" className="nhsuk-button" disabled={isSaving}>
              Save this section
            </button>
            <Link className="nhsuk-link" to={draftPath}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </FindingsStoreContext>
  );
}
