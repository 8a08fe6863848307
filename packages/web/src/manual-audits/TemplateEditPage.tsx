// Writing an audit template: a new one, or a new version of one (add, change and remove questions, with a reason).
import {
  createAuditTemplateBodySchema,
  newAuditTemplateVersionBodySchema,
  newVersionErrors,
  templateContentErrors,
  uniqueSlug,
  type AuditTemplate,
  type FieldError,
  type SectionDefinition,
} from '@hearth/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { listPlanSections } from '../api/care-plan';
import { addAuditTemplateVersion, createAuditTemplate, getAuditTemplate } from '../api/manual-audits';
import { ErrorSummary } from '../components/ErrorSummary';
import { Checkbox, ErrorMessage, Textarea, TextInput } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { fieldErrorsFromIssues } from '../forms/field-ids';
import { useFormErrors } from '../forms/useFormErrors';
import { useLoaded } from '../plan-views/useLoaded';
import { QuestionEditor, type QuestionDraft } from './QuestionEditor';
import { templatePath } from './TemplatesPage';
import './manual-audits.css';

let rowCounter = 0;
const blankQuestion = (): QuestionDraft => ({ id: null, rowKey: `new-${++rowCounter}`, text: '', guidance: '', sectionKey: '', cqcStatement: '' });

export function TemplateEditPage() {
  const { key } = useParams();
  const loaded = useLoaded(async () => {
    const [template, sections] = await Promise.all([key ? getAuditTemplate(key) : Promise.resolve(null), listPlanSections()]);
    return { template, sections };
  }, [key]);
  return (
    <>
      <BackLink to={key ? templatePath(key) : '/plan-quality/audit-templates'}>Back</BackLink>
      {loaded.kind === 'loading' && <Loading what="Loading the template" />}
      {loaded.kind === 'failed' && (
        <>
          <PageHeading title={key ? 'Change an audit template' : 'Create an audit template'} />
          <p className="nhsuk-body">{loaded.message}</p>
        </>
      )}
      {loaded.kind === 'ready' && <TemplateForm template={loaded.value.template} sections={loaded.value.sections} />}
    </>
  );
}

type Checked = { errors: FieldError[] } | { save: () => Promise<AuditTemplate> };

/** The checks the server makes, before sending: the body's shape, then the template rules. */
function checkNew(body: unknown): Checked {
  const parsed = createAuditTemplateBodySchema.safeParse(body);
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  const errors = templateContentErrors(parsed.data);
  return errors.length > 0 ? { errors } : { save: () => createAuditTemplate(parsed.data) };
}

function checkNewVersion(template: AuditTemplate, body: Record<string, unknown>): Checked {
  const parsed = newAuditTemplateVersionBodySchema.safeParse({ ...body, latestVersion: template.version });
  if (!parsed.success) return { errors: fieldErrorsFromIssues(parsed.error.issues) };
  const errors = newVersionErrors(template, parsed.data);
  return errors.length > 0 ? { errors } : { save: () => addAuditTemplateVersion(template.key, parsed.data) };
}

function TemplateForm({ template, sections }: { template: AuditTemplate | null; sections: SectionDefinition[] }) {
  const navigate = useNavigate();
  const form = useFormErrors();
  const [title, setTitle] = useState(template?.title ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [questions, setQuestions] = useState<QuestionDraft[]>(
    template
      ? template.questions.map((q) => ({ id: q.id, rowKey: q.id, text: q.text, guidance: q.guidance ?? '', sectionKey: q.sectionKey ?? '', cqcStatement: q.cqcStatement ?? '' }))
      : [blankQuestion()],
  );
  const [reason, setReason] = useState('');
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const [saving, setSaving] = useState(false);
  const kept = new Set(questions.flatMap((q) => (q.id ? [q.id] : [])));
  const removed = template ? template.questions.filter((q) => !kept.has(q.id)) : [];
  const heading = template ? `Change “${template.title}”` : 'Create an audit template';

  if (template?.builtIn) {
    return (
      <>
        <PageHeading title={heading} />
        <p className="nhsuk-body">The toolkit checklist is built in and cannot be changed. Create a template of your own instead.</p>
      </>
    );
  }

  const onSubmit = async (event: SyntheticEvent) => {
    event.preventDefault();
    form.countAttempt();
    form.setProblem(undefined);
    // New questions take an id from their wording, never one the template has used, so old answers keep their meaning.
    const taken = new Set([...(template?.questions.map((q) => q.id) ?? []), ...kept]);
    const content = questions.map((q) => {
      const id = q.id ?? uniqueSlug(q.text, taken, 'question');
      taken.add(id);
      return { id, text: q.text, guidance: q.guidance, sectionKey: q.sectionKey || null, cqcStatement: q.cqcStatement || null };
    });
    const common = { title, description, questions: content, reason };
    const checked = template ? checkNewVersion(template, { ...common, removedQuestionIds: confirmRemoval ? removed.map((q) => q.id) : [] }) : checkNew(common);
    if ('errors' in checked) {
      form.setErrors(checked.errors);
      return;
    }
    form.setErrors([]);
    setSaving(true);
    try {
      const saved = await checked.save();
      void navigate(templatePath(saved.key), { state: { saved: true } });
    } catch (error) {
      form.showRefusal(error);
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeading title={heading} hasErrors={form.hasErrors} skipFocus={form.hasErrors} />
      <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
      {template && <p className="nhsuk-body">Saving makes version {template.version + 1}. Audits already completed keep the questions they answered.</p>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput name="title" label="Title" value={title} onChange={setTitle} error={form.errorFor('title')} maxLength={400} />
        <Textarea name="description" label="Description (optional)" hint="What the template is for and when to use it." value={description} onChange={setDescription} error={form.errorFor('description')} rows={3} />
        <h2 className="nhsuk-heading-m" id="questions">Questions</h2>
        <ErrorMessage id="questions-error" message={form.errorFor('questions')} />
        {questions.map((q, i) => (
          <QuestionEditor
            key={q.rowKey}
            index={i}
            value={q}
            sections={sections}
            errorFor={form.errorFor}
            onChange={(value) => { setQuestions((all) => all.map((x, n) => (n === i ? value : x))); }}
            onRemove={questions.length > 1 ? () => { setQuestions((all) => all.filter((_, n) => n !== i)); } : null}
          />
        ))}
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => { setQuestions((all) => [...all, blankQuestion()]); }}>
          Add a question
        </button>
        {removed.length > 0 && (
          <div className={`nhsuk-form-group${form.errorFor('removedQuestionIds') ? ' nhsuk-form-group--error' : ''}`}>
            <p className="nhsuk-body">These questions will be removed from the template:</p>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {removed.map((q) => <li key={q.id}>{q.text}</li>)}
            </ul>
            <ErrorMessage id="removedQuestionIds-error" message={form.errorFor('removedQuestionIds')} />
            <Checkbox name="removedQuestionIds" label="Yes, remove these questions" checked={confirmRemoval} onChange={setConfirmRemoval} />
          </div>
        )}
        <Textarea name="reason" label={template ? 'Reason for the change' : 'Why this template is needed'} value={reason} onChange={setReason} error={form.errorFor('reason')} rows={2} />
        <button className="nhsuk-button" type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save the template'}
        </button>
      </form>
    </>
  );
}
