// Raising a quality action from a manual audit answer: the question, the answer and its evidence above the form.
import { useSearchParams, useParams } from 'react-router-dom';
import { getManualAudit } from '../api/manual-audits';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { RaiseActionForm } from '../quality-actions/RaiseActionForm';
import { AnswerTag } from './audit-labels';

export function RaiseFromAnswerPage() {
  const { person } = usePerson();
  const { auditId = '' } = useParams();
  const [params] = useSearchParams();
  const questionId = params.get('question');
  const audit = useLoaded(() => getManualAudit(auditId), [auditId]);
  const caption = displayName(person);

  if (audit.kind === 'loading') return <Loading what="Loading the audit" />;
  const question = audit.kind === 'ready' ? audit.value.template.questions.find((q) => q.id === questionId) : undefined;
  const answer = audit.kind === 'ready' ? audit.value.answers.find((a) => a.questionId === questionId) : undefined;
  if (!questionId || !question || !answer) {
    return (
      <>
        <PageHeading title="Raise an action" caption={caption} />
        <p className="nhsuk-body">{audit.kind === 'failed' ? audit.message : 'Choose an answer on the audit’s page to raise an action about it.'}</p>
      </>
    );
  }
  return (
    <RaiseActionForm place={{ personId: person.id }} source={{ manualAuditId: auditId, questionId }} caption={caption} defaultTitle={question.text}>
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Audit answer: </span>
        <p>{question.text}</p>
        <p>
          Answer: <AnswerTag answer={answer.answer} />
        </p>
        {answer.evidence && <p className="hearth-pre-wrap">{answer.evidence}</p>}
      </div>
    </RaiseActionForm>
  );
}
