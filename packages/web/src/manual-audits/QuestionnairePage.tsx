// The questionnaire of a manual audit: one fieldset per question, checked as the server will check it, then saved.
import { checkAnswers, createManualAuditBodySchema, type AuditTemplate, type CarePlan, type SectionDefinition } from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { getCarePlan, listPlanSections } from '../api/care-plan';
import { createManualAudit, getAuditTemplate } from '../api/manual-audits';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { displayName } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { AnswerFieldset, type AnswerDraft } from './AnswerFieldset';
import './manual-audits.css';

interface Loaded {
  template: AuditTemplate;
  plan: CarePlan;
  sections: SectionDefinition[];
}

export function QuestionnairePage() {
  const { person } = usePerson();
  const { templateKey = '' } = useParams();
  const loaded = useLoaded<Loaded>(async () => {
    const [template, plan, sections] = await Promise.all([getAuditTemplate(templateKey), getCarePlan(person.id), listPlanSections()]);
    return { template, plan, sections };
  }, [templateKey, person.id]);

  return (
    <>
      <BackLink to={`/people/${person.id}/manual-audits/new`}>Choose another template</BackLink>
      {loaded.kind === 'loading' && <Loading what="Loading the questions" />}
      {loaded.kind === 'failed' && (
        <>
          <PageHeading title="Audit this plan by hand" caption={displayName(person)} />
          <p className="nhsuk-body">{loaded.message}</p>
        </>
      )}
      {loaded.kind === 'ready' && <Questionnaire {...loaded.value} />}
    </>
  );
}

function Questionnaire({ template, plan, sections }: Loaded) {
  const { person } = usePerson();
  const navigate = useNavigate();
  const form = useFormErrors();
  const [answers, setAnswers] = useState<Record<string, AnswerDraft>>({});
  const [summary, setSummary] = useState('');
  const [saving, setSaving] = useState(false);
  const current = plan.current;
  const caption = displayName(person);

  if (template.retired) {
    return (
      <>
        <PageHeading title={template.title} caption={caption} />
        <p className="nhsuk-body">This template has been retired. Choose another template.</p>
      </>
    );
  }
  if (!current) {
    return (
      <>
        <PageHeading title={template.title} caption={caption} />
        <p className="nhsuk-body">{caption} has no agreed care and support plan to audit yet.</p>
      </>
    );
  }

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    const body = {
      templateKey: template.key,
      planVersion: current.version,
      answers: template.questions.map((q) => ({ questionId: q.id, answer: answers[q.id]?.answer || null, evidence: answers[q.id]?.evidence ?? null })),
      summary,
    };
    const parsed = createManualAuditBodySchema.safeParse(body);
    const errors = parsed.success ? checkAnswers(template.questions, parsed.data.answers).errors : fieldErrorsFromIssues(parsed.error.issues);
    if (!parsed.success || errors.length > 0) {
      form.setErrors(errors);
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      const saved = await createManualAudit(person.id, parsed.data);
      void navigate(`/people/${person.id}/manual-audits/${saved.id}`, { state: { saved: true } });
    } catch (error) {
      form.showRefusal(error);
      setSaving(false);
    }
  };

  const planPath = `/people/${person.id}/plan/versions/${current.version}`;
  const titleOf = (key: string | null) => (key ? (sections.find((s) => s.key === key)?.title ?? null) : null);
  return (
    <>
      <PageHeading title={template.title} caption={caption} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      {template.description && <p className="nhsuk-body">{template.description}</p>}
      <p className="nhsuk-inset-text">
        You are auditing version {current.version} of {caption}&rsquo;s care and support plan.{' '}
        Give evidence for every &ldquo;no&rdquo; or &ldquo;partly&rdquo;.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {template.questions.map((q, i) => (
          <AnswerFieldset
            key={q.id}
            number={i + 1}
            question={q}
            value={answers[q.id] ?? { answer: '', evidence: '' }}
            onChange={(value) => {
              setAnswers((all) => ({ ...all, [q.id]: value }));
            }}
            errorFor={form.errorFor}
            planPath={planPath}
            sectionTitle={titleOf(q.sectionKey)}
          />
        ))}
        <Textarea name="summary" label="Summary (optional)" hint="What stood out, for whoever reads this audit next." value={summary} onChange={setSummary} error={form.errorFor('summary')} rows={4} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the audit'}
        </button>
      </form>
    </>
  );
}
