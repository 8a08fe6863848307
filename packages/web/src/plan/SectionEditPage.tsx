// Writing one section of the draft: the toolkit's guidance and example beside the checklist, the person's answers,
// outcomes, steps, risks and equipment. Saving sends the whole draft with this section replaced.
import { useState, type SyntheticEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  medicationSupportLevels,
  saveDraftBodySchema,
  sectionContentSchema,
  supportLevelLabels,
  supportLevels,
  type CarePlan,
  type FieldError,
  type SectionContent,
  type SectionDefinition,
} from '@hearth/core';
import { saveDraft } from '../api/care-plan';
import { DateInput } from '../components/DateInput';
import { Checkbox, Select, TextInput, Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { NotFoundContent } from '../pages/NotFoundPage';
import { usePerson } from '../people/PersonLayout';
import { useMe } from '../session/SessionContext';
import { Radios } from './Radios';
import { RepeatFieldset } from './RepeatFieldset';
import { medicationSupportLevelLabels } from './plan-labels';
import { draftBase, planPath, planPermissions } from './plan-model';
import { usePlanFormProblems } from './plan-errors';
import { useFocusRequest } from './useFocusRequest';
import {
  checklistFieldKey,
  emptyEquipment,
  emptyOutcome,
  emptyRisk,
  emptyStep,
  sectionBodyFrom,
  sectionFormFrom,
  type SectionForm,
} from './section-form';
import { usePlanData } from './usePlanData';
import type { DraftPageState } from './DraftPage';
import './plan.css';

export function SectionEditPage() {
  const { person } = usePerson();
  const me = useMe();
  const { key = '' } = useParams();
  const { data, reload } = usePlanData(person.id);
  // A new key after reloading starts the form again from the latest draft.
  const [formKey, setFormKey] = useState(0);

  if (data.kind === 'loading') return <Loading what="Loading the section" />;
  if (data.kind === 'failed') {
    return (
      <>
        <PageHeading title="Sorry, there is a problem with the service" />
        <p className="nhsuk-body">{data.message} Try again later.</p>
      </>
    );
  }
  const definition = data.sections.find((s) => s.key === key);
  if (!definition) return <NotFoundContent />;
  if (!planPermissions(me, person).mayWrite) {
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
  const plan = data.plan;
  return (
    <SectionEditor
      key={`${plan.draft?.revision ?? 0}-${formKey}`}
      personId={person.id}
      definition={definition}
      plan={plan}
      onReloadLatest={() => {
        void reload().then(() => {
          setFormKey((k) => k + 1);
        });
      }}
    />
  );
}

interface EditorProps {
  personId: string;
  definition: SectionDefinition;
  plan: CarePlan;
  onReloadLatest: () => void;
}

function SectionEditor({ personId, definition, plan, onReloadLatest }: EditorProps) {
  const navigate = useNavigate();
  const base = draftBase(plan);
  const [form, setForm] = useState<SectionForm>(() =>
    sectionFormFrom(base.content.sections.find((s) => s.sectionKey === definition.key)),
  );
  const problems = usePlanFormProblems(onReloadLatest);
  const { errorFor, hasErrors, isSaving } = problems;
  const setFocusRequest = useFocusRequest();
  const draftPath = `${planPath(personId)}/draft`;
  const set = <K extends keyof SectionForm>(key: K, value: SectionForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
  };

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    problems.begin();
    const body = sectionBodyFrom(definition, form);
    const fieldFor = (field: string) => body.fieldFor(field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    const parsed = sectionContentSchema.safeParse(body.input);
    if (!parsed.success) {
      problems.show(fieldErrorsFromIssues(parsed.error.issues), fieldFor);
      return;
    }

    // The whole draft goes back, with this section where it was (or added at the end, or left out if empty).
    const sections: SectionContent[] = [...base.content.sections];
    const at = sections.findIndex((s) => s.sectionKey === definition.key);
    if (body.isEmpty) {
      if (at >= 0) sections.splice(at, 1);
    } else if (at >= 0) sections[at] = parsed.data;
    else sections.push(parsed.data);
    const index = sections.findIndex((s) => s.sectionKey === definition.key);
    const prefix = `content.sections.${index}.`;
    const toSection = (list: FieldError[]): FieldError[] =>
      list.map((e) => ({ ...e, field: e.field.startsWith(prefix) ? e.field.slice(prefix.length) : `other:${e.field}` }));

    const saveBody = { ...base, content: { ...base.content, sections } };
    const checked = saveDraftBodySchema.safeParse(saveBody);
    if (!checked.success) {
      problems.show(toSection(fieldErrorsFromIssues(checked.error.issues)), fieldFor);
      return;
    }
    await problems.send(
      async () => {
        await saveDraft(personId, checked.data);
        void navigate(draftPath, { state: { saved: definition.title } satisfies DraftPageState });
      },
      fieldFor,
      toSection,
    );
  };

  const isMedication = definition.key === 'medication';

  return (
    <div className="hearth-plan-editor">
      {problems.summary}
      <PageHeading
        title={definition.title}
        caption={plan.draft ? `Draft version ${plan.draft.version}` : 'New draft'}
        hasErrors={hasErrors}
        skipFocus={hasErrors}
      />
      <p className="nhsuk-body-l">{definition.purpose}</p>

      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How to write this section</span>
        </summary>
        <div className="nhsuk-details__text">
          {definition.guidance.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <p className="hearth-muted">Source: {definition.source}</p>
        </div>
      </details>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">A good example</span>
        </summary>
        <div className="nhsuk-details__text">
          <p className="hearth-pre-wrap">{definition.goodExample}</p>
        </div>
      </details>

      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Checkbox
          name="notApplicable"
          label="This section does not apply"
          checked={form.notApplicable}
          onChange={(v) => {
            set('notApplicable', v);
          }}
        />
        {form.notApplicable ? (
          <Textarea
            name="notApplicable.reason"
            label="Why this section does not apply"
            hint="For example, “I do not take any medicines.”"
            value={form.notApplicableReason}
            onChange={(v) => {
              set('notApplicableReason', v);
            }}
            error={errorFor('notApplicable.reason')}
          />
        ) : (
          <SectionFields
            form={form}
            setForm={setForm}
            set={set}
            definition={definition}
            errorFor={errorFor}
            onFocusRequest={setFocusRequest}
            isMedication={isMedication}
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
  );
}

interface FieldsProps {
  form: SectionForm;
  setForm: (update: (f: SectionForm) => SectionForm) => void;
  set: <K extends keyof SectionForm>(key: K, value: SectionForm[K]) => void;
  definition: SectionDefinition;
  errorFor: (path: string) => string | undefined;
  onFocusRequest: (id: string) => void;
  isMedication: boolean;
}

function SectionFields({ form, setForm, set, definition, errorFor, onFocusRequest, isMedication }: FieldsProps) {
  const setAnswer = (key: string, text: string) => {
    setForm((f) => ({ ...f, answers: { ...f.answers, [key]: text } }));
  };
  const setChecklist = (key: string, patch: Partial<SectionForm['checklist'][string]>) => {
    setForm((f) => ({ ...f, checklist: { ...f.checklist, [key]: { level: '', note: '', ...f.checklist[key], ...patch } } }));
  };
  const levelOptions = supportLevels.map((level) => ({ value: level, label: supportLevelLabels[level] }));

  return (
    <>
      {definition.prompts.length > 0 && (
        <div className="hearth-section">
          <h2 className="nhsuk-heading-m">In my words</h2>
          {definition.prompts.map((prompt) => (
            <Textarea
              key={prompt.key}
              name={`answers.${prompt.key}`}
              label={prompt.label}
              hint={prompt.hint}
              rows={4}
              value={form.answers[prompt.key] ?? ''}
              onChange={(v) => {
                setAnswer(prompt.key, v);
              }}
              error={errorFor(`answers.${prompt.key}`)}
            />
          ))}
        </div>
      )}

      <div className="hearth-section">
        <h2 className="nhsuk-heading-m">What I can do and what I need</h2>
        <Textarea
          name="strengths"
          label="What I can do (optional)"
          hint="My strengths, and what I like to keep doing for myself."
          value={form.strengths}
          onChange={(v) => {
            set('strengths', v);
          }}
          error={errorFor('strengths')}
        />
        <Textarea
          name="needs"
          label="What I need, in my words (optional)"
          value={form.needs}
          onChange={(v) => {
            set('needs', v);
          }}
          error={errorFor('needs')}
        />
        {isMedication && (
          <Select
            name="medicationSupportLevel"
            label="Level of support with medicines (optional)"
            placeholder="Not recorded"
            options={medicationSupportLevels.map((l) => ({ value: l, label: medicationSupportLevelLabels[l] }))}
            value={form.medicationSupportLevel}
            onChange={(v) => {
              set('medicationSupportLevel', v as SectionForm['medicationSupportLevel']);
            }}
            error={errorFor('medicationSupportLevel')}
          />
        )}
      </div>

      {definition.checklists.map((checklist) => (
        <div className="hearth-section" key={checklist.key}>
          <h2 className="nhsuk-heading-m">{checklist.title}</h2>
          <p className="nhsuk-hint">Choose the support I need with each. Leave any that do not come up.</p>
          {checklist.items.map((item) => {
            const key = checklistFieldKey(checklist.key, item.key);
            const answer = form.checklist[key];
            const name = `checklist.${key}`;
            return (
              <div className="hearth-checklist-item" key={key}>
                <Radios
                  name={name}
                  legend={item.label}
                  small
                  options={levelOptions}
                  value={answer?.level ?? ''}
                  onChange={(level) => {
                    setChecklist(key, { level: level as SectionForm['checklist'][string]['level'] });
                  }}
                  error={errorFor(name)}
                >
                  {answer && answer.level !== '' && (
                    <>
                      <TextInput
                        name={`${name}.note`}
                        label={
                          <>
                            Note (optional)<span className="nhsuk-u-visually-hidden">: {item.label}</span>
                          </>
                        }
                        value={answer.note}
                        onChange={(note) => {
                          setChecklist(key, { note });
                        }}
                        error={errorFor(`${name}.note`)}
                      />
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        onClick={() => {
                          setChecklist(key, { level: '', note: '' });
                          onFocusRequest(name.replace(/\./g, '-'));
                        }}
                      >
                        Clear the answer<span className="nhsuk-u-visually-hidden"> to {item.label}</span>
                      </button>
                    </>
                  )}
                </Radios>
              </div>
            );
          })}
        </div>
      ))}

      <RepeatFieldset
        name="steps"
        heading="How to support me, step by step"
        hint="What care professionals do at each visit or time of day."
        itemName="Step"
        addLabel="Add a step"
        items={form.steps}
        max={60}
        newItem={emptyStep}
        firstField="when"
        onFocusRequest={onFocusRequest}
        onChange={(steps) => {
          set('steps', steps);
        }}
        renderItem={(step, update, path) => (
          <>
            <TextInput
              name={`${path}.when`}
              label="When"
              hint="The visit or time slot, for example “Morning visit”"
              value={step.when}
              onChange={(when) => {
                update({ when });
              }}
              error={errorFor(`${path}.when`)}
            />
            <TextInput
              name={`${path}.time`}
              label="Time (optional)"
              hint="For example, 08:30"
              widthClass="nhsuk-input--width-5"
              value={step.time}
              onChange={(time) => {
                update({ time });
              }}
              error={errorFor(`${path}.time`)}
            />
            <Textarea
              name={`${path}.what`}
              label="What to do"
              value={step.what}
              onChange={(what) => {
                update({ what });
              }}
              error={errorFor(`${path}.what`)}
            />
            <TextInput
              name={`${path}.who`}
              label="Who does it"
              hint="For example, “One care professional” or “I do this myself”"
              value={step.who}
              onChange={(who) => {
                update({ who });
              }}
              error={errorFor(`${path}.who`)}
            />
          </>
        )}
      />

      <RepeatFieldset
        name="outcomes"
        heading="What I want to achieve"
        hint="My goals, in my words, and how they will be met."
        itemName="Outcome"
        addLabel="Add an outcome"
        items={form.outcomes}
        max={30}
        newItem={emptyOutcome}
        firstField="goal"
        onFocusRequest={onFocusRequest}
        onChange={(outcomes) => {
          set('outcomes', outcomes);
        }}
        renderItem={(outcome, update, path) => (
          <>
            <Textarea
              name={`${path}.goal`}
              label="My goal"
              value={outcome.goal}
              onChange={(goal) => {
                update({ goal });
              }}
              error={errorFor(`${path}.goal`)}
            />
            <Textarea
              name={`${path}.howMet`}
              label="How it will be met"
              value={outcome.howMet}
              onChange={(howMet) => {
                update({ howMet });
              }}
              error={errorFor(`${path}.howMet`)}
            />
            <TextInput
              name={`${path}.whoInvolved`}
              label="Who is involved"
              value={outcome.whoInvolved}
              onChange={(whoInvolved) => {
                update({ whoInvolved });
              }}
              error={errorFor(`${path}.whoInvolved`)}
            />
            <DateInput
              name={`${path}.targetDate`}
              legend="Target date (optional)"
              hint="For example, 15 3 2026"
              value={outcome.targetDate}
              onChange={(targetDate) => {
                update({ targetDate });
              }}
              error={errorFor(`${path}.targetDate`)}
            />
          </>
        )}
      />

      <RepeatFieldset
        name="risks"
        heading="Risks and how they are managed"
        itemName="Risk"
        addLabel="Add a risk"
        items={form.risks}
        max={30}
        newItem={emptyRisk}
        firstField="risk"
        onFocusRequest={onFocusRequest}
        onChange={(risks) => {
          set('risks', risks);
        }}
        renderItem={(risk, update, path) => (
          <>
            <Textarea
              name={`${path}.risk`}
              label="The risk"
              value={risk.risk}
              onChange={(v) => {
                update({ risk: v });
              }}
              error={errorFor(`${path}.risk`)}
            />
            <Textarea
              name={`${path}.howManaged`}
              label="How it is managed"
              value={risk.howManaged}
              onChange={(howManaged) => {
                update({ howManaged });
              }}
              error={errorFor(`${path}.howManaged`)}
            />
          </>
        )}
      />

      <RepeatFieldset
        name="equipment"
        heading="Equipment"
        itemName="Equipment"
        addLabel="Add equipment"
        items={form.equipment}
        max={30}
        newItem={emptyEquipment}
        firstField="item"
        onFocusRequest={onFocusRequest}
        onChange={(equipment) => {
          set('equipment', equipment);
        }}
        renderItem={(item, update, path) => (
          <>
            <TextInput
              name={`${path}.item`}
              label="Equipment"
              hint="For example, “Shower chair”"
              value={item.item}
              onChange={(v) => {
                update({ item: v });
              }}
              error={errorFor(`${path}.item`)}
            />
            <Textarea
              name={`${path}.notes`}
              label="Notes (optional)"
              value={item.notes}
              onChange={(notes) => {
                update({ notes });
              }}
              error={errorFor(`${path}.notes`)}
            />
          </>
        )}
      />
    </>
  );
}
