// Completing a PAL checklist (or correcting one): the nine activities with the statement text in use, the activity
// profile and the individual action plan, checked as the server checks them; then back to the result.
import {
  palChecklistGuidance,
  palLevelDescriptions,
  palLevelNames,
  palLevels,
  scorePal,
  type PalAssessmentView,
  type PalStatementSetView,
} from '@hearth/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { formatDate } from '../format';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { getCurrentPalStatements, getPalAssessments, recordPalAssessment } from './pal-api';
import { checkPalForm, emptyPalForm, palFormBody, palFormFrom, palFormTicks, type PalFormValues } from './pal-form';
import { palPath } from './pal-paths';
import { notImportedText, PalChecklistFields } from './PalChecklistFields';
import type { PalPageState } from './PalPage';
import { palResultText } from './PalResult';
import './pal.css';

export function PalFormPage() {
  const { person } = usePerson();
  const me = useMe();
  const supersedes = useSearchParams()[0].get('supersedes');
  const statements = useLoaded(getCurrentPalStatements, []);
  const assessments = useLoaded(() => (supersedes ? getPalAssessments(person.id) : Promise.resolve(null)), [person.id, supersedes]);
  const mayRecord = !person.isReadOnly && mayInService(me, 'create', 'pal_assessment', person.serviceId);
  const title = supersedes ? 'Correct a PAL checklist' : 'Complete a PAL checklist';

  if (!mayRecord)
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {person.isReadOnly
            ? 'This record is closed: it can be read but not changed.'
            : 'You cannot complete a PAL checklist. A senior care worker or registered manager can.'}
        </p>
      </>
    );
  if (statements.kind === 'loading' || assessments.kind === 'loading') return <Loading what="Loading the checklist" />;
  if (statements.kind === 'failed') return <p className="nhsuk-body">{statements.message}</p>;
  if (assessments.kind === 'failed') return <p className="nhsuk-body">{assessments.message}</p>;
  const replacing = supersedes ? assessments.value?.assessments.find((a) => a.id === supersedes) : undefined;
  if (supersedes && (!replacing || !replacing.current))
    return (
      <>
        <PageHeading title={title} caption={person.legalName} />
        <p className="nhsuk-body">
          {replacing ? 'That checklist has already been replaced by a correction.' : 'That checklist could not be found.'}{' '}
          <Link className="nhsuk-link" to={palPath(person.id)}>
            Go back to the PAL checklists
          </Link>
        </p>
      </>
    );
  return <PalForm title={title} statementSet={statements.value.current} replacing={replacing ?? null} />;
}

interface FormProps {
  title: string;
  statementSet: PalStatementSetView | null;
  replacing: PalAssessmentView | null;
}

function PalForm({ title, statementSet, replacing }: FormProps) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const name = person.preferredName ?? person.legalName;
  const [values, setValues] = useState<PalFormValues>(() => (replacing ? palFormFrom(replacing) : emptyPalForm(londonToday())));
  const body = () => palFormBody(values, statementSet?.id ?? null, replacing?.id ?? null);
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () => checkPalForm(body(), londonToday()),
    send: () => recordPalAssessment(person.id, body()),
    saved: (saved) => {
      void navigate(palPath(person.id), { state: { saved: saved.id } satisfies PalPageState });
    },
  });
  const set = <K extends 'checklist' | 'profile' | 'actionPlan'>(key: K, patch: Partial<PalFormValues[K]>) => {
    setValues((v) => ({ ...v, [key]: { ...v[key], ...patch } }));
  };
  const score = scorePal(palFormTicks(values));

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageHeading title={title} caption={person.legalName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        {replacing && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              This corrects the checklist of {formatDate(replacing.assessedOn)} ({palResultText(replacing.score)}). That checklist is kept and
              can still be read. The form starts with its answers: change what was wrong.
            </p>
          </div>
        )}
        {statementSet === null && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>
              Your organisation has not imported the statement text of its licensed PAL checklist, so each option shows only the level name
              ({notImportedText.toLowerCase()}). Read the statements from your paper copy and tick the matching level.
            </p>
          </div>
        )}
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            name="assessedOn"
            legend="Date of the checklist"
            value={values.assessedOn}
            onChange={(assessedOn) => {
              setValues((v) => ({ ...v, assessedOn }));
            }}
            error={form.errorFor('assessedOn')}
          />
          <h2 className="nhsuk-heading-l">Checklist</h2>
          <p className="nhsuk-body">{palChecklistGuidance}</p>
          <PalChecklistFields
            values={values.checklist}
            statements={statementSet?.statements ?? null}
            onChange={(activity, patch) => {
              set('checklist', { [activity]: { ...values.checklist[activity], ...patch } });
            }}
            errorFor={form.errorFor}
          />
          <h2 className="nhsuk-heading-l">Activity profile</h2>
          <p className="nhsuk-body">What matters to {name}: the life they have led and what they enjoy. Leave blank what is not known.</p>
          {(
            [
              ['lifeHistory', 'Life history', 'Work, family, places and events that matter to them'],
              ['interests', 'Interests', 'Hobbies and pastimes, past and present'],
              ['likes', 'Likes', undefined],
              ['dislikes', 'Dislikes', undefined],
            ] as const
          ).map(([key, label, hint]) => (
            <Textarea
              key={key}
              name={`profile.${key}`}
              label={`${label} (optional)`}
              hint={hint}
              value={values.profile[key]}
              onChange={(v) => {
                set('profile', { [key]: v });
              }}
              error={form.errorFor(`profile.${key}`)}
            />
          ))}
          <h2 className="nhsuk-heading-l">Individual action plan</h2>
          <LevelSoFar score={score} />
          {(
            [
              ['goals', 'Goals', 'What the activities are for, in terms of what matters to them'],
              ['activities', 'Activities to offer', undefined],
              ['howToSupport', 'How to support them at this level', 'How to set up, prompt and encourage at the level the checklist shows'],
              ['who', 'Who will support them', 'Names or roles, and when'],
            ] as const
          ).map(([key, label, hint]) => (
            <Textarea
              key={key}
              name={`actionPlan.${key}`}
              label={label}
              hint={hint}
              value={values.actionPlan[key]}
              onChange={(v) => {
                set('actionPlan', { [key]: v });
              }}
              error={form.errorFor(`actionPlan.${key}`)}
            />
          ))}
          <DateInput
            name="reassessBy"
            legend="Reassess by"
            hint="For example, in 3 months, or sooner if their abilities change"
            value={values.reassessBy}
            onChange={(reassessBy) => {
              setValues((v) => ({ ...v, reassessBy }));
            }}
            error={form.errorFor('reassessBy')}
          />
          {replacing && (
            <Textarea
              name="supersedeReason"
              label="Why are you correcting the checklist?"
              hint="For example, a statement was ticked in the wrong column"
              value={values.supersedeReason}
              onChange={(supersedeReason) => {
                setValues((v) => ({ ...v, supersedeReason }));
              }}
              error={form.errorFor('supersedeReason')}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving\u2026' : 'Save the checklist'}
          </button>
        </form>
      </div>
    </div>
  );
}

/** What the ticks so far point to, so the plan can be written for the level: worked out as the server will. */
function LevelSoFar({ score }: { score: ReturnType<typeof scorePal> }) {
  const { result } = score;
  if (result.kind === 'incomplete')
    return (
      <div className="nhsuk-body">
        <p>Tick all nine activities to see the level ({score.answered} of 9 ticked so far). What each level means:</p>
        <LevelList levels={palLevels} />
      </div>
    );
  if (result.kind === 'level')
    return (
      <p className="nhsuk-body">
        The checklist points to the {palLevelNames[result.level]} level: {palLevelDescriptions[result.level]}
      </p>
    );
  return (
    <div className="nhsuk-body">
      <p>The checklist has no single level: {palResultText(score)}. Decide with the team which level to plan for.</p>
      <LevelList levels={result.levels} />
    </div>
  );
}

function LevelList({ levels }: { levels: readonly (typeof palLevels)[number][] }) {
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {levels.map((l) => (
        <li key={l}>
          {palLevelNames[l]}: {palLevelDescriptions[l]}
        </li>
      ))}
    </ul>
  );
}
