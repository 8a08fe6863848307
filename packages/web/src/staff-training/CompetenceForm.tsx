// The support worker competence checklist: each item met, partly or not yet, with the evidence, grouped as the
// checklist groups them; then the next steps agreed. Checked as the server checks it before sending.
import {
  buildStaffCompetenceCheck,
  competenceAnswerLabels,
  competenceAnswers,
  competenceChecklistGroups,
  competenceItemIds,
  staffCompetenceCheckPostSchema,
  type StaffCompetenceCheckPost,
} from '@hearth/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { dateToParts, DateInput, partsToDate } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit, type Checked } from '../forms/useCheckedSubmit';
import { londonToday } from '../sharing/sharing-form';
import { ChecklistItemFieldset, type ChecklistItemDraft } from './ChecklistItemFieldset';
import type { StaffTrainingPageState } from './StaffTrainingPage';
import { addCompetenceCheck } from './training-api';
import { trainingPaths } from './training-paths';

const empty: ChecklistItemDraft = { answer: '', note: '' };
const itemNumber = (id: string) => competenceItemIds.indexOf(id) + 1;

export function checkedCheck(body: unknown): Checked<StaffCompetenceCheckPost> {
  const parsed = staffCompetenceCheckPostSchema.safeParse(body);
  if (!parsed.success) return parsed;
  const { errors } = buildStaffCompetenceCheck(parsed.data, londonToday());
  return errors.length > 0 ? failedCheck(errors) : parsed;
}

export function CompetenceForm({ staffId, staffName }: { staffId: string; staffName: string }) {
  const navigate = useNavigate();
  const [completedOn, setCompletedOn] = useState(() => dateToParts(londonToday()));
  const [answers, setAnswers] = useState<Record<string, ChecklistItemDraft>>({});
  const [nextSteps, setNextSteps] = useState('');
  const staffPath = trainingPaths.staff(staffId);
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () =>
      checkedCheck({
        kind: 'competence',
        completedOn: partsToDate(completedOn),
        answers: competenceChecklistGroups.flatMap((g) =>
          g.items.map((i) => ({ itemId: i.id, answer: answers[i.id]?.answer || null, evidence: answers[i.id]?.note ?? null })),
        ),
        nextSteps,
      }),
    send: (data) => addCompetenceCheck(staffId, data),
    saved: () => {
      void navigate(staffPath, { state: { saved: 'The competence checklist has been saved' } satisfies StaffTrainingPageState });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={staffPath}>Back to {staffName}&rsquo;s training</BackLink>
        <PageHeading
          title="Support worker competence checklist"
          caption={staffName}
          hasErrors={form.hasErrors}
          skipFocus={form.hasErrors}
        />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <p className="nhsuk-body">
          Go through the checklist with {staffName}. For each item, say whether it is met, partly met or not yet met, and give the
          evidence: what you saw or what they showed you, or what is still needed.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            name="completedOn"
            legend="Date completed"
            value={completedOn}
            onChange={setCompletedOn}
            error={form.errorFor('completedOn')}
          />
          {competenceChecklistGroups.map((group) => (
            <section key={group.key} aria-labelledby={`group-${group.key}`}>
              <h2 className="nhsuk-heading-m" id={`group-${group.key}`}>
                {group.title}
              </h2>
              {group.items.map((item) => (
                <ChecklistItemFieldset
                  key={item.id}
                  base={`answers.${item.id}`}
                  answerField="answer"
                  noteField="evidence"
                  number={itemNumber(item.id)}
                  text={item.text}
                  options={competenceAnswers.map((a) => ({ value: a, label: competenceAnswerLabels[a] }))}
                  value={answers[item.id] ?? empty}
                  onChange={(value) => {
                    setAnswers((all) => ({ ...all, [item.id]: value }));
                  }}
                  errorFor={form.errorFor}
                  noteLabel={() => `Evidence for item ${itemNumber(item.id)}`}
                  noteHint={(answer) =>
                    answer === 'met' || answer === ''
                      ? 'What you saw, or what they showed or told you'
                      : 'What has been shown so far, and what is still needed'
                  }
                />
              ))}
            </section>
          ))}
          <Textarea
            name="nextSteps"
            label="Next steps (optional)"
            hint="What you agreed they will do next, for example shadowing, a course or a further observation"
            value={nextSteps}
            onChange={setNextSteps}
            error={form.errorFor('nextSteps')}
            rows={3}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the checklist'}
          </button>
        </form>
      </div>
    </div>
  );
}
