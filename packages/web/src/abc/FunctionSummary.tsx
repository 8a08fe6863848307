// What the behaviour may be for: a possible function, worded as a hypothesis with the records behind it, or
// honestly why there is none yet (too few records, a tie, no clear lead, no pattern). Never a diagnosis.
import {
  abcAntecedentLabels,
  abcAntecedentPointers,
  abcConsequenceLabels,
  abcConsequencePointers,
  abcFunctionLabels,
  abcFunctionMeanings,
  type AbcAnalysisResponse,
  type AbcFunction,
} from '@hearth/core';
import { Link } from 'react-router-dom';
import { ResponsiveCell, ResponsiveTable } from '../components/ResponsiveTable';
import { formatDateTime } from '../format';
import { abcRecordPath } from './abc-paths';

type Evidence = AbcAnalysisResponse['functions'][number];

const records = (n: number) => (n === 1 ? '1 record' : `${n} records`);
const lower = (fn: AbcFunction) => abcFunctionLabels[fn].charAt(0).toLowerCase() + abcFunctionLabels[fn].slice(1);
const list = (fns: readonly AbcFunction[]) => {
  const words = fns.map(lower);
  const last = words.pop();
  return words.length === 0 ? (last ?? '') : `${words.join(', ')} and ${last ?? ''}`;
};

export function FunctionSummary({ analysis, name, personId }: { analysis: AbcAnalysisResponse; name: string; personId: string }) {
  const { summary, rule } = analysis;
  const leading = summary.status === 'hypothesis' ? analysis.functions.find((f) => f.function === summary.function) : undefined;
  return (
    <section aria-labelledby="abc-function" className="hearth-abc-function">
      <h2 className="nhsuk-heading-m" id="abc-function">
        What the behaviour may be for
      </h2>
      {summary.status === 'hypothesis' && leading && (
        <div className="nhsuk-card nhsuk-card--feature hearth-abc-hypothesis">
          <div className="nhsuk-card__content nhsuk-card__content--feature">
            <h3 className="nhsuk-card__heading nhsuk-card__heading--feature nhsuk-heading-m">
              Possible function: {abcFunctionLabels[summary.function]}
            </h3>
            <p className="nhsuk-card__description">
              The records suggest {name}&rsquo;s behaviour may be a way of {abcFunctionMeanings[summary.function]}. This is a
              hypothesis for the team to test, and to talk over with {name} and the people who know them well. It is not a
              diagnosis.
            </p>
            <Reasons personId={personId} evidence={leading} considered={analysis.considered} />
          </div>
        </div>
      )}
      {summary.status === 'not_enough_records' && (
        <p className="nhsuk-body hearth-abc-status">
          Not enough records yet to suggest what the behaviour may be for: {records(analysis.considered)} so far, and a possible
          function is suggested from {rule.minimumRecords}. {summary.needed === 1 ? '1 more is' : `${summary.needed} more are`}{' '}
          needed.
        </p>
      )}
      {summary.status === 'no_pattern' && (
        <p className="nhsuk-body hearth-abc-status">
          The records do not point to any one function: what happened before and after each incident could mean several things.
          Keep recording, and talk the records over as a team.
        </p>
      )}
      {summary.status === 'tie' && (
        <p className="nhsuk-body hearth-abc-status">
          No one function leads: {list(summary.functions)} have the same evidence. More records may tell them apart.
        </p>
      )}
      {summary.status === 'no_clear_lead' && (
        <p className="nhsuk-body hearth-abc-status">
          {abcFunctionLabels[summary.leading]} has the most evidence, but not clearly enough yet to suggest it. More records will
          show whether it holds.
        </p>
      )}
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The evidence for each function</span>
        </summary>
        <div className="nhsuk-details__text">
          <EvidenceTable functions={analysis.functions} />
        </div>
      </details>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">How the evidence is weighed</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>
            Each record counts 2 towards a function when both what happened before and what happened after point to it, and 1 when
            only one of them does. Some kinds of antecedent and consequence point to no one function. A possible function is
            suggested only when there are at least {rule.minimumRecords} records, one function has at least {rule.clearLeadRatio}{' '}
            times the evidence of any other, and at least {Math.round(rule.minimumShare * 100)}% of the records point to it.
            Corrected records are not counted.
          </p>
        </div>
      </details>
    </section>
  );
}

function Reasons({ personId, evidence, considered }: { personId: string; evidence: Evidence; considered: number }) {
  return (
    <>
      <p className="nhsuk-body">
        {evidence.records} of {records(considered)} point to it:
      </p>
      <ul className="nhsuk-list nhsuk-list--bullet">
        {evidence.reasons.map((r) => (
          <li key={`${r.antecedent}|${r.consequence}`}>
            <strong>
              {abcAntecedentLabels[r.antecedent]}, then {abcConsequenceLabels[r.consequence].toLowerCase()}
            </strong>
            : {records(r.records)}. {r.points !== 'consequence' && abcAntecedentPointers[r.antecedent].why}
            {r.points === 'both' && ' '}
            {r.points !== 'antecedent' && abcConsequencePointers[r.consequence].why}
          </li>
        ))}
      </ul>
      <details className="nhsuk-details">
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">The records behind it</span>
        </summary>
        <div className="nhsuk-details__text">
          <ul className="nhsuk-list">
            {evidence.evidence.map((e) => (
              <li key={e.recordId}>
                <Link to={abcRecordPath(personId, e.recordId)}>
                  {formatDateTime(e.occurredAt)}: {e.behaviour}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </>
  );
}

function EvidenceTable({ functions }: { functions: readonly Evidence[] }) {
  const sorted = [...functions].sort((a, b) => b.score - a.score);
  return (
    <ResponsiveTable
      caption="Evidence for each function"
      headings={['Function', 'Records pointing to it', 'With both parts', 'Weight']}
    >
      {sorted.map((f) => (
        <tr className="nhsuk-table__row" role="row" key={f.function}>
          <ResponsiveCell heading="Function">{abcFunctionLabels[f.function]}</ResponsiveCell>
          <ResponsiveCell heading="Records pointing to it">{f.records}</ResponsiveCell>
          <ResponsiveCell heading="With both parts">{f.pairs}</ResponsiveCell>
          <ResponsiveCell heading="Weight">{f.score}</ResponsiveCell>
        </tr>
      ))}
    </ResponsiveTable>
  );
}
