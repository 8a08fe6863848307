// The first step of a manual audit: choose the template to audit the person's plan against.
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { listAuditTemplates } from '../api/manual-audits';
import { ErrorSummary } from '../components/ErrorSummary';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName } from '../format';
import { usePerson } from '../people/PersonLayout';
import { Radios } from '../plan/Radios';
import { useLoaded } from '../plan-views/useLoaded';

export function ChooseTemplatePage() {
  const { person } = usePerson();
  const navigate = useNavigate();
  const templates = useLoaded(() => listAuditTemplates(), []);
  const [choice, setChoice] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | undefined>();

  const onSubmit = (event: SyntheticEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!choice) {
      setError('Choose a template');
      return;
    }
    void navigate(`/people/${person.id}/manual-audits/new/${encodeURIComponent(choice)}`);
  };

  return (
    <>
      <BackLink to={`/people/${person.id}/plan-quality`}>Back to plan quality</BackLink>
      <PageHeading title="Audit this plan by hand" caption={displayName(person)} hasErrors={Boolean(error)} skipFocus={Boolean(error)} />
      <ErrorSummary errors={error ? [{ field: 'templateKey', message: error }] : []} focusKey={attempt} />
      <p className="nhsuk-body">
        Read the person&rsquo;s current care and support plan and answer each question of a template. Your answers, the evidence
        and the score are kept with the audit, and you can raise an action from any answer that falls short.
      </p>
      {templates.kind === 'loading' && <Loading what="Loading the templates" />}
      {templates.kind === 'failed' && <p className="nhsuk-body">{templates.message}</p>}
      {templates.kind === 'ready' && (
        <form onSubmit={onSubmit} noValidate>
          <Radios
            name="templateKey"
            legend="Which template will you use?"
            legendClassName="nhsuk-fieldset__legend--m"
            value={choice}
            onChange={setChoice}
            error={error}
            options={templates.value.templates.map((t) => ({
              value: t.key,
              label: `${t.title} (${t.questionCount} ${t.questionCount === 1 ? 'question' : 'questions'})`,
            }))}
          />
          <button className="nhsuk-button" type="submit">
            Continue
          </button>
        </form>
      )}
    </>
  );
}
