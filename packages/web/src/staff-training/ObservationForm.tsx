// The observational checklist: who observed, where and during what, each item met, not seen or not met with a
// comment (a "not met" always says what was seen), and the feedback given. Checked as the server checks it.
import { observationChecklistGroups, observationItemIds, observationResultLabels, observationResults } from '@hearth/core';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { dateToParts, DateInput, partsToDate } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { PageHeading } from '../components/PageHeading';
import { useCheckedSubmit } from '../forms/useCheckedSubmit';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { ChecklistItemFieldset, type ChecklistItemDraft } from './ChecklistItemFieldset';
import { checkedCheck } from './CompetenceForm';
import type { StaffTrainingPageState } from './StaffTrainingPage';
import { addCompetenceCheck } from './training-api';
import { trainingPaths } from './training-paths';

const empty: ChecklistItemDraft = { answer: '', note: '' };
const itemNumber = (id: string) => observationItemIds.indexOf(id) + 1;

export function ObservationForm({ staffId, staffName }: { staffId: string; staffName: string }) {
  const me = useMe();
  const navigate = useNavigate();
  const [completedOn, setCompletedOn] = useState(() => dateToParts(londonToday()));
  const [observerName, setObserverName] = useState(me.name);
  const [observerRole, setObserverRole] = useState('');
  const [setting, setSetting] = useState('');
  const [items, setItems] = useState<Record<string, ChecklistItemDraft>>({});
  const [feedback, setFeedback] = useState('');
  const staffPath = trainingPaths.staff(staffId);
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () =>
      checkedCheck({
        kind: 'observation',
        completedOn: partsToDate(completedOn),
        observerName,
        observerRole,
        setting,
        items: observationItemIds.map((id) => ({
          itemId: id,
          result: items[id]?.answer || null,
          comment: items[id]?.note ?? null,
        })),
        feedback,
      }),
    send: (data) => addCompetenceCheck(staffId, data),
    saved: () => {
      void navigate(staffPath, { state: { saved: 'The observation has been saved' } satisfies StaffTrainingPageState });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={staffPath}>Back to {staffName}&rsquo;s training</BackLink>
        <PageHeading title="Observational checklist" caption={staffName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <p className="nhsuk-body">
          Record what you saw while {staffName} supported someone. Mark an item &ldquo;not seen&rdquo; when there was no chance to
          see it this time, and say what you saw for anything not met.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            name="completedOn"
            legend="Date of the observation"
            value={completedOn}
            onChange={setCompletedOn}
            error={form.errorFor('completedOn')}
          />
          <TextInput
            name="observerName"
            label="Observer"
            value={observerName}
            onChange={setObserverName}
            error={form.errorFor('observerName')}
            autoComplete="name"
          />
          <TextInput
            name="observerRole"
            label="Observer’s role (optional)"
            hint="For example, registered manager or positive behaviour support practitioner"
            value={observerRole}
            onChange={setObserverRole}
            error={form.errorFor('observerRole')}
          />
          <Textarea
            name="setting"
            label="Setting"
            hint="Where the observation took place and what was happening, for example lunch in the dining room"
            value={setting}
            onChange={setSetting}
            error={form.errorFor('setting')}
            rows={2}
          />
          {observationChecklistGroups.map((group) => (
            <section key={group.key} aria-labelledby={`group-${group.key}`}>
              <h2 className="nhsuk-heading-m" id={`group-${group.key}`}>
                {group.title}
              </h2>
              {group.items.map((item) => (
                <ChecklistItemFieldset
                  key={item.id}
                  base={`items.${item.id}`}
                  answerField="result"
                  noteField="comment"
                  number={itemNumber(item.id)}
                  text={item.text}
                  options={observationResults.map((r) => ({ value: r, label: observationResultLabels[r] }))}
                  value={items[item.id] ?? empty}
                  onChange={(value) => {
                    setItems((all) => ({ ...all, [item.id]: value }));
                  }}
                  errorFor={form.errorFor}
                  noteLabel={(result) => `Comment on item ${itemNumber(item.id)}${result === 'not_met' ? '' : ' (optional)'}`}
                  noteHint={(result) => (result === 'not_met' ? 'What you saw, so they know what to change' : 'What you saw')}
                />
              ))}
            </section>
          ))}
          <Textarea
            name="feedback"
            label="Feedback given (optional)"
            hint="What you told them afterwards"
            value={feedback}
            onChange={setFeedback}
            error={form.errorFor('feedback')}
            rows={3}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the observation'}
          </button>
        </form>
      </div>
    </div>
  );
}
