// A new self-assessment of a care home: every current area rated with what people said, the priorities chosen and
// why, who took part and the day it was agreed. Checked with the same rules as the server before it is sent.
import { assessmentErrors, createAssessmentBodySchema, currentAreas, maxPriorities, type AreaSetResponse, type ServicePersonalisation } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { createPersonalisationAssessment, getHomePersonalisation, getPersonalisationAreas } from '../api/personalisation';
import { BackLink } from '../components/links';
import { DateInput, emptyDate, partsToDate, type DateParts } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useLoaded } from '../plan-views/useLoaded';
import { AreaFieldset, emptyAnswer, type AreaAnswer } from './AreaFieldset';
import './personalisation.css';

const londonToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

export function NewAssessmentPage() {
  const { serviceId = '' } = useParams();
  const loaded = useLoaded(
    async (): Promise<[ServicePersonalisation, AreaSetResponse]> => Promise.all([getHomePersonalisation(serviceId), getPersonalisationAreas()]),
    [serviceId],
  );
  if (loaded.kind === 'loading') return <Loading what="Loading the areas of personalised care" />;
  if (loaded.kind === 'failed') {
    return (
      <>
        <PageHeading title="New self-assessment" />
        <p className="nhsuk-body">{loaded.message}</p>
      </>
    );
  }
  const [home, set] = loaded.value;
  return <AssessmentForm serviceId={serviceId} homeName={home.service.name} set={set} />;
}

function AssessmentForm({ serviceId, homeName, set }: { serviceId: string; homeName: string; set: AreaSetResponse }) {
  const navigate = useNavigate();
  const areas = currentAreas(set.areas);
  const [answers, setAnswers] = useState<Record<string, AreaAnswer>>({});
  const [participants, setParticipants] = useState('');
  const [agreedOn, setAgreedOn] = useState<DateParts>(emptyDate);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors();

  const answerOf = (id: string) => answers[id] ?? emptyAnswer;
  const priorityAreas = areas.filter((a) => answerOf(a.id).isPriority);

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const draft = {
      areaSetVersion: set.version,
      ratings: areas.map((a) => ({ areaId: a.id, rating: answerOf(a.id).rating, evidence: answerOf(a.id).evidence })),
      priorities: priorityAreas.map((a) => ({ areaId: a.id, why: answerOf(a.id).why })),
      participants,
      agreedOn: partsToDate(agreedOn),
      note,
    };
    const errors = assessmentErrors(draft, set.areas, londonToday());
    const parsed = createAssessmentBodySchema.safeParse(draft);
    if (errors.length > 0 || !parsed.success) {
      form.setErrors(errors.length > 0 ? errors : parsed.success ? [] : fieldErrorsFromIssues(parsed.error.issues));
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      await createPersonalisationAssessment(serviceId, parsed.data);
      void navigate(`/personalisation/${serviceId}`, { state: { recorded: true } });
    } catch (error) {
      form.showRefusal(error);
      setSaving(false);
    }
  };

  return (
    <>
      <BackLink to={`/personalisation/${serviceId}`}>{homeName}</BackLink>
      <PageHeading title="New self-assessment" caption={homeName} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <p className="nhsuk-body" id="ratings" tabIndex={-1}>
          Talk with residents, relatives and staff about where the home is now in each area. Rate every area and note
          what people said.
        </p>
        <p className="nhsuk-body" id="priorities" tabIndex={-1}>
          Choose between 1 and {maxPriorities} areas as priorities for improvement, and say why each was chosen.
        </p>
        {areas.map((area, index) => (
          <AreaFieldset
            key={area.id}
            area={area}
            index={index}
            priorityIndex={priorityAreas.findIndex((a) => a.id === area.id) === -1 ? null : priorityAreas.findIndex((a) => a.id === area.id)}
            answer={answerOf(area.id)}
            onChange={(answer) => {
              setAnswers((all) => ({ ...all, [area.id]: answer }));
            }}
            errorFor={form.errorFor}
          />
        ))}
        <h2 className="nhsuk-heading-m">Who took part and when</h2>
        <Textarea
          name="participants"
          label="Who took part"
          hint="For example: six residents, three relatives, the cook and four care staff."
          value={participants}
          onChange={setParticipants}
          error={form.errorFor('participants')}
        />
        <DateInput name="agreedOn" legend="When was it agreed?" hint="For example, 15 3 2027. Today or earlier." value={agreedOn} onChange={setAgreedOn} error={form.errorFor('agreedOn')} />
        <Textarea name="note" label="Anything else (optional)" value={note} onChange={setNote} error={form.errorFor('note')} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Recording…' : 'Record the self-assessment'}
        </button>
      </form>
    </>
  );
}
