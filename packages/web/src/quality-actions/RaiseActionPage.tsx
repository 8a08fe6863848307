// Raising an action from an audit finding: the title starts as the finding's explanation, shown above the form.
import { useSearchParams } from 'react-router-dom';
import { getPlanAuditHistory } from '../api/plan-audits';
import { Loading } from '../components/Loading';
import { PageHeading } from '../components/PageHeading';
import { displayName } from '../format';
import { usePerson } from '../people/PersonLayout';
import { useLoaded } from '../plan-views/useLoaded';
import { RaiseActionForm } from './RaiseActionForm';

export function RaiseActionPage() {
  const { person } = usePerson();
  const [params] = useSearchParams();
  const runId = params.get('run');
  const ruleId = params.get('rule');
  const field = params.get('field');
  const history = useLoaded(() => getPlanAuditHistory(person.id), [person.id]);
  const finding = history.kind === 'ready' && history.value.latest?.id === runId
    ? history.value.latest.findings.find((f) => f.ruleId === ruleId && f.field === field)
    : undefined;

  if (!runId || !ruleId) {
    return (
      <>
        <PageHeading title="Raise an action" caption={displayName(person)} />
        <p className="nhsuk-body">Choose a finding on the plan-quality page to raise an action about it.</p>
      </>
    );
  }
  if (history.kind === 'loading') return <Loading what="Loading the finding" />;
  return (
    <RaiseActionForm
      place={{ personId: person.id }}
      source={{ planAuditRunId: runId, ruleId, field }}
      caption={displayName(person)}
      defaultTitle={finding?.explanation}
    >
      {finding ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Finding: </span>
          <p>{finding.explanation}</p>
          <p>{finding.howToFix}</p>
        </div>
      ) : (
        <p className="nhsuk-body">This finding is not in the plan&rsquo;s latest audit; the action will still name the audit it came from.</p>
      )}
    </RaiseActionForm>
  );
}
