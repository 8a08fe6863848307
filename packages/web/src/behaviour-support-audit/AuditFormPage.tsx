// Completing a behaviour-support-planning audit of a service: every question answered with evidence, an action for
// each gap, and a summary of where the service is now. Checked as the server checks it before sending.
import {
  behaviourSupportAuditPostSchema,
  behaviourSupportAuditQuestionIds,
  behaviourSupportAuditSections,
  buildBehaviourSupportAudit,
  type BehaviourSupportAuditPost,
} from '@hearth/core';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { mayInService } from '../access/permissions';
import { dateToParts, DateInput, emptyDate, partsToDate } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { Textarea } from '../components/fields';
import { BackLink } from '../components/links';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { failedCheck, useCheckedSubmit, type Checked } from '../forms/useCheckedSubmit';
import { useLoaded } from '../plan-views/useLoaded';
import { useMe } from '../session/SessionContext';
import { londonToday } from '../sharing/sharing-form';
import { addServiceAudit, getServiceAudits } from './audit-api';
import { auditPaths } from './audit-paths';
import { AuditQuestionFieldset, type AuditAnswerDraft } from './AuditQuestionFieldset';

const empty: AuditAnswerDraft = { answer: '', evidence: '', what: '', who: '', dueBy: emptyDate };
const questionNumber = (id: string) => behaviourSupportAuditQuestionIds.indexOf(id) + 1;

export function AuditFormPage() {
  const { serviceId = '' } = useParams();
  const me = useMe();
  const loaded = useLoaded(() => getServiceAudits(serviceId), [serviceId]);
  const title = 'Behaviour support planning audit';
  if (loaded.kind === 'loading') return <Loading what="Loading" />;
  if (loaded.kind === 'failed' || !mayInService(me, 'create', 'behaviour_support_audit', serviceId))
    return (
      <>
        <BackLink to={auditPaths.service(serviceId)}>Back to the service&rsquo;s audits</BackLink>
        <PageHeading title={title} />
        <p className="nhsuk-body">
          {loaded.kind === 'failed'
            ? loaded.message
            : 'You cannot audit this service. Its registered manager or the quality lead can.'}
        </p>
      </>
    );
  return <AuditForm serviceId={serviceId} serviceName={loaded.value.service.name} />;
}

function check(body: unknown): Checked<BehaviourSupportAuditPost> {
  const parsed = behaviourSupportAuditPostSchema.safeParse(body);
  if (!parsed.success) return parsed;
  const { errors } = buildBehaviourSupportAudit(parsed.data, londonToday());
  return errors.length > 0 ? failedCheck(errors) : parsed;
}

function AuditForm({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const navigate = useNavigate();
  const [completedOn, setCompletedOn] = useState(() => dateToParts(londonToday()));
  const [answers, setAnswers] = useState<Record<string, AuditAnswerDraft>>({});
  const [summary, setSummary] = useState('');
  const { form, saving, onSubmit } = useCheckedSubmit({
    check: () =>
      check({
        completedOn: partsToDate(completedOn),
        answers: behaviourSupportAuditQuestionIds.map((questionId) => {
          const a = answers[questionId] ?? empty;
          const isGap = a.answer === 'partly' || a.answer === 'no';
          return {
            questionId,
            answer: a.answer || null,
            evidence: a.evidence,
            action: isGap ? { what: a.what, who: a.who, dueBy: partsToDate(a.dueBy) } : null,
          };
        }),
        summary,
      }),
    send: (data) => addServiceAudit(serviceId, data),
    saved: () => {
      void navigate(auditPaths.service(serviceId), { state: { saved: true } });
    },
  });
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={auditPaths.service(serviceId)}>Back to {serviceName}&rsquo;s audits</BackLink>
        <PageHeading
          title={`Behaviour support planning audit: ${serviceName}`}
          caption={serviceName}
          hasErrors={form.hasErrors}
          skipFocus={form.hasErrors}
        >
          Behaviour support planning audit
        </PageHeading>
        <ErrorSummary errors={form.errors} description={form.problem} focusKey={form.attempt} />
        <p className="nhsuk-body">
          Answer each question about behaviour support planning across {serviceName}: yes, partly or no, with the evidence. For
          every &ldquo;partly&rdquo; or &ldquo;no&rdquo;, set an action: what will be done, who will do it and by when.
        </p>
        <form onSubmit={onSubmit} noValidate>
          <DateInput
            name="completedOn"
            legend="Date of the audit"
            value={completedOn}
            onChange={setCompletedOn}
            error={form.errorFor('completedOn')}
          />
          {behaviourSupportAuditSections.map((section) => (
            <section key={section.key} aria-labelledby={`section-${section.key}`}>
              <h2 className="nhsuk-heading-m" id={`section-${section.key}`}>
                {section.title}
              </h2>
              {section.questions.map((q) => (
                <AuditQuestionFieldset
                  key={q.id}
                  number={questionNumber(q.id)}
                  question={q}
                  value={answers[q.id] ?? empty}
                  onChange={(value) => {
                    setAnswers((all) => ({ ...all, [q.id]: value }));
                  }}
                  errorFor={form.errorFor}
                />
              ))}
            </section>
          ))}
          <Textarea
            name="summary"
            label="Where the service is now (optional)"
            hint="In your words, for whoever reads this audit next"
            value={summary}
            onChange={setSummary}
            error={form.errorFor('summary')}
            rows={4}
          />
          <button className="nhsuk-button" type="submit" disabled={saving}>
            {saving ? 'Saving…' : 'Save the audit'}
          </button>
        </form>
      </div>
    </div>
  );
}
